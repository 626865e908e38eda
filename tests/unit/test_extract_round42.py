"""Classes behind the misses of the blind42 set (tests/evals/extract_blind42.jsonl), each with near-miss negatives:
the "NS" or "todo" label with no colon, a to-do's verb straight after ("NS send invoice details"); a small firm's
staff titled by a trade or office occupation ("(bookkeeper)", "(cashier)"); a note opening on a bare "NEW" tag, or
a "New prospect:" tag with no known account named, before the new firm; and a stage move with an adverb before
its preposition ("put it straight in Engaging", "moving it directly to Engaging"); and, seen on Enron mail once the
occupations were titles, a title followed by how they came to the post ("the new clerk sent here to help")."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_NOW = date(2017, 5, 10)
_ACCOUNTS = ("Acme", "Initech", "Umbrella")


def _read(text: str, accounts: tuple[str, ...] = _ACCOUNTS) -> DealUpdate:
    return extract_update(text, now=_NOW, accounts=list(accounts))


def _people(text: str, accounts: tuple[str, ...] = _ACCOUNTS) -> dict[str, str | None]:
    return {str(c["name"]): c["role"] for c in _read(text, accounts).contacts}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the label typed without its colon, a to-do verb straight after; a sentence of its own or after a comma
        ("acme - jo fine with the price. NS book the onboarding call", "onboarding"),
        ("initech call done, ns chase the PO with their finance team", "chase"),
        ("Umbrella: Jo happy with 3 seats. NS - draft the SOW for legal", "sow"),
        ("Acme. pricing agreed at 4k.\ntodo send the revised quote to Jo", "revised quote"),
    ],
)
def test_next_step_label_without_colon(text: str, word: str) -> None:
    assert word in (_read(text).next_step or "").lower()


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no verb after the label, the label saying none, or "ns" inside a word or a name
        "Acme: Jo (CFO) fine with 12k. NS tbd.",
        "Initech: NS Energy is their parent company, Jo (CFO) likes it.",
        "Umbrella: their DNS setup is fine, the pilot went well.",
        "Acme: Jo fine with 12k. NS unclear, they go quiet in summer.",
    ],
)
def test_next_step_label_needs_a_verb(text: str) -> None:
    assert _read(text).next_step is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an occupation word a small business titles its staff with, in brackets or after a comma
        (
            "Acme: Ada Brun (bookkeeper) and Lena Voss (cashier) want it.",
            {"Ada Brun": "bookkeeper", "Lena Voss": "cashier"},
        ),
        (
            "Initech: spoke to Tom Reyes, their storekeeper, and Ola Berg (office clerk).",
            {"Tom Reyes": "storekeeper", "Ola Berg": "office clerk"},
        ),
        (
            "Umbrella dental: Ana Ruiz (dentist) and Ben Cole (practice nurse) both in.",
            {"Ana Ruiz": "dentist", "Ben Cole": "practice nurse"},
        ),
        (
            "Acme bistro: Marco Bellini (head chef), Ida Moss (proprietor).",
            {"Marco Bellini": "head chef", "Ida Moss": "proprietor"},
        ),
    ],
)
def test_occupation_titles(text: str, expected: dict[str, str | None]) -> None:
    people = _people(text)
    for name, role in expected.items():
        assert (people.get(name) or "").lower() == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a bracket about what they do, not a title; a trade word that is a surname stays a name
        ("Acme: Kari Olsen (bookkeeping questions only) called.", {"Kari Olsen": None}),
        ("Initech: Ada Brun (met her at the nursing expo) is keen.", {"Ada Brun": None}),
        ("Umbrella: Tom Baker (owner) and Sue Cook (CFO) signed off.", {"Tom Baker": "owner", "Sue Cook": "CFO"}),
    ],
)
def test_occupation_near_misses(text: str, expected: dict[str, str | None]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "account"),
    [
        # a bare "NEW" (or "New") tag heads the note, the new firm after it
        ("NEW - Harlow Kiln Works, not in the CRM. Pia Dahl (owner) wants 3 seats.", "Harlow Kiln Works"),
        ("NEW: Tessaly Foods. Bo Lind (CFO) is keen on GTX Basic.", "Tessaly Foods"),
        ("New - Brisk Valley Dairy (not in crm). Spoke to Ole Rask, herd manager.", "Brisk Valley Dairy"),
        # the tag spelled out, no known account named anywhere
        ("New prospect: Harbour Kilns - Jo Hart (CFO) keen on a pilot.", "Harbour Kilns"),
        # ... and when a known account is named, the tagged new firm is still the deal's
        ("NEW - Corrin Labs, not in CRM. Their buyer used us at Initech.", "Corrin Labs"),
    ],
)
def test_new_tag_names_the_prospect(text: str, account: str) -> None:
    assert _read(text).account == account


@pytest.mark.parametrize(
    ("text", "account"),
    [
        # near misses: a person after the tag, no firm after it, or a firm whose name starts with "New"
        ("New: Jo Hart (CFO) called, wants a demo.", None),
        ("New lead: Ida Moss. She runs a workshop in town.", None),
        ("NEW - pricing agreed with Acme today.", "Acme"),
        ("New pricing for Initech: 12k for 5 seats.", "Initech"),
    ],
)
def test_new_tag_near_misses(text: str, account: str | None) -> None:
    assert _read(text).account == account


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # an adverb between the move and the stage: "straight", "directly", "right"
        ("Acme: budget confirmed, put it straight in Engaging.", "Engaging"),
        ("Initech: moving it directly to Engaging, demo went well.", "Engaging"),
        ("Umbrella: bumping the opp right up to Engaging.", "Engaging"),
        ("Acme: new record, logged it straight in as Prospecting.", "Prospecting"),
    ],
)
def test_stage_move_with_adverb(text: str, stage: str) -> None:
    assert _read(text).stage == stage


@pytest.mark.parametrize(
    "text",
    [
        # near misses: held back, on a condition, or "engaging" as a verb after the move
        "Acme: not putting it straight into Engaging yet.",
        "Initech: if the demo lands I'll move it straight to Engaging.",
        "Umbrella: they put it straight into engaging their field reps.",
    ],
)
def test_stage_move_with_adverb_near_misses(text: str) -> None:
    assert _read(text).stage is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title, then how they came to the post: "sent here to", "hired to", "transferred from"
        ("Acme: Lena Voss is the new clerk sent over to help with billing.", {"Lena Voss": "clerk"}),
        ("Initech: Tom Reyes is their ops manager hired to fix the depots.", {"Tom Reyes": "ops manager"}),
        ("Umbrella: Ida Moss is the buyer transferred from their old depot.", {"Ida Moss": "buyer"}),
        # near misses: "hired" before the title, and a title of several words with no clause after, stay whole
        ("Acme: Jo Hart (newly hired CFO) joined the call.", {"Jo Hart": "newly hired CFO"}),
        ("Initech: Ben Cole (head of field service) wants it.", {"Ben Cole": "head of field service"}),
    ],
)
def test_title_then_how_they_came(text: str, expected: dict[str, str | None]) -> None:
    assert _people(text) == expected
