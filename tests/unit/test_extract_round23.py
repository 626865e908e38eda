"""Round 23 extract classes: a spoken interjection opening a clause before a name ("Right, so, Hannelore
Brandt"), a short aside between a name and its title ("Thandiwe (copied), our IT security lead"), a departure said
with a dated bare "left" ("Janine, their old ops lead, left in April") and not pinned on the name whose clause the
leaving follows, and this deal's figure judged as a spend ("licences at $13,572 is a bigger spend")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 6, 1)
ACCOUNTS = ["Finjob", "Globex Corporation", "Scottech"]


def _people(text: str) -> dict[str, str | None]:
    return contact_roles(read_note(text, NOW, ACCOUNTS))


def _amount(text: str) -> float | None:
    return read_note(text, NOW, ACCOUNTS).amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob voice memo. Right, Dana Whitlock, she's the CFO, wants GTX Pro.", {"Dana Whitlock": "CFO"}),
        ("Scottech. Yeah, so Omar Haddad, he's their IT director, is keen.", {"Omar Haddad": "IT director"}),
        ("Globex Corporation call. Sure Nadia Brandt will sign, she said.", {"Nadia Brandt": None}),
        # hard negatives: the word inside a run, not opening a clause, and a real surname stay as they were
        ("Finjob: met Toby Wright (CTO) and Ana Ruiz.", {"Toby Wright": "CTO", "Ana Ruiz": None}),
        ("Finjob: Per Andersson (CFO) signed off the budget. Alright.", {"Per Andersson": "CFO"}),
    ],
)
def test_interjection_opening_a_clause_is_no_name(text: str, expected: dict[str, str | None]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From: Dana Whitlock <dana@finjob.example>\nCc: Omar Haddad <omar@finjob.example>\n\nHi Lena,\n\n"
            "Omar (cc'd), our procurement manager, will raise the PO.\n\nDana Whitlock\nCFO, Finjob",
            {"Dana Whitlock": "CFO", "Omar Haddad": "procurement manager"},
        ),
        (
            "Scottech notes. Nadia Brandt (back Monday), the head of finance, approves spend.",
            {"Nadia Brandt": "head of finance"},
        ),
        (
            "Globex Corporation: Tomasz Wolny (on leave this week), their IT director, wants a demo.",
            {"Tomasz Wolny": "IT director"},
        ),
        # hard negatives: an aside of clauses, and a list whose next item is no title
        (
            "Finjob: Per Andersson (a great guy, who knows everyone), Dana Whitlock's chief of staff, joined.",
            {"Per Andersson": None},
        ),
        ("Scottech: Omar Haddad (IT), Finance (Ops) and Sales.", {"Omar Haddad": "IT"}),
    ],
)
def test_short_aside_between_name_and_title(text: str, expected: dict[str, str | None]) -> None:
    assert {k: v for k, v in _people(text).items() if k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finjob. Dana Whitlock, the CFO, owns it now since Omar, their old buyer, left in March.",
            {"Dana Whitlock": "CFO"},
        ),
        ("Scottech: Nadia Brandt, head of IT, left at the end of April. Ana Ruiz (CTO) decides.", {"Ana Ruiz": "CTO"}),
        ("Globex Corporation: Tomasz Wolny (COO) left recently; Per Andersson (CFO) signs.", {"Per Andersson": "CFO"}),
        # hard negatives: a "left" that is no departure; a leaver still left out when a clause opens after the leaving
        (
            "Finjob: Dana Whitlock (CFO) has budget left in May for this.",
            {"Dana Whitlock": "CFO"},
        ),
        ("Scottech: Omar Haddad, the COO, left in April after Nadia Brandt (CFO) joined.", {"Nadia Brandt": "CFO"}),
    ],
)
def test_a_dated_bare_left_is_a_departure(text: str, expected: dict[str, str | None]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Finjob: we paid about 8k last year, so ten GTX Pro seats at $21,400 is a big spend for us.", 21400),
        ("Scottech: the 40k's a serious spend, but Omar Haddad is for it.", 40000),
        ("Globex Corporation: $18,250 would be quite a spend for them, yet they want it.", 18250),
        # hard negatives: a spend of theirs stays set aside
        ("Finjob: they spend 12k a year on Quorvia; our quote is 30k.", 30000),
        ("Scottech: last year's spend was 9k; our GTX Pro offer is $15,000.", 15000),
    ],
)
def test_figure_judged_as_a_spend_is_the_deal(text: str, amount: int) -> None:
    assert _amount(text) == amount
