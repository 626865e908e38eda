"""Risk classes the 38th blind set showed the engine missing, each tried on wordings of our own with hard negatives:
a site shutdown announced with a verb ("the plant shuts down from ... to ..."), a signature at the end of the month
the deal was booked to close in, the partners of a partnership moving the firm's money, a rival's quote that "came
in at" a figure or a boss who "goes with" the rival, the choice said to have left the writer or all buying routed
through another body from now on, the price weighed against what it buys or cut by a share of the whole, and their
data landed in the wrong field by our import, met with awe ("Truly impressive") or mock eagerness to redo it."""

from __future__ import annotations

from tests.unit.risk_threads import HALVORSEN, HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


def _silent_after(announcement: str) -> list:
    """The customer's last word on 2017-06-05, then three chasers of ours over the following weeks."""
    return [
        msg(*THREAD.asked),
        msg(*THREAD.answered, "outbound"),
        msg("2017-06-05T10:00", announcement),
        msg("2017-06-15T09:00", "Any news on the order?", "outbound"),
        msg("2017-06-29T09:00", "Just checking in on the order.", "outbound"),
        msg("2017-07-10T09:00", "Hello again, still keen to help.", "outbound", "call_transcript"),
    ]


# --- a site shutdown announced with a verb -------------------------------------------------------------------------


def test_a_shutdown_said_as_a_verb_is_an_absence_until_it_ends() -> None:
    factory = _silent_after("Nearly there. The factory shuts down for relining from 12 June to 31 July, then I sign.")
    assert "gone_quiet" not in codes(factory, now="2017-07-20")
    office = _silent_after("Heads-up: our office closes for the summer from 9 June until 28 July.")
    assert "gone_quiet" not in codes(office, now="2017-07-20")
    back = _silent_after("We're nearly done. The site is shutting down for the refit; I'll sign when we're back.")
    assert "gone_quiet" not in codes(back, now="2017-06-25")


def test_a_shutdown_that_ended_or_a_deadline_before_it_stays_quiet() -> None:
    ended = _silent_after("The factory shuts down for relining from 8 June to 20 June, then I sign.")
    assert "gone_quiet" in codes(ended, now="2017-07-20")
    deadline = _silent_after("We want it signed before the plant shuts down on 30 July.")
    assert "gone_quiet" in codes(deadline, now="2017-07-20")


# --- a signature at the end of the month the deal was booked to close in -------------------------------------------


def test_the_end_of_the_closing_month_is_no_slip() -> None:
    assert latest("Good news, we're planning to sign end of June.", close="2017-06-28") == []
    assert latest("The contract will be signed on Friday 30 June, all set.", close="2017-06-27") == []


def test_a_later_month_or_a_mid_month_close_still_slips() -> None:
    assert "timeline_slip" in latest("We're planning to sign end of July now.", close="2017-06-28")
    assert "timeline_slip" in latest("We're planning to sign on 3 July.", close="2017-06-29")
    assert "timeline_slip" in HALVORSEN.latest("We're planning to sign end of September.", close="2017-09-12")


# --- the partners of a partnership moving the firm's money ---------------------------------------------------------


def test_the_partners_acting_on_the_firms_money() -> None:
    assert "budget_concern" in latest(
        "After the audit the partners have moved the whole discretionary IT budget to the office move."
    )
    assert "budget_concern" in latest("Sorry, our partners froze the software budget until next year.")


def test_partners_as_someone_elses_business_stay_out() -> None:
    assert latest("Our partners have cut their budgets, which is why we need your tool.") == []
    assert latest("Many of our partners are slashing their marketing budgets this year.") == []


# --- a rival's quote that came in at a figure, a boss who goes with the rival --------------------------------------


def test_a_rivals_quote_coming_in_or_the_boss_going_with_them() -> None:
    assert "competitor_mentioned" in latest("For the record, Brightwave came in at about 12k for the same scope.")
    assert "competitor_mentioned" in latest("The way things stand, our COO goes with Tellurix.")


def test_a_visit_or_our_own_figure_coming_in_is_no_rival() -> None:
    assert latest("Quorvia came in for a coffee with our MD last year, nothing came of it.") == []
    assert latest("Our budget came in at 18k, which covers your quote comfortably.") == []
    assert latest("The COO goes with your proposal, send the contract.") == []


# --- the choice said to have left the writer, all buying routed elsewhere from now on ------------------------------


def test_the_choice_left_the_writer_or_buying_routed_elsewhere() -> None:
    assert "stakeholder_change" in latest("Long story short, the decision is not mine any more. Ms Okafor has it.")
    assert "stakeholder_change" in latest("Honestly the call is no longer ours to make.")
    assert "stakeholder_change" in latest(
        "Head office decided that every software purchase now has to go through their central procurement team."
    )


def test_a_shared_choice_or_the_usual_route_is_no_change() -> None:
    assert latest("The decision isn't mine alone, my partner weighs in as always.") == []
    assert latest("All purchases now go through procurement as usual, nothing new there.") == []
    assert latest("The choice isn't mine to rush, so give me till Friday.") == []


# --- the price weighed against what it buys, or cut by a share of the whole ----------------------------------------


def test_price_against_value_or_a_cut_by_a_share() -> None:
    assert "pricing_objection" in HALVORSEN.latest(
        "The licence fees for people who log in once a month just don't add up for us."
    )
    assert "pricing_objection" in latest("Paying the full per-seat rate for our drivers doesn't stack up.")
    assert "pricing_objection" in latest("Could you bring the quote down by 30% or so? Then we're done.")
    assert "pricing_objection" in latest("Is there a way to get the total down by about a quarter?")


def test_paying_twice_a_saving_of_theirs_or_a_small_ask_is_no_objection() -> None:
    assert latest("Paying for both tools doesn't add up, so Stackline goes at renewal.") == []
    assert latest("We cut the project cost by a third last year thanks to tools like yours.") == []
    assert latest("The delivery dates in the plan don't add up, can we check?") == []


# --- their data landed in the wrong field, met with awe or mock eagerness to redo it ------------------------------


def test_data_in_the_wrong_field_met_with_awe_or_mock_eagerness() -> None:
    assert "sentiment_drop" in latest("Import done. The emails landed in the wrong column again. Really impressive.")
    assert "sentiment_drop" in latest(
        "The sync ran. The dates are now in the amount field. We are thrilled to start yet another round of cleanup."
    )


def test_sincere_awe_a_planned_next_round_or_a_sheet_layout_stay_warm() -> None:
    assert latest("Truly impressive, the demo went down a storm with the board.") == []
    assert latest("We are thrilled to start the second round of the rollout next week.") == []
    assert latest("The names are in the first column. Impressive work, thanks!") == []


# --- our apology handed back as the verdict ------------------------------------------------------------------------


def _after_our_apology(reply: str) -> list[str]:
    return codes([
        msg("2017-06-01T10:00", "Imke, the warehouse leads loved the walkthrough. Please send the quote!"),
        msg("2017-06-02T09:00", "Quote attached, with the onboarding fee.", "outbound"),
        msg("2017-06-06T10:00", "The onboarding fee was never mentioned in the demo. Can you explain it?"),
        msg("2017-06-07T09:00", "It's standard for teams your size, I should have mentioned it sooner.", "outbound"),
        msg("2017-06-12T10:00", reply),
    ])  # fmt: skip


def test_our_admission_echoed_back_is_a_reproach() -> None:
    assert "sentiment_drop" in _after_our_apology("Yes, you ought to have. Send me the revised total, please.")
    assert "sentiment_drop" in _after_our_apology("Indeed you should have. I'll look at the revised total.")


def test_a_plan_with_should_have_stays_neutral() -> None:
    assert "sentiment_drop" not in _after_our_apology("Should have the revised headcount Friday, yes. Thanks!")
    assert "sentiment_drop" not in _after_our_apology("No worries at all, we should have the PO by Friday.")
