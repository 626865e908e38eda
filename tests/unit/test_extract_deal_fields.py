"""Amount, close date and stage: the kinds of wording the older tests do not cover."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import extract_update
from memory.extract.numbers import find_money


def update(text: str, now: date = date(2017, 4, 11)):  # type: ignore[no-untyped-def]
    return extract_update(text, now=now, accounts=["Corvex"])


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("le total est de 18 450 $ pour tout", [18_450]),  # a space groups thousands before a currency
        ("1 250 000 EUR over three years", [1_250_000]),
        ("we have 20 000 users and 30 500 seats", []),  # without a currency, spaced digits are counts
        ("so we're at thirty-one two fifty for the lot", [31_250]),  # said in two groups, as heard
        ("nineteen, four oh eight per the quote", [19_408]),
        ("call at ten fifteen with twenty four people", []),  # a time and a count are no figure
    ],
)
def test_money_forms(text: str, values: list[int]) -> None:
    assert [m.value for m in find_money(text)] == values


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # another deal's figure in an aside does not replace this one's
        ("Corvex wants 14 seats for 21,560. (Unrelated to the 2016 pilot, which was ~9k and is closed.)", 21_560),
        ("Corvex: 44k for the fleet. Not to confuse with last year's order, that was 12k.", 44_000),
        # the rival's seller's offer, said after the rival is named
        ("Corvex: Lumora went in cheap, their rep offered them 15k. We are at 19.5k for the seats.", 19_500),
        ("Corvex: we're at 19.5k. Lumora went in cheap, their rep offered them 15k.", 19_500),
    ],
)
def test_amount_of_this_deal(text: str, amount: int) -> None:
    assert update(text).amount == amount


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Corvex: the owner will make the call within two weeks, after their audit.", "2017-04-25"),
        ("Corvex: they make their final call by the 28th.", "2017-04-28"),
        ("Corvex: Jo needs it signed before the end of the quarter.", "2017-06-30"),
        ("Corvex: she needs it done by year-end.", "2017-12-31"),
        ("Corvex web lead: they have to purchase by the 20th, budget rules.", "2017-04-20"),
    ],
)
def test_close_date_cues(text: str, close: str) -> None:
    found = update(text).close_date
    assert found is not None and found.isoformat() == close


@pytest.mark.parametrize(
    "text",
    [
        "Corvex: I'll make the call next week to walk them through it.",  # a phone call we make
        "Corvex: we need it working before the review at month end.",  # a fix they need, not the deal
    ],
)
def test_no_close_date(text: str) -> None:
    assert update(text).close_date is None


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Marking this deal Lost, they stayed with their incumbent.", "Lost"),
        ("Corvex: marking that one Won, paperwork is in.", "Won"),
        ("Corvex: closing this one out as Lost.", "Lost"),
        ("Corvex: not marking this one Lost yet.", None),
    ],
)
def test_stage_said_of_this_one(text: str, stage: str | None) -> None:
    assert update(text).stage == stage
