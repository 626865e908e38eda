"""Classes behind the misses of the blind48 set (tests/evals/extract_blind48.jsonl), each with near-miss negatives:
a known rival's name typed with one slip or split in two, a rival being weighed though a person used it at an old
job, and the vowel-less field labels of a texted note ("cls dt:", "stg:", "nxt stp:")."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update
from memory.extract.typos import fix_typos

_NOW = date(2017, 4, 12)
_ACCOUNTS = ("Acme", "Initech", "Umbrella")


def _read(text: str) -> DealUpdate:
    return extract_update(text, now=_NOW, accounts=list(_ACCOUNTS))


@pytest.mark.parametrize(
    ("text", "rivals"),
    [
        # one slip of the keyboard in a known rival's name: a swap, a changed letter, a dropped one
        ("Initech picked Stakcline in the end, we lost it.", ["Stackline"]),
        ("Acme: the incumbent is tellurex, contract up in June.", ["Tellurix"]),
        ("Umbrella said quorva quoted them too.", ["Quorvia"]),
        # the name split in two words that join to exactly the name
        ("Acme is also looking at Bright Wave for the rollout.", ["Brightwave"]),
        ("Initech: kestrel crm came in cheaper, still evaluating.", ["Kestrel CRM"]),
    ],
)
def test_rival_typed_in_a_hurry(text: str, rivals: list[str]) -> None:
    assert _read(text).competitors == rivals


@pytest.mark.parametrize(
    "text",
    [
        # real words, or two slips away, are no rival's name
        "Acme saw kestrels nesting on the roof of the depot, fun chat.",
        "Initech climbed the north side, not the peak. Budget 12k.",
        "Umbrella's lumber yard needs 5 seats; stockline team leads on the call.",
        "Acme: brightness of the dashboards came up, nothing else.",
    ],
)
def test_near_names_are_no_rival(text: str) -> None:
    assert _read(text).competitors == []


def test_rival_weighed_though_used_at_an_old_job() -> None:
    text = "Acme is also talking to Lumora, mostly because Dana used it at her last job. Next: send the quote."
    assert _read(text).competitors == ["Lumora"]


def test_rival_named_only_for_an_old_job_still_left_out() -> None:
    text = "Acme: Lumora came up only because Dana used it at her last job. Next: send the quote."
    assert _read(text).competitors == []


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("cls dt: 5/5 | stg: engaging", "close date: 5/5 | stage: engaging"),
        ("Nxt stp: demo", "Next step: demo"),
        ("Cls dt : end of month", "Close date : end of month"),
    ],
)
def test_texted_labels_spelled_out(text: str, spelled: str) -> None:
    assert fix_typos(text) == spelled


@pytest.mark.parametrize(
    "text",
    [
        "the stg team met",  # no colon: not a label
        "cls dt 5/5",
        "see stp: 4",  # "stp" only after "next"
        "next stp-2 build",
    ],
)
def test_shorthand_not_a_label_kept(text: str) -> None:
    assert fix_typos(text) == text


def test_texted_note_read_through() -> None:
    update = _read("acme upd8 - cls dt: 28/4 | stg: engaging | nxt stp: send MSA b4 fri")
    assert (update.close_date, update.stage) == (date(2017, 4, 28), "Engaging")
    assert "MSA" in (update.next_step or "")


@pytest.mark.parametrize(
    "text",
    [
        # a group of a phone number, written with spaces, is no figure
        "Acme intro. Switchboard is 0161 4960 2233, ask for Priya. No pricing yet.",
        "Initech: reach Sam on +1 415 555 2671 after 3pm. Next: send deck.",
        # a bare figure counting the company's people is no deal value
        "Umbrella has ~3,400 employees across 12 sites; we haven't talked price.",
        "Acme, a 2,500-person logistics firm. Next: discovery call.",
    ],
)
def test_phone_groups_and_headcounts_are_no_amount(text: str) -> None:
    assert _read(text).amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # hard negatives: a bare figure outside a phone number, and a figure with a sign before a headcount word
        ("Acme: they approved 4500 for the pilot, call 0161 4960 2233.", 4500),
        ("Initech signed off $1,200 staff training on top, total 18,400 for the seats.", 18400),
        ("Umbrella: 14,250 for the 50 staff licences.", 14250),
    ],
)
def test_figures_beside_phones_and_staff_kept(text: str, amount: int) -> None:
    assert _read(text).amount == amount


def _people(text: str) -> dict[str, str | None]:
    return {str(c["name"]): c["role"] for c in _read(text).contacts}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # two titles held at once, joined by "and": both are the role
        (
            "Acme: spoke with Dana Whitfield (COO and acting CFO). Next: send terms.",
            "Dana Whitfield",
            "COO and acting CFO",
        ),
        (
            "Initech - met Raul Ortiz, who is both their controller and office manager.",
            "Raul Ortiz",
            "controller and office manager",
        ),
        (
            "Umbrella: Jo Banks, head of IT and their security lead, joined. Next: demo.",
            "Jo Banks",
            "head of IT and security lead",
        ),
    ],
)
def test_two_titles_at_once(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # hard negatives: after "and" a clause or a department, no second title
        (
            "Acme: spoke with Dana Whitfield (COO and she approved the pilot). Next: send terms.",
            "Dana Whitfield",
            "COO",
        ),
        (
            "Initech - met Raul Ortiz, their controller, and finance signed off. Next: invoice.",
            "Raul Ortiz",
            "controller",
        ),
    ],
)
def test_title_then_clause_keeps_one_title(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # a close date field given as a bare weekday: the coming one (now is a Wednesday)
        ("Acme: close date: thurs | next step: send order form", date(2017, 4, 13)),
        ("Initech. Decision date = Monday. Next: call Ana.", date(2017, 4, 17)),
        # hard negatives: another date field's weekday, and a weekday with its date written out
        ("Umbrella: start date: fri. Close by end of month.", date(2017, 4, 30)),
        ("Acme: close date: Fri 21/4.", date(2017, 4, 21)),
    ],
)
def test_close_date_field_as_weekday(text: str, close: date) -> None:
    assert _read(text).close_date == close


def test_other_date_field_weekday_is_no_close() -> None:
    assert _read("Initech: kickoff date: tue, no timing on the decision yet.").close_date is None


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a preposition opening the sentence is no person, though a who-clause's title follows
        ("Acme recap. On the call: Mia Sorensen, who is the CFO.", {"Mia Sorensen": "CFO"}),
        ("Initech. At the review: Jon Pike, who is their controller.", {"Jon Pike": "controller"}),
        # hard negatives: real short names still read
        ("Umbrella: Li Na (CTO) and Bo (ops lead) joined.", {"Li Na": "CTO", "Bo": "ops lead"}),
        ("Acme: On Monday, Ana Ruiz (VP Ops) agreed the terms.", {"Ana Ruiz": "VP Ops"}),
    ],
)
def test_opening_preposition_is_no_person(text: str, people: dict[str, str]) -> None:
    assert _people(text) == people


def test_second_title_cut_off_is_no_joint_title() -> None:
    assert _people("Acme: Ken Ray (Chairman and Managing) signed.").get("Ken Ray") == "Chairman"
