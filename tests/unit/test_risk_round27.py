"""Risk classes the 27th blind set showed the engine missing, read by structure rather than cue phrase: a decision
refused before a later date however the deciding is worded; a rival's approach refused with a bare "no"; a discount a
rival offers the customer (their price, not an ask of ours); interest lost or nobody left caring after our failure;
a failure of ours reported with a hedge; the failure held up as anyone's wish, and short praise padded with
intensifiers beside it. Every wording here is new, with the hard negatives beside it."""

from __future__ import annotations

from agents.insights import tone_failure as tf
from agents.insights.sentiment import message_tone
from agents.insights.thread import split_sentences
from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN  # the deal closes 2017-08-31
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- timeline: no decision before a later date, however the deciding is worded ---------------------------------------


def test_no_decision_before_a_later_date_is_a_slip() -> None:
    for text in ("Our new COO won't be taking any decisions on suppliers before October.",
                 "I'm not making a final decision on this before the middle of September.",
                 "We can't reach decisions on new tools until November, I'm afraid."):  # fmt: skip
        assert "timeline_slip" in latest(text), text


def test_a_decision_inside_the_window_or_another_refusal_stays_quiet() -> None:
    for text in ("We won't be making a decision before the end of July, so expect it then.",
                 "I won't be making any changes to the team before October.",
                 "Don't worry, we're not taking decisions lightly; sign-off is on track for August."):  # fmt: skip
        assert "timeline_slip" not in latest(text), text


# --- competitor: a rival's approach refused with a bare "no" ---------------------------------------------------------


def test_a_rival_refused_with_a_bare_no_is_out() -> None:
    for text in ("A Lumora account manager rang last week pitching their new tier. We said thanks but no; we're going"
                 " ahead as planned.",
                 "Stackline emailed me a demo invite on Monday. I told him no, we're set on this.",
                 "Tellurix sent over a proposal out of the blue. We've said no: the decision is made."):  # fmt: skip
        assert "competitor_mentioned" not in latest(text), text


def test_a_no_to_something_else_leaves_the_rival_in_play() -> None:
    for text in ("Quorvia sent a proposal yesterday. I said no to the extra seats, but we're comparing quotes.",
                 "Brightwave quoted us last week. We haven't said no yet.",
                 "Kestrel CRM pitched us on Monday. I said no problem, send the proposal over."):  # fmt: skip
        assert "competitor_mentioned" in latest(text), text


# --- pricing: a discount a rival offers the customer is their price, not our price objected to ----------------------


def test_a_discount_a_rival_offers_is_no_pricing_objection() -> None:
    for text in ("Quorvia offered us a 30% discount last week to move across.",
                 "Another vendor is promising a big discount if we sign with them this month.",
                 "Stackline threw in a substantial discount to win us over."):  # fmt: skip
        assert "pricing_objection" not in latest(text), text


def test_a_discount_asked_of_us_still_is_one() -> None:
    for text in ("Quorvia offered 30% off; unless you offer a big discount too we can't go ahead.",
                 "Kestrel is cheaper and we'd need a big discount from you to match.",
                 "Lumora is offering more features, so we'd need a big discount from you."):  # fmt: skip
        assert "pricing_objection" in latest(text), text


# --- sentiment: interest lost, or nobody left caring, after our failure ----------------------------------------------

LATE = "Tomas, the pilot logins still haven't arrived and we were promised them Friday. Can you chase?"


def _after_late(text: str, before: str = LATE) -> list[str]:
    thread = [msg("2017-06-01T10:00", "Tomas, the team loved the walkthrough. Please send the quote, we're keen!"),
              msg("2017-06-02T09:00", "Quote for five seats attached, and pilot logins by Friday.", "outbound"),
              msg("2017-06-08T10:00", before),
              msg("2017-06-09T09:00", "Sorry Lucia, a setup error. The logins are live now.", "outbound"),
              msg("2017-06-16T11:00", text)]  # fmt: skip
    return codes(thread)


def test_interest_lost_after_our_failure_is_a_drop() -> None:
    for text in ("Got them. Most of the planners have lost interest by now, to be honest.",
                 "Noted. The warehouse leads had already moved on; I'll ask if anyone still cares.",
                 "Arrived. No idea whether the supervisors even care now."):  # fmt: skip
        assert _after_late(text) == ["sentiment_drop"], text


def test_interest_kept_or_lost_elsewhere_stays_quiet() -> None:
    assert _after_late("Got them, thanks! The planners haven't lost interest at all, they're logging in already.") == []
    assert _after_late("Got them, thanks. I'll check whether anyone still needs a login and let you know.") == []
    opening = "Tomas, the walkthrough was great. Please send the quote."
    text = "Thanks Tomas. The regional leads have lost interest in the mobile add-on, so just the core seats please."
    assert _after_late(text, opening) == []


# --- failure: a failure of ours reported with a hedge ----------------------------------------------------------------


def test_a_hedged_failure_of_ours_is_one() -> None:
    for text in ("The sync appears to have dropped every contact we added this week.",
                 "Your import must have scrambled the dates on the old deals.",
                 "The update seems to have removed our custom fields."):  # fmt: skip
        assert tf.our_open_failure(text, split_sentences(text)), text


def test_a_hedge_on_good_news_or_our_own_slip_is_none() -> None:
    for text in ("The update seems to have gone in smoothly.",
                 "The import may have finished already, I'll check.",
                 "We seem to have dropped the ball on the PO, our fault."):  # fmt: skip
        assert not tf.our_open_failure(text, split_sentences(text)), text


# --- sarcasm: the failure held up as anyone's wish, short praise padded with intensifiers ---------------------------


def test_the_failure_as_anyones_wish_or_padded_praise_is_sarcasm() -> None:
    for text in ("The dashboard is blank again. Just what our finance director wanted to present to the auditors.",
                 "The export wiped the notes field again. Really enjoying the product so far.",
                 "Your update removed every custom field. Truly loving it so far."):  # fmt: skip
        tone = message_tone(text)
        assert tone.sarcastic and tone.score <= -0.3, text


def test_the_same_praise_without_a_failure_is_sincere() -> None:
    for text in ("Exactly what my manager wanted, thanks so much for the quick turnaround.",
                 "The export works perfectly now. Really loving the product so far.",
                 "Really loving the product so far."):  # fmt: skip
        tone = message_tone(text)
        assert not tone.sarcastic and tone.score > 0, text
