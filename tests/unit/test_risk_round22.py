"""Risk classes the 22nd and 23rd blind sets showed the engine missing, read by structure rather than cue phrase:
their commitment tied to a date past the close whatever words surround it, and the deciding board cancelled until
after it; this deal's money said gone in either voice; the price judged too much in any form, or a lower figure
named to sign at; a verdict of "no" on a rival, whose faults then say nothing of their mood towards us; a
secondment or a warning that they will go quiet; the decision named as someone else's from now on; our promised
work reported undone in a flat note, or our error on its third version; and their own bad fortnight fenced off
from the deal. Every wording here is new, with the hard negatives beside it."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN  # the deal closes 2017-08-31
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- timeline: a commitment of theirs tied to a date past the close -----------------------------------------------


def test_a_commitment_tied_to_a_later_date_is_a_slip() -> None:
    for text in ("Honestly we'd feel better signing off once the new finance lead has settled in, probably October.",
                 "We think it's smarter to order after our stocktake in late September.",
                 "My director and I would sooner decide in the new year, when the restructure is done.",
                 "We'll go ahead once the warehouse move is finished, most likely in November."):  # fmt: skip
        assert latest(text) == ["timeline_slip"], text


def test_a_date_inside_the_window_a_deadline_or_another_purchase_is_no_slip() -> None:
    for text in ("We'd love to sign in early August, the team can't wait.",
                 "We'll sign before the end of October at the very latest, most likely next month.",
                 "We'll order the second batch of seats in November, once the first team is live.",
                 "We signed with our payroll provider in October last year and it went fine."):  # fmt: skip
        assert "timeline_slip" not in latest(text), text


def test_the_deciding_board_cancelled_until_after_the_close_is_a_slip() -> None:
    for text in ("Our August board has been postponed, and the next one isn't until 12 October.",
                 "The investment committee meeting was cancelled; the next sitting is not until November.",
                 ):  # fmt: skip
        assert latest(text) == ["timeline_slip"], text


def test_a_board_moved_within_the_window_or_money_set_aside_is_no_slip() -> None:
    for text in ("Our board meeting was moved to 10 August, which still works for us.",
                 "The budget is there, we set it aside last spring, so nothing to worry about.",
                 "Funding is fine; finance put it to one side for exactly this in the spring."):  # fmt: skip
        assert latest(text) == [], text


# --- budget: this deal's money said gone, in either voice ----------------------------------------------------------


def test_the_money_for_this_deal_gone_is_a_budget_concern() -> None:
    for text in ("The allocation I'd earmarked for your seats is gone, I'm afraid.",
                 "Head office has reallocated the rest of our software line to the new warehouse.",
                 "So the kitty we were going to use for this is now empty.",
                 "Our regional director took what was left of our training pot for the sales conference."):  # fmt: skip
        assert latest(text) == ["budget_concern"], text


def test_money_moved_to_this_deal_or_spent_well_stays_quiet() -> None:
    for text in ("Finance has moved the money into the CRM project, so we're good to go.",
                 "The budget was spent wisely last year and this is a good next step.",
                 "Finance moved our money to the new bank account, please update the invoice details."):  # fmt: skip
        assert "budget_concern" not in latest(text), text


# --- pricing: too much in any form, or a lower figure named to sign at ---------------------------------------------


def test_the_price_judged_too_much_in_any_form_is_an_objection() -> None:
    for text in ("Our MD can't imagine us spending close to twelve thousand a year on this.",
                 "It feels priced for companies ten times our size.",
                 "Honestly 600 a seat feels steep for what the field team would use.",
                 "If you could bring it to around 350 a seat, I'm fairly sure we could sign this month."):  # fmt: skip
        assert latest(text) == ["pricing_objection"], text


def test_procurement_asking_the_price_or_a_fair_price_stays_quiet() -> None:
    for text in ("Procurement asked if you could get the final price to them by Friday.",
                 "We pay 600 a year for our phone system, so we know what good value looks like, and yours is fine.",
                 "Could you get the order form to me by 20 July so I can sign it?"):  # fmt: skip
        assert "pricing_objection" not in latest(text), text


# --- competitor: a verdict of "no" on a rival, and its faults are no mood towards us -------------------------------


def test_a_verdict_of_no_on_a_rival_rules_it_out() -> None:
    for text in ("We gave Brightwave one more demo. Our answer to Brightwave is a firm no. Their reporting is clunky"
                 " and slow, so that's closed. Please send the order form.",
                 "Verdict on Tellurix: a clear no. Their mobile app was awful in the field test."):  # fmt: skip
        assert latest(text) == [], text


def test_a_rival_still_in_play_still_counts() -> None:
    for text in ("Our answer on Brightwave is not in yet; they're demoing to the team on Thursday.",
                 "Our answer on Tellurix comes after their demo on Thursday; we compare their quote with yours."
                 ):  # fmt: skip
        assert "competitor_mentioned" in latest(text), text


# --- stakeholder: the decision named as someone else's from now on -------------------------------------------------


def test_the_decision_named_as_someone_elses_is_a_change() -> None:
    for text in ("Our new group CFO now approves all software spend, so I'll need to bring her in.",
                 "Customer service is being handed to Marguerite Osei next month; she'll be the one deciding on"
                 " tools.",
                 "I still like GTX Pro, but honestly it's no longer my call."):  # fmt: skip
        assert latest(text) == ["stakeholder_change"], text


def test_the_champion_still_deciding_or_routine_sign_off_stays_quiet() -> None:
    for text in ("I'll be the one deciding, as planned, and I'm happy with the proposal.",
                 "Finance now signs off all purchase orders as usual, it's a formality.",
                 "The invoice was handed to accounts for payment."):  # fmt: skip
        assert "stakeholder_change" not in latest(text), text


# --- sentiment: our promised work undone, in a flat note, or our error on its third version ------------------------


def test_our_work_reported_undone_flatly_or_wrong_again_is_a_drop() -> None:
    for text in ("Data fix not done. Go-live is Monday.",
                 "Fourth attempt, and the invoice still has the wrong address. Truly impressive attention to detail.",
                 "Migration still not done. Board meets Thursday."):  # fmt: skip
        assert latest(text) == ["sentiment_drop"], text


def test_work_done_or_a_calm_plain_reply_stays_quiet() -> None:
    for text in ("Data fix done, thanks. Go-live is Monday.",
                 "Second draft looks great, thank you for the quick turnaround.",
                 "Training not needed for now, we'll shout when the new starters arrive. Thanks!"):  # fmt: skip
        assert "sentiment_drop" not in latest(text), text


# --- sentiment: their own bad fortnight, fenced off from the deal --------------------------------------------------


def test_their_own_trouble_fenced_off_from_the_deal_is_no_drop() -> None:
    for text in ("Sorry for the silence, it's been an awful week: our server room flooded and two of the team are"
                 " off sick. None of that affects the order, and the paperwork is signed.",
                 "What a miserable month, the office move went badly wrong. It doesn't change anything for the"
                 " project; we're still on for August."):  # fmt: skip
        assert message_tone(text).score > -0.3, text
        assert latest(text) == [], text


def test_trouble_not_fenced_off_or_of_ours_still_counts() -> None:
    for text in ("It's been an awful week: your update wiped our notes and nobody from support has called.",
                 "Miserable month. Your import broke twice, and none of that is acceptable."):  # fmt: skip
        assert latest(text) == ["sentiment_drop"], text


# --- gone_quiet: a secondment, or a warning that they will go quiet until a date -----------------------------------


def _quiet_after(announcement: str, now: str) -> list[str]:
    thread = [msg("2017-06-01T10:00", "Tomas, the team loved the walkthrough. Please send the quote."),
              msg("2017-06-02T09:00", "Quote for five seats attached.", "outbound"),
              msg("2017-06-05T10:00", announcement),
              msg("2017-06-20T09:00", "Just checking in.", "outbound"),
              msg("2017-07-10T09:00", "One more note for when you're back.", "outbound")]  # fmt: skip
    return codes(thread, now)


def test_a_secondment_or_a_warned_silence_not_yet_over_is_not_gone_quiet() -> None:
    for text in ("I'm seconded to our Lisbon plant from 6 June to 31 July, so I won't be checking this inbox.",
                 "The proposal goes to our executive board on 28 July. Please don't worry if I go quiet until"
                 " then."):  # fmt: skip
        assert _quiet_after(text, "2017-07-20") == [], text


def test_the_silence_counts_again_once_the_date_has_passed() -> None:
    for text in ("I'm seconded to our Lisbon plant from 6 June to 30 June, so I won't be checking this inbox.",
                 "Thanks, noted. I'll read the quote properly when I can."):  # fmt: skip
        assert _quiet_after(text, "2017-07-20") == ["gone_quiet"], text
