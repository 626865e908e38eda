"""Round 25 extract classes: a new prospect named by a voice note's opening ("Voice memo re ..."), unless a pronoun
makes it a person; a role as a terse list's item ("- procurement mgr;", "- HR |"), or after a clause of what they
do ("he heads field service, service director I mean"); an exact figure beside a rough restatement of it; a loss in
the customer's own words ("awarded the contract to ...", "your bid was unsuccessful"); a quarter spelled out; the
order's confirmation by a date; the writer's "my action is to ..."; a task's deadline is no close date."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract.amount import find_amount
from memory.extract.close_date import find_close_date
from memory.extract.dates import find_dates
from memory.extract.new_account import structural_account
from memory.extract.next_step import find_next_step
from memory.extract.stage import find_stage
from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 6, 1)
ACCOUNTS = ["Finjob", "Globex Corporation", "Scottech"]


def _read(text: str):  # type: ignore[no-untyped-def]
    return read_note(text, NOW, ACCOUNTS)


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Voice memo re Okonkwo Agro - early days, they want GTX Basic.", "Okonkwo Agro"),
        ("Voice note: Tarn Valley Dairy\nspoke to Ann Moss (owner).", "Tarn Valley Dairy"),
        ("voice note about Halden Fjord Ferries. Their COO, Siri Lund, wants a quote.", "Halden Fjord Ferries"),
    ],
)
def test_voice_note_names_the_prospect(text: str, account: str) -> None:
    assert structural_account(text) == account


@pytest.mark.parametrize(
    "text",
    [
        "Voice note for Jorge Peña. He wants a quote by Friday.",  # a pronoun picks the name up: a person
        "Voice note, Right, so the call went fine.",  # after a comma, any word
        "Voice note on Monday. Call went fine.",
        "Voice note for my own records. Call went fine.",
        "Voice note for GTX Basic. Price is up.",  # our product
    ],
)
def test_voice_note_invents_no_prospect(text: str) -> None:
    assert structural_account(text) is None


def test_voice_note_prospect_is_no_contact() -> None:
    u = _read("Voice memo re Okonkwo Agro. Chidi Eze, the farm manager, wants six GTX Basic seats.")
    assert u.account == "Okonkwo Agro"
    assert contact_roles(u) == {"Chidi Eze": "farm manager"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finjob | GTX Pro x4 | 22,000 | Lena Park - purchasing mgr; Omar Haddad - HR | NS: send quote",
            {"Lena Park": "purchasing mgr", "Omar Haddad": "HR"},
        ),
        (
            "Finjob: Ama Owusu - finance; Tom Reyes - ops lead; NS: pricing",
            {"Ama Owusu": "finance", "Tom Reyes": "ops lead"},
        ),
        (
            "Finjob call. Rui Costa, he heads field service there, service director I mean, wants a demo.",
            {"Rui Costa": "service director"},
        ),
        # a clause of what they do with no title after it is no role
        ("Finjob: Dana Whitlock, she runs the sales floor, wants a demo.", {"Dana Whitlock": None}),
        # a dash before words that are no function stays no role
        ("Finjob: Ama Owusu - tomorrow; NS: pricing", {"Ama Owusu": None}),
    ],
)
def test_roles_in_shorthand_and_after_a_clause(text: str, expected: dict[str, str | None]) -> None:
    assert contact_roles(_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Finjob: twelve seats, $96,418 in all, just shy of a hundred grand.", 96_418),
        ("Finjob: roughly 50k, well 49,338 on the sheet.", 49_338),
        ("Finjob: total 212,760, a bit over 200k.", 212_760),
        # a new figure said roughly is a correction, not a restatement
        ("Finjob: quoted 48,120 but they now want more seats, about 90k.", 90_000),
        # no exact figure: the rough one stands
        ("Finjob: a touch under half a million.", 500_000),
    ],
)
def test_exact_figure_beats_its_rough_restatement(text: str, amount: int) -> None:
    assert find_amount(text, []) == amount


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("FYI below.\n\nDear Ravi,\nAfter careful review we have awarded the contract to Lumora.\n\nBest, Ana", "Lost"),
        ("Unfortunately your bid was unsuccessful on this occasion.", "Lost"),
        ("Your proposal has not been successful this time.", "Lost"),
        ("They have decided to proceed with another supplier.", "Lost"),
        ("Great news: your bid was successful.", None),
        ("We have awarded the contract to you!", None),
        ("If they awarded the contract to Lumora we'd hear by now.", None),
        ("The council awarded the catering contract to Sodexo last year.", None),
    ],
)
def test_loss_in_the_customers_words(text: str, stage: str | None) -> None:
    assert find_stage(text) == stage


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A decision in the second quarter.", date(2017, 6, 30)),
        ("They sign in the first quarter.", date(2018, 3, 31)),  # passed this year: next year's
        ("By the end of the 4th quarter, she hopes.", date(2017, 12, 31)),
    ],
)
def test_spelled_quarter(text: str, value: date) -> None:
    assert [d.value for d in find_dates(text, NOW)] == [value]


def test_a_quarter_of_something_is_no_date() -> None:
    assert find_dates("They spend a third quarter of the budget on licences.", NOW) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They need the order confirmed by next Friday.", date(2017, 6, 2)),  # 1 June is a Thursday
        ("Order confirmation expected end of the month.", date(2017, 6, 30)),
        ("They have a Q3 deadline to sign the contract.", date(2017, 9, 30)),
        ("Committed to a third quarter 2017 deadline to compile the inventory.", None),  # a task's deadline
        ("We agreed a Q4 deadline for the data migration.", None),
    ],
)
def test_close_dates(text: str, value: date | None) -> None:
    assert find_close_date(text, NOW, None) == value


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Good call. So my action is to book the pilot kickoff with their leads.", "pilot"),
        ("Our takeaway is to send the security pack.", "security"),
        ("Action on me: draft the renewal terms.", "renewal"),
    ],
)
def test_writers_action_is_the_next_step(text: str, word: str) -> None:
    step = find_next_step(text)
    assert step is not None and word in step


@pytest.mark.parametrize("text", ["My job is to keep them happy.", "Their task is a hard one."])
def test_no_action_no_step(text: str) -> None:
    assert find_next_step(text) is None
