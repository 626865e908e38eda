"""Risk classes the 31st blind set showed the engine missing, read by structure rather than cue phrase: a reply
opened by waving the matter off, and a register that hardens from a plain failure report to sarcasm to dismissal (a tone
drop); money clawed back, swallowed or redirected to cover another cost, or none left in their own line for this
(budget), with money moved onto this purchase kept as good news. Every wording here is new, with the hard negatives
beside it."""

from __future__ import annotations

from agents.insights import signals
from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- tone: a reply opened by waving it off --------------------------------------------------------------------------


def test_a_waved_off_opener_after_warmth_is_a_drop() -> None:
    for text in ("Sure, whatever. Send the thing again and we'll see.",
                 "Whatever then. Do what you need to.",
                 "Yeah, whatever. I'll look at it when it's sorted."):  # fmt: skip
        assert latest(text) == ["sentiment_drop"], text


def test_whatever_inside_a_sentence_or_with_thanks_stays_quiet() -> None:
    for text in ("Whatever suits your diary works for us, Tuesday or Wednesday.",
                 "Whatever. Thanks for sorting it so quickly!",
                 "Fine. Send the order form and I'll sign it today."):  # fmt: skip
        assert latest(text) == [], text


def test_a_bare_fine_is_cold_only_beside_a_failure_of_ours() -> None:
    assert message_tone("Fine. Just get the sync working.", failed_before=True).curt
    assert not message_tone("Fine. Just send the quote again with the extra seat.").curt
    assert not message_tone("Fine. Tuesday at ten then.").curt


# --- tone: plain report, then sarcasm, then a dismissal -------------------------------------------------------------


def _escalation(last: str) -> list[str]:
    return codes([
        msg("2017-06-01T10:00", "Imke, the warehouse leads enjoyed the walkthrough. Please send the quote."),
        msg("2017-06-02T09:00", "Quote for four seats attached.", "outbound"),
        msg("2017-06-05T09:00", "The barcode sync dropped out again this morning. Could someone take a look?"),
        msg("2017-06-05T10:00", "Sorry Tobias, support are on it.", "outbound"),
        msg("2017-06-09T09:00", "Oh wonderful, the 'repaired' sync has now scrambled half our bin locations. "
            "Truly enjoying this."),
        msg("2017-06-09T10:00", "Apologies, a fix goes out tonight.", "outbound"),
        msg("2017-06-16T11:00", last),
    ])  # fmt: skip


def test_a_plain_report_then_sarcasm_then_a_dismissal_is_a_drop() -> None:
    assert _escalation("Fine, whatever. Just make the counts right.") == ["sentiment_drop"]


def test_the_same_run_ending_in_thanks_for_the_fix_stays_quiet() -> None:
    assert _escalation("Counts look right again this morning, thanks for turning it round.") == []


# --- budget: money taken to cover another cost, none left in theirs for this ----------------------------------------


def test_money_clawed_back_swallowed_or_redirected_to_another_cost_is_a_concern() -> None:
    for text in ("Sorry Imke, our tools line was taken back to plug the hole left by the fleet lease.",
                 "The roof repairs have eaten up what was left of our software budget for the year.",
                 "Head office clawed back every unspent discretionary line in June, so I'm stuck.",
                 "We love the demo, but there's not a penny left in my IT line for this until April.",
                 "Our innovation pot went first; that line is empty and there's nothing remaining in ours for "
                 "this."):  # fmt: skip
        assert "budget_concern" in latest(text), text


def test_money_moved_onto_this_purchase_or_time_clawed_back_stays_quiet() -> None:
    for text in ("Good news: the events budget has been reallocated to this project.",
                 "Finance moved the unused training money over to cover your licences.",
                 "We clawed back the two days we lost in the pilot, so we're on schedule.",
                 "There's nothing left to decide, please send the order form.",
                 "We can absorb the cost of the extra seat in our budget."):  # fmt: skip
        assert "budget_concern" not in latest(text), text


def test_the_money_old_purpose_is_no_destination() -> None:
    # moved away from this purchase, although it names it: still a concern
    assert signals._budget_cue("They moved the money we'd earmarked for the licences into a new forklift.") > 0
    assert signals._budget_cue("The overrun took it all and the budget was redirected to pay for it.") > 0
