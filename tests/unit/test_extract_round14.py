"""Classes behind the misses of the blind14 extract set (tests/evals/extract_blind14.jsonl), in new wording,
each with near-misses that must stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate
from memory.extract.fields import find_competitors
from memory.extract.roles import valid_role
from memory.extract.stage import find_stage
from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 10, 11)  # a Wednesday, in Q4
ACCOUNTS = ["Corvex", "Waldtechnik", "Cheers", "Toughzap", "Sonron"]


def update(text: str, now: date = NOW) -> DealUpdate:
    return read_note(text, now, ACCOUNTS)


# --- our own product chosen: not a rival, not a loss (products.py, fields.py, stage.py) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Corvex: they're going with GTX Plus Basic for the whole team, 12 seats.",
        "Cheers update - Ola said they've gone with the MG Advanced bundle in the end.",
        "Waldtechnik went with GTK 500 after the trial; paperwork to follow.",
        "Corvex: customer decided to go with our GTX Pro tier, signing before Christmas, December 20 at the latest.",
        "Sonron chose MG Special over the bigger package.",
    ],
)
def test_our_product_chosen_is_no_rival_nor_loss(text: str) -> None:
    u = update(text)
    assert u.competitors == []
    assert u.stage is None


def test_signature_date_not_pushed_into_the_past_by_a_product_choice() -> None:
    u = update("Cheers: they're going with GTX Plus Pro. Signature by December 20 at the latest.")
    assert u.close_date == date(2017, 12, 20)


@pytest.mark.parametrize(
    ("text", "rivals", "stage"),
    [
        ("Corvex: they've gone with Stackline, sadly.", ["Stackline"], "Lost"),
        ("Cheers: they went with Pipewell in the end.", ["Pipewell"], "Lost"),
        ("Waldtechnik is also talking to Quorvia about GTX-style seats.", ["Quorvia"], None),
    ],
)
def test_a_rival_chosen_still_counts(text: str, rivals: list[str], stage: str | None) -> None:
    assert find_competitors(text, account="Corvex") == rivals
    assert find_stage(text) == stage


# --- the deal said to sit in a stage (stage.py) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Corvex, call with Ola Berg. It's in Prospecting. Two seats.", "Prospecting"),
        ("Deal is currently in engaging, no date yet.", "Engaging"),
        ("The opp is sitting at the Engaging stage for now.", "Engaging"),
        ("this one's still in prospecting - early days", "Prospecting"),
        ("We're in Engaging now with their finance team looped in.", "Engaging"),
    ],
)
def test_deal_in_a_stage(text: str, expected: str) -> None:
    assert find_stage(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They're engaging in talks with finance this week.",  # the verb, not the stage
        "It's not in Engaging yet, still early.",  # held back
        "If it's in Engaging by May, we'll push for a pilot.",  # on a condition
        "Is it in Engaging? Not sure.",  # a question
        "It's in engaging territory but nothing firm.",  # the stage word does not close the clause
        "The team was engaging and keen on the demo.",
    ],
)
def test_not_a_stage_stated(text: str) -> None:
    assert find_stage(text) is None


# --- a person placed at another account with a word between (sides.py) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Corvex: Ola Berg (CFO) wants a reference call with Nina Holt over at Toughzap.",
        "Corvex: Ola Berg (CFO) would like to hear from Li Wei, who runs finance at Toughzap.",
        "Corvex: Ola Berg (CFO) knows Marta Ruiz, who's now at Sonron, from a past job.",
        "Corvex: Ola Berg (CFO) asked to meet Tom Kent, currently at Toughzap, about the rollout.",
    ],
)
def test_people_at_other_accounts_left_out(text: str) -> None:
    assert contact_roles(update(text)) == {"Ola Berg": "CFO"}


def test_customer_person_placed_at_the_account_stays() -> None:
    names = contact_roles(update("Corvex: Ola Berg, who's based at Corvex HQ, is the CFO. She wants four seats."))
    assert "Ola Berg" in names


# --- the customer named as the receiver of our side's action; "your" roles (sides.py, roles.py) -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Corvex recap. Mats Lind (your procurement lead) will check the terms.\n"
            "Next step on our side: I'll send the redlines to Mats tomorrow.",
            {"Mats Lind": "procurement lead"},
        ),
        (
            "Corvex. From our end, I'll email the order form over to Tom Becker (ops manager) today.",
            {"Tom Becker": "ops manager"},
        ),
        ("Corvex. On our side, Lena Ostrova will set up a call with Ines Faro (CFO).", {"Ines Faro": "CFO"}),
    ],
)
def test_receiver_of_our_action_is_the_customer(text: str, expected: dict[str, str]) -> None:
    assert contact_roles(update(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Corvex call. On our side, Priya Shah will join the demo.",
        "Corvex call. From our side: me and Priya Shah.",
        "Corvex: on our team, the SE work goes to Priya Shah.",
        "Corvex: on our side the follow-up goes to Priya Shah.",
    ],
)
def test_our_side_staff_stay_out(text: str) -> None:
    assert update(text).contacts == []


@pytest.mark.parametrize(
    ("raw", "expected"), [("your legal counsel", "legal counsel"), ("your CFO", "CFO"), ("your team", None)]
)
def test_your_is_no_part_of_a_role(raw: str, expected: str | None) -> None:
    assert valid_role(raw) == expected
