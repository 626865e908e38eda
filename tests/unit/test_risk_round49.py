"""Risk classes the 49th blind set showed the engine missing, each tried on wordings of our own with hard negatives:
a day of ours turned down ("Tuesday no.") read as a time offered, so the put-off beside it ("Put it in an email.")
was taken for a reply; a reply that only tells us to stop chasing ("Don't chase me on it."); a failure reported as
worse in counts ("four errors per import now instead of one"), which leaves the praise beside it unread as sarcasm;
and "bad timing." as the headline of money news read as a pause of the deal."""

from __future__ import annotations

from agents.insights import cues_timeline as slips
from agents.insights.sentiment import message_tone
from agents.insights.signals import cue_weight
from agents.insights.tone_failure import failed
from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN  # a warm, eager opening; the deal closes 2017-08-31, now is 2017-06-20


def _after_failure(text: str) -> list[str]:
    """The warm opening, a failure of ours reported and our apology, then ``text``."""
    msgs = [
        THREAD.msg(*THREAD.asked),
        THREAD.msg(*THREAD.answered, "outbound"),
        THREAD.msg("2017-06-08T10:00", "Tomas, the import has mangled every address field. Can someone look?"),
        THREAD.msg("2017-06-09T09:00", "Lucia, so sorry, support are on it.", "outbound"),
        THREAD.msg(THREAD.latest_at, text),
    ]
    return THREAD.codes(msgs)


# --- a day turned down offers no time: the put-off beside it is curt ------------------------------------------

REFUSED_THEN_PUT_OFF = (
    "Tuesday no. Put it in an email.",
    "Not Monday. Email me whatever you need.",
    "Can't do tomorrow. Just put it in writing.",
    "Friday's out. Send it in writing.",
)
# another day offered, or the one we named taken: a reply
SLOT_THEN_WRITING = (
    "Tuesday no problem. Send it in writing.",
    "Not Monday, but Wednesday at 2pm works. Put it in writing.",
    "Friday works. Put it in an email.",
)


def test_a_refused_day_and_a_put_off_is_curt() -> None:
    for text in REFUSED_THEN_PUT_OFF:
        tone = message_tone(text)
        assert tone.curt and tone.score <= -0.4, text
        assert THREAD.latest(text) == ["sentiment_drop"], text


def test_a_day_offered_or_taken_keeps_the_reply_neutral() -> None:
    for text in SLOT_THEN_WRITING:
        assert not message_tone(text).curt, text
        assert "sentiment_drop" not in THREAD.latest(text), text


# --- told to stop chasing, with nothing agreed ------------------------------------------------------------------

REBUFFS = (
    "Received the new version. Stop chasing me about it.",
    "Saw the revised terms. No need to keep pushing us.",
    "Noted. Please stop hassling me over this.",
)
# a date or a thing done beside it, someone else not to chase, or a channel asked for: no rebuff of the rep
NOT_REBUFFS = (
    "Don't chase me, I'll sign on Thursday.",
    "Don't chase me on it, the signed order is attached.",
    "Don't chase legal, I've already sent them the draft.",
    "Please stop emailing me at the old address, use this one.",
)


def test_a_reply_that_only_says_stop_chasing_is_curt() -> None:
    for text in REBUFFS:
        assert message_tone(text).curt, text
        assert THREAD.latest(text) == ["sentiment_drop"], text


def test_stop_chasing_with_a_date_a_deed_or_a_third_party_is_not_curt() -> None:
    for text in NOT_REBUFFS:
        assert not message_tone(text).curt, text
        assert "sentiment_drop" not in THREAD.latest(text), text


# --- a failure that grew, in counts -----------------------------------------------------------------------------

GREW = (
    "Now four errors per import instead of one.",
    "We get 6 duplicates per record rather than 3 now.",
    "The timeouts have doubled since the patch.",
)
# a count that fell, or counts of things that are no failure
NOT_GREW = (
    "Only one duplicate per contact now instead of three.",
    "We need four seats instead of two.",
    "Please send three signed pages instead of two.",
)


def test_a_failure_grown_in_counts_is_a_failure() -> None:
    for text in GREW:
        assert failed(text), text


def test_a_count_that_fell_or_of_no_failure_is_none() -> None:
    for text in NOT_GREW:
        assert not failed(text), text


def test_praise_beside_a_grown_failure_is_sarcasm() -> None:
    for head in ("Every record shows 4 duplicates now rather than 2.", "The timeouts have tripled overnight."):
        text = f"{head} Splendid progress, really. Can't wait to tell my director."
        assert message_tone(text).sarcastic, text
        assert "sentiment_drop" in _after_failure(text), text


def test_praise_after_a_count_that_fell_is_sincere() -> None:
    text = "Only one duplicate per record now instead of five. Great progress, thanks!"
    assert not message_tone(text).sarcastic
    assert "sentiment_drop" not in _after_failure(text)


# --- "bad timing." as a headline is no pause ---------------------------------------------------------------------


def test_bad_timing_heading_money_news_is_no_slip() -> None:
    for text in (
        "lucia here - bad timing. finance just pulled our whole tooling budget, nothing to sign against right now.",
        "tomas, wrong timing: head office took back the software money, i can't sign against it right now.",
    ):
        codes = THREAD.latest(text)
        assert "budget_concern" in codes and "timeline_slip" not in codes, text


def test_bad_timing_said_of_the_deal_is_still_a_pause() -> None:
    assert cue_weight("Bad timing for us to sign this quarter.", slips.PAUSE) > 0
    assert cue_weight("Wrong timing for the purchase, I'm afraid, we'll pick it up later.", slips.PAUSE) > 0
    assert "timeline_slip" in THREAD.latest("Tomas, bad timing for us to sign anything at the moment, sorry.")
