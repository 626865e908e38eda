"""Risk classes a blind set showed the engine missing: sarcasm and irritation told through damage, elliptical and
unusual dates, a hand-over between our own reps, scoped savings, a figure as the price, a negated reassurance,
and a rival named in one sentence and weighed up in the next. Every thread here is new wording."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from agents.insights.dates import find_dates
from agents.insights.risk import assess
from agents.insights.sentiment import message_tone
from agents.insights.thread import DealFacts, Message

US = "Ola Berg <ola.berg@ourteam.example>"
COLLEAGUE = "Rhys Mabry <rhys.mabry@ourteam.example>"
THEM = "Nadia Fox <nadia.fox@orbitel.example>"
WARM = "Ola, the workshop was excellent and the planners already love the dashboard. Let's get a trial going."


def msg(at: str, text: str, direction: str = "inbound", kind: str = "email", sender: str = "") -> Message:
    who = sender or (THEM if direction == "inbound" else US)
    return Message(datetime.fromisoformat(at), kind, direction, text, who)


def codes(messages: list[Message], now: str = "2017-05-25", close: str = "2017-06-30") -> list[str]:
    deal = DealFacts("Engaging", date.fromisoformat(close), "Orbitel")
    return sorted(assess(deal, messages, date.fromisoformat(now)).codes)


def tone_thread(middle: str, last: str) -> list[str]:
    """Warm, then ``middle``, then ``last``: the last three customer messages, with our replies between."""
    return codes([
        msg("2017-05-01T10:00", WARM), msg("2017-05-02T09:00", "Trial workspace is live.", "outbound"),
        msg("2017-05-10T10:00", middle), msg("2017-05-11T09:00", "Looking into it now.", "outbound"),
        msg("2017-05-22T16:00", last), msg("2017-05-23T09:00", "I'm sorry, I'll call you today.", "outbound"),
    ])  # fmt: skip


MILD = "One small thing: the export button is greyed out for two planners. Could someone take a look?"


@pytest.mark.parametrize(
    "last",
    [
        # praise as the headline of bad news, and the failed quality held up as a dream
        "Splendid update: your patch erased the shift templates we built last week. Exactly the kind of stability "
        "we were promised. Let me know whenever anyone on your side finds the time.",
        # our word in scare quotes beside the failure, and being made to do our testing
        "Your 'quick workaround' deleted half the rota, and the help desk told us to 'reinstall the app'. We've "
        "lost three days of trial time. I'm not here to be your beta testers.",
        # anger told through the damage done, advocacy withdrawn, and a bare order
        "The sync ran and every booking now appears twice. Two planners spent the afternoon fixing it by hand "
        "instead of doing their real work. I won't keep vouching for this inside if each step needs hand-holding. "
        "Fix it.",
    ],
)
def test_irritation_and_sarcasm_after_warmth_is_a_drop(last: str) -> None:
    assert tone_thread(MILD, last) == ["sentiment_drop"]


def test_one_mild_complaint_then_thanks_is_no_drop() -> None:
    assert tone_thread(MILD, "All sorted now, thanks Ola. The planners are happy and we'll sign next week.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Great news: the board approved the budget and we can sign on Friday.",  # a headline with good news
        "We're calling it the 'Phoenix' rollout internally and the team is excited.",  # quotes without a failure
        "Could you send the onboarding checklist when someone has a moment? Thanks!",
        "Our intern spent the morning cleaning up our old contact list ready for the import.",
    ],
)
def test_sincere_messages_stay_sincere(text: str) -> None:
    assert message_tone(text).score > -0.3


def test_data_loss_is_a_failure_that_turns_praise_sarcastic() -> None:
    tone = message_tone("Wonderful stuff: the migration wiped our notes. Six months of call logs, gone.")
    assert tone.sarcastic and tone.score < -0.5


# --- timeline_slip ----------------------------------------------------------------------------------------


def slip_after(text: str, close: str = "2017-09-29") -> list[str]:
    thread = [msg("2017-08-20T10:00", "We're happy with the order form and plan to sign this month."),
              msg("2017-08-21T09:00", "Great, order form attached.", "outbound"),
              msg("2017-09-11T10:00", text)]  # fmt: skip
    return codes(thread, "2017-09-12", close)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date that is only a date (with hedges) says when the deal of the sentence before will happen
        ("Our new COO insists on reading the order form before anything gets signed. Probably mid-November now.",
         ["timeline_slip"]),
        ("Legal still have the contract. Late October at the earliest, I'm afraid.", ["timeline_slip"]),
        ("We'll sign the contract next week. Hopefully the 18th.", []),  # inside the window
        ("We'll sign the contract on the 20th. Installation realistically November.", []),  # not the deal's date
        # completion ruled out for the window, and "pushes"
        ("With the auditors in, there's no way the contract gets signed this month.", ["timeline_slip"]),
        ("The system migration pushes our signature to the back half of October.", ["timeline_slip"]),
        ("That moves the signature to the latter half of October.", ["timeline_slip"]),
        ("No way we get the purchase order approved before the quarter closes.", ["timeline_slip"]),
    ],
)  # fmt: skip
def test_slips_said_in_new_ways(text: str, expected: list[str]) -> None:
    assert slip_after(text) == expected


def test_halves_of_a_month() -> None:
    first, second = find_dates("first half of March or the second half of April", date(2018, 1, 10))
    assert (first.start, first.end) == (date(2018, 3, 1), date(2018, 3, 15))
    assert (second.start, second.end) == (date(2018, 4, 16), date(2018, 4, 30))


# --- stakeholder_change -------------------------------------------------------------------------------------


def test_a_hand_over_between_our_reps_is_no_change() -> None:
    thread = [
        msg("2017-05-01T10:00", "We'd like six seats; I'll sign in June."),
        msg("2017-05-10T16:00", "Transition: I'm moving to the partner team next month and Rhys Mabry takes over "
            "Orbitel. Nadia owns the decision and is keen.", "internal", "meeting_note"),
        msg("2017-05-12T09:00", "Hi Nadia, I'm Rhys, your new account manager.", "outbound", sender=COLLEAGUE),
        msg("2017-05-15T10:00", "Hi Rhys, welcome! Nothing changes here, I'll still sign in June."),
    ]  # fmt: skip
    assert codes(thread) == []


def test_taking_over_the_account_is_our_rep_even_before_they_write() -> None:
    thread = [
        msg("2017-05-01T10:00", "We'd like six seats; I'll sign in June."),
        msg("2017-05-10T16:00", "Account update: I'm off to the EMEA team on the 1st; Pia Roos is taking over "
            "Orbitel from then.", "internal", "meeting_note"),
        msg("2017-05-15T10:00", "Thanks for letting me know. All good here, June still stands."),
    ]  # fmt: skip
    assert codes(thread) == []


def test_their_own_hand_over_is_a_change() -> None:
    thread = [
        msg("2017-05-01T10:00", "We'd like six seats; I'll sign in June."),
        msg("2017-05-15T10:00", "I'm moving to our Lisbon office next month, and Tomas Grell takes over the purchase."),
    ]
    assert codes(thread) == ["stakeholder_change"]


# --- budget_concern, pricing_objection, competitor_mentioned -------------------------------------------------


def test_savings_aimed_elsewhere_with_this_money_committed_is_no_concern() -> None:
    text = ("Yes, the cost-cutting drive is happening, but it is aimed at events and agency fees. Our order was "
            "already funded and the money is already committed, so this one isn't touched.")  # fmt: skip
    assert codes([msg("2017-05-01T10:00", WARM), msg("2017-05-20T10:00", text)]) == []


def test_a_figure_named_as_too_much_is_a_price_objection() -> None:
    text = ("Our directors feel 12,480 a year is a lot for the three modules we'd use; they'd like it closer to "
            "half. Is there a real discount, or a lighter edition?")  # fmt: skip
    assert codes([msg("2017-05-01T10:00", WARM), msg("2017-05-20T10:00", text)]) == ["pricing_objection"]


def test_a_negated_reassurance_reassures_nothing() -> None:
    text = ("The price is too steep for the value we'd get. I can't get it approved as it stands, so we'd need a "
            "substantial discount.")  # fmt: skip
    assert codes([msg("2017-05-01T10:00", WARM), msg("2017-05-20T10:00", text)]) == ["pricing_objection"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel CRM reached out to our CFO last week. He wants us to sit through their walkthrough and compare.",
         ["competitor_mentioned"]),
        ("Kestrel CRM reached out to our CFO last week. We told them no; we're going with you.", []),
    ],
)  # fmt: skip
def test_a_rival_weighed_up_in_the_next_sentence(text: str, expected: list[str]) -> None:
    assert codes([msg("2017-05-01T10:00", WARM), msg("2017-05-20T10:00", text)]) == expected
