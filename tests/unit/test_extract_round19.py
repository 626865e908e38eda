"""Round 19 extract classes: the customer's decision said as "she'll make a call in ten days", a total said
after the unit price ("35 at fifty-five each is 1,925"), a rival's quote whose figure follows in the next clause
("Brightwave also quoted, at about $14k"), and a customer's "I'll do it myself" that only explains the ask before."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract_notes import read_note

NOW = date(2017, 10, 10)  # a Tuesday
ACCOUNTS = ["Finjob", "Globex Corporation", "Scottech"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob: Dana has the numbers now. She'll make a call in two weeks.", "2017-10-24"),
        ("Scottech call. They'll make a call by the end of the month, leaning our way.", "2017-10-31"),
        ("Finjob: Omar said he's going to make a call by Friday 20 October.", "2017-10-20"),
        # hard negatives: a phone call of ours, or a call to someone
        ("Finjob: I'll make a call in two weeks to check in.", None),
        ("Scottech: she'll make a call to her CFO by Friday and come back to us.", None),
    ],
)
def test_customer_makes_a_call_by_a_date(text: str, expected: str | None) -> None:
    got = read_note(text, NOW, ACCOUNTS).close_date
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob call: twenty seats at forty each is eight hundred dollars, she agreed.", 800),
        ("Scottech: 14 users at $120 per user, so $1,680 for the year.", 1680),
        ("Globex: so that's 12 licences at 95 apiece, which is $1,140 all told.", 1140),
        # hard negatives: what they pay now, or a price per month, stays out; a unit price alone is no total
        ("Finjob: today they pay 40 each, which is $800.", None),
        ("Globex: twenty seats at forty each, that's eight hundred dollars a month.", None),
        ("Scottech: they pay $45 each today.", None),
    ],
)
def test_total_said_after_the_unit_price(text: str, expected: int | None) -> None:
    assert read_note(text, NOW, ACCOUNTS).amount == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob: our quote is $9,800. Stackline also quoted, at roughly $12k, so we're cheaper.", 9800),
        ("Scottech email: we accept your offer of $22,500. Quorvia bid too, at $25k.", 22500),
        ("Globex: proposal at 31,000 sent. Lumora priced it, at 35k, last week.", 31000),
        # hard negatives: the sentence turns back to our figure, or the rival is only mentioned
        ("Finjob: Stackline quoted, but our number is $11,400.", 11400),
        ("Scottech: moving off Quorvia, ten seats, $7,200 total.", 7200),
    ],
)
def test_rival_quote_with_its_figure_in_the_next_clause(text: str, expected: int) -> None:
    assert read_note(text, NOW, ACCOUNTS).amount == expected


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        ("From Dana at Finjob: Could you send the login details? I'll add the team myself.", "login"),
        ("Scottech email: Can you share the import template? We'll fill it in ourselves.", "template"),
        ("Globex: please send the admin guide; I'll configure the roles myself.", "admin guide"),
        # hard negatives: our own promise stays the step, and a far-back ask does not win
        ("Finjob: they want the admin guide. I'll walk them through it myself on Thursday.", "walk"),
        (
            "Scottech: can you send the guide? Thanks for lunch. Board met. I'll set up the sandbox myself.",
            "sandbox",
        ),
    ],
)
def test_doing_it_myself_explains_the_ask(text: str, keyword: str) -> None:
    step = read_note(text, NOW, ACCOUNTS).next_step
    assert step is not None and keyword in step.lower()
