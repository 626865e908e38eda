"""Classes behind the misses of the blind10 extract set (tests/evals/extract_blind10.jsonl), in new wording,
each with a near-miss that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update
from memory.extract.numbers import find_money

NOW = date(2017, 6, 6)  # a Tuesday


def update(text: str, now: date = NOW) -> DealUpdate:
    return extract_update(text, now=now, accounts=["Corvex", "Nordhaven"], people_to_ignore=["Lena Ostrova"])


# --- amounts written the European way ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("the price of EUR 12.480,00 is fine for us", [12_480]),  # dots group thousands, the comma is decimal
        ("we accept 1.250,50 € per year", [1_250.5]),
        ("an order of CHF 14'750 for the depot", [14_750]),  # Swiss apostrophes group thousands
        ("a total of USD 7’300 net", [7_300]),
        ("up 3.5 points, version 2.1.4", []),  # decimals and versions stay no money
        ("he is 6'2 tall", []),
    ],
)
def test_money_with_european_separators(text: str, values: list[float]) -> None:
    assert [m.value for m in find_money(text)] == values


# --- stage --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Corvex is Won 🎉 order form came in overnight.", "Won"),  # the stage's name, capitalised, said of the deal
        ("Nordhaven update: the opp is now Lost, they stayed with their current tool.", "Lost"),
        ("Corvex — CLOSED WON, thanks all.", "Won"),  # a status line in capitals
        ("Corvex: she wants it signed before their year closes in September.", None),  # a wish, not a signature
        ("Corvex: their CFO needs it signed within this quarter.", None),
        ("Corvex: the battle is won, now the paperwork.", None),  # "won" in a sentence is no stage
    ],
)
def test_stage_classes(text: str, stage: str | None) -> None:
    assert update(text).stage == stage


# --- close date ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # a timing question, then its answer on the next line
        ("Lena Ostrova 09:14: Corvex timing?\nRavi 09:15: he said mid-August, after their audit", "2017-08-15"),
        ("Corvex. When do they sign? End of next month, per the buyer.", "2017-07-31"),
        ("Corvex\nTiming: end of Q3\nNext: send the order form", "2017-09-30"),  # a labelled field
        # when the customer means to buy
        ("Corvex: their new budget opens in Q4 and that's when they'll purchase.", "2017-12-31"),
        # a date offered for a meeting before signing is the meeting's: the signing date wins
        ("Corvex: they want a workshop before signing, we propose 14 June. The signature itself they would "
         "like to have done before the end of August.", "2017-08-31"),
    ],
)  # fmt: skip
def test_close_date_classes(text: str, close: str) -> None:
    found = update(text).close_date
    assert found is not None and found.isoformat() == close


@pytest.mark.parametrize(
    "text",
    [
        # the day the writer got back is when the news was found, not when it was signed
        "Corvex is Won. I came back from holiday this morning and the signed contract was waiting for me.",
        "Corvex: when can we meet? Thursday works for me.",  # a meeting's question, not the deal's timing
    ],
)
def test_no_close_date(text: str) -> None:
    assert update(text).close_date is None


# --- next step ----------------------------------------------------------------------------------------------------


def test_customer_asks_to_see_a_demo() -> None:
    text = "Dear Lena,\n\nthe offer is good. Our director want to see a short demonstration on our own data first."
    step = update(text).next_step
    assert step is not None and "demonstration" in step


def test_wanting_to_see_a_comparison_is_no_step() -> None:
    assert update("Corvex: he just wants to see a fair fight between vendors.").next_step is None


# --- contacts -----------------------------------------------------------------------------------------------------


def test_first_name_introduced_by_is_called() -> None:
    text = "Corvex: their warehouse manager is called Bruno (no surname given), he runs the pilot."
    assert update(text).contacts == [{"name": "Bruno", "role": "warehouse manager"}]


def test_title_words_are_no_person() -> None:
    text = "Corvex - Priya Raman, Chief Patient Experience Officer, signed off the budget."
    assert update(text).contacts == [{"name": "Priya Raman", "role": "Chief Patient Experience Officer"}]


def test_retired_contact_is_left_out() -> None:
    text = "Corvex: our long-time sponsor, Mr Falk, retired from Corvex last month; Dana Holt (COO) owns it now."
    assert update(text).contacts == [{"name": "Dana Holt", "role": "COO"}]


# --- competitors --------------------------------------------------------------------------------------------------


def test_vendor_another_account_left_is_no_competitor() -> None:
    text = "Corvex: I'll put them in touch with Sam at Nordhaven, who led their switch (they moved to us from Lumora)."
    assert update(text).competitors == []


def test_vendor_the_customer_is_leaving_is_a_competitor() -> None:
    text = "Corvex: they want to move to us from Lumora before renewal."
    assert update(text).competitors == ["Lumora"]
