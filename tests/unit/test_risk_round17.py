"""Risk classes a blind set showed the engine missing or over-reading: a meeting waved off to email after warm messages
("Busy this week. Email whatever you need to."); sarcasm around a failure in which our re-run doubled their records,
told with the tool taken out of use "until someone who knows what they're doing" looks; and an event that "has taken
over everything" read as a new decision maker. Every thread here is new wording, with the hard negatives beside it."""

from __future__ import annotations

from agents.insights import tone_failure as tf
from agents.insights.sentiment import message_tone
from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


def _cooling(*replies: str) -> list[str]:
    """Two warm messages, our offer of a call, then the replies under test."""
    thread = [
        msg("2017-06-01T10:00", "Tomas, the team loved the walkthrough. Please send the quote, we're keen!"),
        msg("2017-06-02T09:00", "Quote for five seats attached.", "outbound"),
        msg("2017-06-05T10:00", "Thanks Tomas, this looks great. Looking forward to getting started!"),
        msg("2017-06-06T09:00", "Shall we book half an hour to plan the kick-off?", "outbound"),
    ]
    thread += [msg(f"2017-06-{12 + i}T10:00", text) for i, text in enumerate(replies)]
    return codes(thread)


# --- sentiment: a meeting waved off to email, with no time offered ---------------------------------------------


def test_a_meeting_waved_off_to_email_is_curt() -> None:
    for text in ("Flat out at the moment. Just put it in an email.", "Can't do a call. Email me instead.",
                 "Swamped this month. Email anything you need.", "No time this week. Send it by email.",
                 "Busy. Email whatever you have to send."):  # fmt: skip
        assert message_tone(text).curt, text


def test_a_wave_off_after_warm_messages_is_a_sentiment_drop() -> None:
    assert _cooling("Noted.", "Slammed this week. Just email whatever you need.") == ["sentiment_drop"]
    assert _cooling("Flat out at the moment. Put it in an email.") == ["sentiment_drop"]


def test_email_offered_with_a_time_thanks_or_a_next_step_is_a_reply() -> None:
    assert not message_tone("Email me whatever you need and we'll get it signed this week.").curt
    assert not message_tone("Busy this week, but Tuesday at 10 works. Email whatever you need to.").curt
    assert not message_tone("Thanks! Email whatever you need to.").curt
    assert not message_tone("Please send the slides by email before the board meets.").curt
    assert _cooling("Busy this week, but Thursday works. Email anything you need before then.") == []


# --- sentiment: our run doubled their records, told with sarcasm and the tool taken out of use -----------------


def test_records_doubled_by_our_run_are_a_failure() -> None:
    for text in ("The second upload somehow duplicated half our accounts.",
                 "Every deal is now duplicated in the pipeline view.",
                 "The sync left us with hundreds of duplicates.",
                 "Your re-import has duplicated all the open tickets, so we have twice the work."):  # fmt: skip
        assert tf.failed(text), text


def test_duplicates_named_without_a_failure_are_not_one() -> None:
    for text in ("We duplicated the template for the Leeds team.", "Please remove any duplicates before the import.",
                 "Check for duplicates before the upload, thanks."):  # fmt: skip
        assert not tf.failed(text), text


def test_sarcasm_round_a_doubled_import_is_a_sentiment_drop() -> None:
    thread = [
        msg("2017-06-01T10:00", "Tomas, lovely kick-off. The team can't wait to start."),
        msg("2017-06-02T09:00", "Thanks Lucia, the import runs tonight.", "outbound"),
        msg("2017-06-07T10:00", "Tomas, a third of our accounts came through without owners. Could you check?"),
        msg("2017-06-08T09:00", "Sorry Lucia, we're re-running it tonight.", "outbound"),
        msg(
            "2017-06-15T17:00",
            "Marvellous. The second run somehow duplicated every account that was fine before. "
            "Splendid effort. We've stopped using it until someone competent has a look.",
        ),
    ]
    assert codes(thread) == ["sentiment_drop"]


def test_the_tool_pulled_until_someone_capable_looks_is_a_grievance() -> None:
    text = ("The re-run duplicated half our contacts. I've told my reps to stop using it until someone who "
            "actually knows what they're doing has a look.")  # fmt: skip
    assert message_tone(text).grievance
    assert message_tone(text).score <= -0.3


def test_stopping_an_old_tool_or_a_sincere_lovely_is_no_drop() -> None:
    assert message_tone("I've told the team to stop using the old spreadsheet now the pilot is live.").score > -0.3
    thread = [
        msg("2017-06-01T10:00", "Tomas, lovely kick-off. The team can't wait to start."),
        msg("2017-06-02T09:00", "Thanks Lucia, the import runs tonight.", "outbound"),
        msg(
            "2017-06-15T17:00",
            "Oh, lovely. The import went through cleanly and every account has its owner. Top work all round.",
        ),
    ]
    assert codes(thread) == []


# --- stakeholder: an event that takes over their time is no new decision maker ---------------------------------


def test_an_event_taking_over_their_time_is_no_stakeholder_change() -> None:
    assert latest("The audit has taken over my diary this month, but we still plan to sign in August.") == []
    assert latest("Year-end is taking over all our time, though nothing has changed on the deal.") == []
    assert latest("My week has been taken over by the relocation. Still on for August.") == []
    assert latest("The warehouse launch has taken over everything here. We're still keen.") == []


def test_a_person_taking_over_is_still_a_stakeholder_change() -> None:
    assert latest("Lena has taken over everything, including the purchase decision.") == ["stakeholder_change"]
    assert latest("Our new CFO has taken over everything to do with software purchases.") == ["stakeholder_change"]
    assert latest("Marco is taking over the evaluation from me as of Monday.") == ["stakeholder_change"]
