"""Round 71 classes: a window holding the close ruled out with "no way" ("no way we sign in dec"), clipped lower-case
months after a preposition; a newcomer named in one sentence who takes the decision in the next by a pronoun ("we
got a new CFO. she's pulled sign-off to herself"); the buying initiative named by its own noun passed to a person
("the infra refresh now sits with me"); and mock gratitude for what their loyalty earned them ("thanks so much for
rewarding our loyalty") as sarcasm with no failure of ours; and the deal handed over to a routine desk ("handing over
to procurement for the commercial bit"), no new owner. Each has hard negatives in the same words."""

from __future__ import annotations

from datetime import date

import pytest

from agents.insights.dates import find_dates
from tests.unit.risk_threads import HALVORSEN, HARROWFIELD

latest = HARROWFIELD.latest  # a warm quote request; the deal closes 2017-06-30, now is 2017-06-20
later = HALVORSEN.latest  # an eager opening; the deal closes 2017-08-31, now is 2017-06-20


# --- "no way we sign in <the window holding the close>" ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Zero chance we sign in June now that legal has reopened the MSA.",
    "no chance we'll approve it in june, the budget committee meets in july.",
    "No way we can sign by the 30th, the auditors are in.",
    "Not a chance we decide in june, the steering group hasn't even met yet.",
    "imke - finance wants a second look at everything. no way we sign in jun, more like aug.",
])  # fmt: skip
def test_no_way_in_the_window_is_a_slip(text: str) -> None:
    assert "timeline_slip" in latest(text), text


@pytest.mark.parametrize("text", [
    "No way we don't sign in June, the team is desperate for it!",
    "There's no way we sign with anyone else, the 28th stands.",
])  # fmt: skip
def test_no_way_that_keeps_the_window_is_no_slip(text: str) -> None:
    assert "timeline_slip" not in latest(text), text


def test_no_way_in_a_month_before_a_later_close_is_no_slip() -> None:
    assert "timeline_slip" not in later("No way we sign in june, but july works, well before your end of August.")


def test_a_clipped_month_after_a_preposition_is_a_date() -> None:
    assert [d.start for d in find_dates("we sign in dec at the earliest", date(2017, 11, 22))] == [date(2017, 12, 1)]
    assert [d.start for d in find_dates("by aug", date(2017, 6, 1))] == [date(2017, 8, 1)]
    assert find_dates("in may we'll see", date(2017, 3, 1)) == []  # "may" stays a word
    assert find_dates("the dec value is off", date(2017, 3, 1)) == []  # no preposition: no date


# --- a newcomer named, then the decision taken by a pronoun -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Imke, we have a new CFO. She has taken sign-off on all software purchases.",
    "A new CFO started Monday. He's taken all software approvals on himself.",
    "we got an interim COO last week. she wants to re-evaluate every open vendor, yours too.",
])  # fmt: skip
def test_a_newcomer_taking_the_decision_by_a_pronoun(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, we have a new CFO. She's lovely and keen to see the dashboards.",
    "We have a new CFO. She says the sign-off stays with me as always.",
    "Our CFO is great. she wants to approve it this week.",
    "We have a new CFO. He cut our approval steps from five to two, which helps us.",
])  # fmt: skip
def test_a_pronoun_that_takes_nothing_or_names_no_newcomer(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


# --- the initiative named by its own noun, passed to a person ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Quick update: the CRM migration has moved over to Dana, our new ops lead.",
    "Kofi changed roles, so the laptop refresh now rests with her.",
    "Heads up, the network upgrade has passed to me since Ian went part-time.",
])  # fmt: skip
def test_the_initiative_passed_to_a_person(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


@pytest.mark.parametrize("text", [
    "The renewal sits with me as always, quote looks fine.",
    "The upgrade still sits with me, nothing changes.",
    "The refresh now sits with Procurement for the PO.",
    "the upgrade now sits with IT for testing.",
])  # fmt: skip
def test_the_initiative_where_it_was_or_at_a_routine_desk(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


# --- mock gratitude for their loyalty ---------------------------------------------------------------------------------


def _renewal(reply: str) -> list[str]:
    """A warm renewal, our uplift, a curt acknowledgement, then ``reply``."""
    t = HARROWFIELD
    return t.codes([
        t.msg("2017-05-20T10:00", "Imke, happy to renew, the team loves the tool!"),
        t.msg("2017-05-22T10:00", "Great! Renewal quote attached, with the 9% list uplift.", "outbound"),
        t.msg("2017-06-01T10:00", "9%?? ok. will look."),
        t.msg("2017-06-12T10:00", reply),
    ])  # fmt: skip


@pytest.mark.parametrize("reply", [
    "nine percent for the same seats. thank you ever so much for valuing our custom.",
    "Three years with you and a rise. What a way to treat loyal customers.",
    "So much for loyalty. Send the old quote and we'll think about it.",
])  # fmt: skip
def test_mock_gratitude_for_loyalty_is_a_drop(reply: str) -> None:
    assert "sentiment_drop" in _renewal(reply), reply


@pytest.mark.parametrize("reply", [
    "Thanks for rewarding our loyalty with the 5% discount, much appreciated. Signed copy attached!",
    "Thank you for honouring our loyalty pricing, that's very generous. We'll sign this week!",
])  # fmt: skip
def test_sincere_thanks_for_loyalty_is_no_drop(reply: str) -> None:
    assert "sentiment_drop" not in _renewal(reply), reply


# --- the deal handed over to a routine desk -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "All good here, handed it over to purchasing for the PO.",
    "I'm handing this over to our legal team for the MSA.",
    "Handing things over to finance and legal now for the paperwork.",
    "Pilot's a yes, I've handed it over to the procurement team for the order form.",
])  # fmt: skip
def test_a_hand_over_to_a_routine_desk_is_no_change(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


@pytest.mark.parametrize("text", [
    "I'm handing this over to Priya, she owns it from now.",
    "I've handed it over to the new CFO.",
])  # fmt: skip
def test_a_hand_over_to_a_person_is_a_change(text: str) -> None:
    assert "stakeholder_change" in latest(text), text
