"""Risk classes the 46th blind set showed the engine missing or misreading, each tried on wordings of our own with hard
negatives: a warm opening followed by curt replies that decline our offer by name ("No demo needed."); ironic
eagerness to account for our failure upwards ("Can't wait to justify this one."); a slot we offered taken in a few
words ("Weds 2pm suits."), which is not curt; a share taken off their budget (budget, not a price ask) and their money
said gone with a hedge; a cut told as the past with the money restored or secured after it; and a deadline for the
deal ruled out when it lies past the expected close."""

from __future__ import annotations

from datetime import date

from agents.insights.cues_timeline_deadline import deadline_ruled_out
from agents.insights.sentiment import message_tone
from agents.insights.signals_timeline import find_dates
from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN  # the deal closes 2017-08-31, now is 2017-06-20
latest = THREAD.latest
WARM = "Tomas!! The session on Tuesday was easily the best demo we've seen this year. Everyone loved it :)"


def _three(second: str, third: str) -> list[str]:
    """A warm first reply, then two more of theirs, with our replies between."""
    msgs = [
        THREAD.msg("2017-05-20T10:00", WARM),
        THREAD.msg("2017-05-21T09:00", "Proposal attached, with the rollout plan.", "outbound"),
        THREAD.msg("2017-06-05T10:00", second),
        THREAD.msg("2017-06-06T09:00", "Happy to walk you through it on a call.", "outbound"),
        THREAD.msg("2017-06-16T11:00", third),
    ]
    return THREAD.codes(msgs)


# --- warm, then curt replies that decline our offer by name --------------------------------------------------------


def test_a_named_refusal_with_a_bare_promise_is_curt() -> None:
    for text in ("No demo needed. Will let you know.", "No need for a meeting. We'll be in touch.",
                 "A call isn't necessary. Will revert."):  # fmt: skip
        assert message_tone(text).curt, text
    assert "sentiment_drop" in _three("ok. looking.", "No meeting necessary. We'll get back to you.")


def test_a_refusal_with_a_reason_thanks_or_a_next_step_stays_warm() -> None:
    assert not message_tone("No call needed, thanks! The notes were really clear.").curt
    assert not message_tone("No demo needed, we've seen enough. We'll sign on Friday.").curt
    assert "sentiment_drop" not in _three(
        "Thanks, reading it now.", "No call needed, thanks - all clear. Signing Monday!"
    )


# --- ironic eagerness to account for our failure ---------------------------------------------------------------------


def test_eagerness_to_account_for_a_failure_is_sarcasm() -> None:
    failed = "The export crashed again during the audit, third time this week."
    for line in ("Really looking forward to explaining that one.", "Can't wait to justify this.",
                 "So excited to explain why."):  # fmt: skip
        tone = message_tone(f"{failed} {line}")
        assert tone.sarcastic and tone.score <= -0.5, line
    assert "sentiment_drop" in _three(
        "Hi Tomas, the import stalled twice yesterday. Support are looking at it.",
        f"{failed} Couldn't be better timing. Really looking forward to explaining that one.",
    )


def test_eagerness_with_no_failure_or_about_something_else_stays_sincere() -> None:
    assert message_tone("Really looking forward to explaining that one to the team, it's a great feature!").score > 0
    assert not message_tone("Looking forward to explaining it.").sarcastic
    assert not message_tone(
        "The export crashed yesterday but it's fixed now. Looking forward to explaining the new dashboard to the team."
    ).sarcastic


# --- a slot we offered, taken in a few words ------------------------------------------------------------------------


def test_a_slot_taken_in_a_few_words_is_not_curt() -> None:
    for text in ("weds 2pm suits", "Thursday 10 works 👍", "Fri 9.30 is fine.", "That works."):
        assert not message_tone(text).curt, text
    assert "sentiment_drop" not in _three("Great, thanks - any time next week for the contract review?", "mon 11 works")


def test_a_slot_refused_or_nothing_working_stays_curt() -> None:
    for text in ("tues doesn't work.", "Thursday no longer works.", "Nothing works."):
        assert message_tone(text).curt, text


# --- a share taken off their budget, or the money gone with a hedge ------------------------------------------------


def test_a_share_off_their_budget_is_a_budget_concern_not_a_price_ask() -> None:
    assert latest("Head office knocked 25% off every region's software budget on Monday.") == ["budget_concern"]
    assert latest("They've shaved a third off our tooling spend after the results.") == ["budget_concern"]
    assert latest("Honestly the money we'd put aside for your platform is pretty much spent.") == ["budget_concern"]


def test_a_price_ask_or_other_peoples_budgets_stay_as_they_were() -> None:
    assert latest("Could you take 20% off the price? It's above what we expected.") == ["pricing_objection"]
    assert "budget_concern" not in latest("Our clients took 30% off their marketing budgets, which is why we need you.")
    assert "budget_concern" not in latest("The money for the seats is pretty much agreed, just waiting on the PO.")


# --- a cut told as the past, the money restored or secured after it ------------------------------------------------


def test_a_past_cut_then_the_money_secured_is_no_concern() -> None:
    assert "budget_concern" not in latest(
        "After the cuts in March they've ring-fenced IT spend, so the money is secured."
    )
    assert "budget_concern" not in latest("The money was frozen in April but has since been reinstated.")
    assert "budget_concern" not in latest("Last year's budget was cut, but this year the funding is approved.")


def test_a_cut_after_the_restoration_or_with_no_order_told_stays_a_concern() -> None:
    assert "budget_concern" in latest("The budget was approved in March but has since been cut.")
    assert "budget_concern" in latest("The funding was restored in March but has since been pulled again.")
    assert "budget_concern" in latest(
        "Our budget was cut in half, so the remaining money is secured for phase one only."
    )
    assert "budget_concern" in latest("The money was pulled in March and hasn't been restored.")


# --- a deadline for the deal ruled out past the expected close ------------------------------------------------------


def test_a_deadline_ruled_out_past_the_close_is_a_slip() -> None:
    assert "timeline_slip" in latest("With the audit running into September, signing before October is unrealistic.")
    assert "timeline_slip" in latest("There's no way we decide before October, the board won't have it.")
    assert "timeline_slip" in latest("A decision by the end of September is off the table, I'm afraid.")


def test_a_deadline_inside_the_window_kept_or_not_the_deal_stays_quiet() -> None:
    assert "timeline_slip" not in latest("Signing before the 10th of August is unrealistic, but end of August is fine.")
    assert "timeline_slip" not in latest("A decision before October is realistic if the pilot goes well.")
    assert "timeline_slip" not in latest("Delivery before October is unrealistic, that's fine for us.")
    assert "timeline_slip" not in latest("There's no way the install happens before October, which suits us.")


def test_the_date_of_a_ruled_out_deadline_is_the_earliest_the_deal_can_happen() -> None:
    sentence = "Signing before October is not realistic."
    assert deadline_ruled_out(sentence, find_dates(sentence, date(2017, 6, 16))) == [date(2017, 10, 1)]
