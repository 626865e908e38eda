"""Round 26 extract classes: a next step after an arrow ("NS -> ..."), as the answer to our "anything I should send?",
as what we owe them, as a paper they need before their own step, as the customer's "yes" to our "shall we propose",
as a request to tell them when something of ours is done; a new prospect as a heading closed by a full stop or
placed by a town in brackets; a hyphenated title ("owner-operator"); a contact who took over from someone who left;
a loss as the customer keeping its provider or "didn't go our way"; a close date as the contract executed, or as
when their committee sits."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract.close_date import find_close_date
from memory.extract.new_account import structural_account
from memory.extract.next_step import find_next_step
from memory.extract.stage import find_stage
from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 6, 1)
ACCOUNTS = ["Finjob", "Globex Corporation", "Scottech"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("finjob // Ana likes the Pro tier. NS -> email her the pricing sheet tmrw", "pricing sheet"),
        ("globex: todo => book the site survey w/ their plant lead", "site survey"),
        (
            "Zoe Hart (ourteam): Is there anything we could prepare for the board?\nMei: A reference customer list.",
            "reference customer",
        ),
        ("Spoke to Ann at Finjob. He's keen. What I owe her is a sandbox login by Friday.", "sandbox login"),
        ("Good call with Scottech. We still owe them a revised quote for the extra depots.", "revised quote"),
        ("Omar wants our data retention policy before his lawyers review the draft.", "retention policy"),
        ("Zoe (ourteam): Shall we put together a pilot plan for the Leeds site?\nTom: Sure, go ahead.", "pilot plan"),
        ("PO is signed. Would you let us know once the licences are activated?", "activated"),
    ],
)
def test_next_step_shapes(text: str, word: str) -> None:
    step = find_next_step(text)
    assert step is not None and word in step


@pytest.mark.parametrize(
    "text",
    [
        "Met Ana at Finjob. Next quarter looks busy for them -> no budget till then.",  # an arrow that is no label
        "Ana: Anything else I should know about pricing? Not really.",  # not a question about what to send
        "He owes us an answer on the budget, nothing from our side.",  # their debt, not ours
        "Omar read our policy before the meeting and liked it.",
    ],
)
def test_no_step_in_look_alikes(text: str) -> None:
    assert find_next_step(text) is None


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("log: Harbourside Fish Market. chatted at the trade show, no names swapped.", "Harbourside Fish Market"),
        ("Moana Kiwi Orchards (Napier). Ana Tui, ops manager, wants 12 GTX Basic.", "Moana Kiwi Orchards"),
    ],
)
def test_new_prospect_headings(text: str, account: str) -> None:
    assert structural_account(text) == account


@pytest.mark.parametrize(
    "text",
    [
        "Sarah Chen (CFO). She wants a quote by June.",  # a person with a title
        "Paul Meyer (Berlin). He asked for the deck.",  # a person placed, a pronoun after
        "log: Quick note. they went quiet.",
    ],
)
def test_no_prospect_from_a_person(text: str) -> None:
    assert structural_account(text) is None


def test_hyphenated_title_and_successor() -> None:
    u = read_note("Finjob - met Rosa Lima (owner-manager) today. Keen on GTX Pro.", NOW, ACCOUNTS)
    assert contact_roles(u) == {"Rosa Lima": "owner-manager"}
    u = read_note(
        "Finjob call. Spoke to Hugo Barros, he's their CFO, he took over from Dana Wick, who left in May.",
        NOW,
        ACCOUNTS,
    )
    assert contact_roles(u) == {"Hugo Barros": "CFO"}
    u = read_note("Finjob call. Dana Wick, their CFO, left in May; Hugo covers for now.", NOW, ACCOUNTS)
    assert "Dana Wick" not in contact_roles(u)  # who left is still dropped


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Their board decided to stay with the incumbent supplier for another year.", "Lost"),
        ("Sadly the Finjob tender did not go our way.", "Lost"),
        ("They opted to remain with their existing vendor.", "Lost"),
        ("If it doesn't go our way we'll try again next year.", None),
        ("They decided to stay with us for another year.", None),
    ],
)
def test_loss_as_keeping_what_they_have(text: str, stage: str | None) -> None:
    assert find_stage(text) == stage


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We expect to execute the agreement by 30 June.", date(2017, 6, 30)),
        ("The NDA was executed on 2 May and the master agreement executed 12 May.", None),  # papers' past dates
        ("We'd like the contract executed before 15 July.", date(2017, 7, 15)),
        ("Mei: Two weeks from today, that's when our board meets.", date(2017, 6, 15)),
        ("Two weeks from today is our team offsite.", None),
    ],
)
def test_close_dates(text: str, value: date | None) -> None:
    assert find_close_date(text, NOW, None) == value
