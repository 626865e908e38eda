"""Risk classes the 39th blind set showed the engine missing, each tried on wordings of our own with hard negatives:
money withheld rather than cut (not there to pay, not released, every new payment blocked), a spend freeze ended by
unfreezing the spend itself, our price judged as a level (no value at that price point, a wildly different figure
needed), and tone drops told as a grievance: the matter taken over our contact's head after a fix denied ("has
still not been resolved"), the runaround told beside a refused apology, and sarcasm beside something of
ours cut off halfway through a session."""

from __future__ import annotations

from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- money withheld: not there to pay, not released, every new payment blocked -------------------------------------


def test_money_withheld_is_a_budget_concern() -> None:
    assert "budget_concern" in latest("Our finance team has frozen all new vendor payments until the audit closes.")
    assert "budget_concern" in latest("We still want it, but the cash simply isn't there to pay for it, whatever the"
                                      " price.")  # fmt: skip
    assert "budget_concern" in latest("The group likes you, but the funds just aren't being released this quarter.")


def test_a_single_payment_money_due_soon_or_a_fine_budget_stay_quiet() -> None:
    assert "budget_concern" not in latest("The bank blocked a payment yesterday, so I re-sent it. Order is fine.")
    assert "budget_concern" not in latest("The euros aren't there yet, they land on Monday, so we sign then.")
    assert "budget_concern" not in latest("The budget isn't the issue, the seats are approved.")


# --- a freeze ended by unfreezing the spend itself -------------------------------------------------------------------


def _after_freeze(reply: str) -> list[str]:
    return codes([
        msg(*THREAD.asked),
        msg(*THREAD.answered, "outbound"),
        msg("2017-06-05T10:00", "We love it, but all spending is frozen until the board meets on 12 June."),
        msg("2017-06-06T09:00", "Understood, speak after the 12th.", "outbound"),
        msg("2017-06-14T10:00", reply),
    ])  # fmt: skip


def test_spend_unfrozen_resolves_the_freeze() -> None:
    assert "budget_concern" not in _after_freeze("Good news: finance unfroze new software spend today. Send the "
                                                 "contract please.")  # fmt: skip
    assert "budget_concern" not in _after_freeze("Spending has now been unfrozen, so send the contract please.")


def test_spend_not_yet_unfrozen_or_awaited_keeps_the_freeze() -> None:
    assert "budget_concern" in _after_freeze("Finance hasn't unfrozen spend yet, sorry.")
    assert "budget_concern" in _after_freeze("Once spending is unfrozen we'll get the contract signed.")


# --- our price judged as a level -------------------------------------------------------------------------------------


def test_no_value_at_that_level_or_a_wildly_different_figure_is_an_objection() -> None:
    assert "pricing_objection" in latest("Honestly, our MD doesn't see the value at that price point.")
    assert "pricing_objection" in latest("We'd have to be talking about a wildly different figure.")


def test_value_at_a_stage_or_a_different_count_is_no_objection() -> None:
    assert "pricing_objection" not in latest("I can't see the value at this stage of the pilot, let's wait for the"
                                             " results.")  # fmt: skip
    assert "pricing_objection" not in latest("We'd need a completely different number of seats for the depots.")
    assert "pricing_objection" not in latest("The figure is fine; we'd need a very different rollout plan though.")


# --- a grievance: over our contact's head, the runaround, sarcasm beside a session cut off --------------------------


def test_escalation_after_a_fix_denied_is_a_tone_drop() -> None:
    assert "sentiment_drop" in latest("Further to my email of 3 June, the duplicate contacts have still not been fixed."
                                      " I am copying our Operations Director. Please confirm in writing by Friday"
                                      " who will sort it.")  # fmt: skip
    assert "sentiment_drop" in latest("The export problem has not yet been resolved. I've now looped in our Head of"
                                      " Finance.")  # fmt: skip


def test_copying_a_boss_with_nothing_wrong_or_a_fix_done_stays_warm() -> None:
    assert "sentiment_drop" not in latest("I'm copying our CFO so she can approve the order this week.")
    assert "sentiment_drop" not in latest("Please confirm in writing by Friday the start date. I'm copying our Head of"
                                          " Finance for the PO.")  # fmt: skip
    assert "sentiment_drop" not in latest("The export problem has been resolved, thanks. I'm copying our COO so she"
                                          " can sign.")  # fmt: skip


_THANKS = "Thanks for calling back, Imke. "
_NO_APOLOGY = " I don't need another apology though, just one person who owns it."


def test_the_runaround_beside_a_refused_apology_is_a_tone_drop() -> None:
    assert "sentiment_drop" in latest(_THANKS + "I've now walked four different people on your side through the"
                                      " export question." + _NO_APOLOGY)  # fmt: skip
    assert "sentiment_drop" in latest(_THANKS + "I have explained the export question to three separate agents at"
                                      " your end." + _NO_APOLOGY)  # fmt: skip


def test_explaining_to_their_own_teams_or_a_refused_apology_alone_stays_warm() -> None:
    assert "sentiment_drop" not in latest(_THANKS + "I've now explained the export question to three separate teams"
                                          " here." + _NO_APOLOGY)  # fmt: skip
    assert "sentiment_drop" not in latest(_THANKS.strip() + _NO_APOLOGY)
    assert "sentiment_drop" not in latest("I've explained the product to three different teams here and they all"
                                          " loved it!")  # fmt: skip


def test_sarcasm_beside_a_session_cut_off_halfway_is_a_tone_drop() -> None:
    assert "sentiment_drop" in latest("Well. The trial workspace timed out midway through our board presentation."
                                      " Nothing says ready for scale like that.")  # fmt: skip
    assert "sentiment_drop" in latest("The video link went dark halfway through the training, in front of all twelve"
                                      " planners. What a wonderful start to our partnership.")  # fmt: skip


def test_a_trial_ending_mid_period_or_sincere_praise_stays_warm() -> None:
    assert "sentiment_drop" not in latest("Your trial expires midway through next month, could we extend it?")
    assert "sentiment_drop" not in latest("Nothing says summer like the ice creams you sent, thank you so much!")
    assert "sentiment_drop" not in latest("What a wonderful start to our partnership, the planners love it.")
