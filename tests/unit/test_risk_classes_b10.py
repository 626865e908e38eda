"""Risk classes a blind set showed the engine missing: a cool put-off after warmth, our person who never turned
up, sarcasm told as an answer or as the damage savoured, the decision handed to someone new, a busy period of
theirs with a date they promise to write on, a rival dropped as "X is out", a condition that keeps a rival in play,
and a back-office process of theirs on hold. Every thread here is new wording."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from agents.insights import tone_failure as tf
from agents.insights.risk import assess
from agents.insights.sentiment import message_tone
from agents.insights.thread import DealFacts, Message, split_sentences

US = "Ines Varga <ines.varga@ourteam.example>"
THEM = "Tomas Brandt <tomas.brandt@kelpworks.example>"
WARM = "Ines, the pilot went down a treat and the dispatch desk is thrilled. Let's get the paperwork moving!"


def msg(at: str, text: str, direction: str = "inbound", kind: str = "email") -> Message:
    return Message(datetime.fromisoformat(at), kind, direction, text, THEM if direction == "inbound" else US)


def codes(messages: list[Message], now: str = "2017-05-25", close: str = "2017-06-30") -> list[str]:
    deal = DealFacts("Engaging", date.fromisoformat(close), "Kelpworks")
    return sorted(assess(deal, messages, date.fromisoformat(now)).codes)


def after_warmth(middle: str, last: str) -> list[str]:
    return codes([
        msg("2017-05-01T10:00", WARM), msg("2017-05-02T09:00", "Order form attached.", "outbound"),
        msg("2017-05-10T10:00", middle), msg("2017-05-11T09:00", "So sorry, fixing it today.", "outbound"),
        msg("2017-05-22T16:00", last), msg("2017-05-23T09:00", "Thanks Tomas, I'll call you.", "outbound"),
    ])  # fmt: skip


# --- sentiment_drop: a cool put-off after warmth, and our person who never came ---------------------------------


def test_a_cool_put_off_after_warmth_is_curt() -> None:
    tone = message_tone("Form came through. I'll get to it in due course.")
    assert tone.curt and tone.score <= -0.4
    middle = "Could the order form list the depots separately? Ta."
    assert after_warmth(middle, "Form came through. I'll get to it in due course.") == ["sentiment_drop"]


def test_a_put_off_with_warmth_or_a_date_is_not_curt() -> None:
    assert not message_tone("Thanks so much, I'll look at it when time allows.").curt
    assert not message_tone("Got the form. We'll go through it with the board and come back with questions "
                            "on Friday the 26th about the depot list and the start date.").curt  # fmt: skip


def test_our_person_who_never_came_is_a_failure_and_a_grievance() -> None:
    text = ("Our drivers sat in the depot canteen from 7:30 until 8:15. No installer, no phone call. "
            "I had to send them out on their rounds without the new handsets.")  # fmt: skip
    assert tf.our_open_failure(text, split_sentences(text))
    assert message_tone(text).grievance
    assert after_warmth(text, "Handsets noted. We'll revisit at some point.") == ["sentiment_drop"]


# --- sentiment_drop: sarcasm as an answer, and the damage savoured ----------------------------------------------


def test_sarcasm_as_an_answer_beside_a_failure() -> None:
    last = ("The patch landed. Oh, beautifully. It now logs us out and discards the orders we'd half typed. "
            "Great timing with month-end on Friday. Enjoyed every second of re-keying them.")  # fmt: skip
    tone = message_tone(last)
    assert tone.sarcastic and tone.score <= -0.4
    assert after_warmth("The handsets log people out when they change screens, can you look?", last) == [
        "sentiment_drop"
    ]


def test_the_same_words_with_no_failure_are_sincere() -> None:
    tone = message_tone("Perfect timing, we were just about to order. Loved every minute of the workshop.")
    assert not tone.sarcastic and tone.score > 0


# --- stakeholder_change: the decision handed to someone -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We've taken on a head of operations, Mei Arden. I'm passing the vendor decision to her from today.",
         ["stakeholder_change"]),
        ("Mei Arden joined as our first ever COO; I'm transferring the final call over to her.",
         ["stakeholder_change"]),
        ("I'm passing the signed order to procurement for the PO, as usual.", []),
        ("I'm not handing the decision to anyone else, it stays with me.", []),
    ],
)  # fmt: skip
def test_the_decision_handed_to_someone(text: str, expected: list[str]) -> None:
    assert codes([msg("2017-05-10T10:00", text)]) == expected


# --- gone_quiet: a busy period of theirs, with the date they will write on ----------------------------------------


def busy_period(now: str) -> list[str]:
    return codes([
        msg("2017-04-03T10:00", "Thanks for the quote. Our annual inventory count runs from 10 April to 26 May, and "
                                "while it lasts I can't review new contracts. I'll get in touch on 30 May."),
        msg("2017-04-04T09:00", "Understood, speak then.", "outbound"),
        msg("2017-04-20T09:00", "No need to reply: the order form is attached for when you're back.", "outbound"),
        msg("2017-05-08T09:00", "One more attachment, the depot list, for later.", "outbound"),
    ], now=now, close="2017-07-31")  # fmt: skip


def test_a_busy_period_not_yet_over_is_not_silence() -> None:
    assert busy_period("2017-05-20") == []


def test_a_busy_period_long_over_is_silence_again() -> None:
    assert busy_period("2017-06-28") == ["gone_quiet"]


# --- competitor_mentioned: "X is out", and a condition keeps the rival in play ------------------------------------


def rivals(last: str) -> list[str]:
    return codes([
        msg("2017-05-01T10:00", "We're trialling you and Tellurix in parallel for the dispatch desk."),
        msg("2017-05-02T09:00", "Trial logins attached.", "outbound"),
        msg("2017-05-20T10:00", last),
    ])  # fmt: skip


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("Decision made. Tellurix is out: their handsets can't read our labels. Send the order form.", []),
        ("Tellurix is out of the picture now, their pricing was all over the place.", []),
        ("We'd go with you if you can match Tellurix's offer on the handsets.", ["competitor_mentioned"]),
        ("We're going with you. Tellurix couldn't do offline mode.", []),
    ],
)  # fmt: skip
def test_a_rival_out_or_kept_in_by_a_condition(last: str, expected: list[str]) -> None:
    assert rivals(last) == expected


# --- timeline_slip: a back-office process of theirs on hold is not the deal -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Billing is on hold at our end while finance moves to the new ledger.", []),
        ("Recruitment is paused for the summer, the team is big enough.", []),
        ("Recruitment is paused, so the purchase is on hold too.", ["timeline_slip"]),
    ],
)  # fmt: skip
def test_their_back_office_on_hold_is_no_slip(text: str, expected: list[str]) -> None:
    first = msg("2017-05-10T10:00", "Looking forward to the rollout!")
    assert codes([first, msg("2017-05-18T10:00", text)]) == expected


def test_went_down_a_treat_is_praise_not_an_outage() -> None:
    text = "The pilot went down a treat with the drivers."
    assert not tf.our_open_failure(text, split_sentences(text))
    assert tf.failed("The server went down twice this morning.")
