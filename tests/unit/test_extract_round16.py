"""Round 16 extract classes: a vague date pinned down straight after, a function inside a function as a role,
calendar words that are given names, a paper wanted first or a retry promised as the next step, a short
account name with its legal suffix in lower case, and a first name we tried to reach."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 11, 7)
ACCOUNTS = ["Finjob", "Globex Corporation", "Initech Inc", "Scottech"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob: she wants it signed before their fiscal year-end, so by Dec 20.", date(2017, 12, 20)),
        ("Finjob decision due end of quarter, that's by December 12.", date(2017, 12, 12)),
        ("Finjob wants the contract wrapped up before the holidays, meaning by 18 December.", date(2017, 12, 18)),
        # hard negatives: no restatement, or the later date is no deadline
        ("Finjob wants it wrapped up before year-end.", date(2017, 12, 31)),
        ("Finjob signs end of November, so by January the crew is trained on it and live.", date(2017, 11, 30)),
    ],
)
def test_vague_close_date_pinned_down(text: str, expected: date) -> None:
    assert read_note(text, NOW, ACCOUNTS).close_date == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Finjob: Pia Lund in IT procurement wants a quote.", "Pia Lund", "IT procurement"),
        (
            "Finjob: spoke to Omar Haddad from finance operations about the renewal.",
            "Omar Haddad",
            "finance operations",
        ),
        ("Finjob: Pia Lund in IT says yes.", "Pia Lund", "IT"),  # the function alone stays as it was
        ("Finjob: Pia Lund in procurement, happy with the terms.", "Pia Lund", "procurement"),
    ],
)
def test_function_inside_function_role(text: str, name: str, role: str) -> None:
    assert contact_roles(read_note(text, NOW, ACCOUNTS)).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Finjob signed. Sunday Okoro (CFO) wants the invoice.", "Sunday Okoro", "CFO"),
        ("Finjob: June Halvorsen, head of ops, will sign.", "June Halvorsen", "head of ops"),
        ("Finjob call with April Nakamura (procurement lead) went well.", "April Nakamura", "procurement lead"),
    ],
)
def test_calendar_word_given_names(text: str, name: str, role: str) -> None:
    assert contact_roles(read_note(text, NOW, ACCOUNTS)).get(name) == role


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: on Sunday Kiera Blackwood (CFO) confirmed.",
        "Finjob: since June Kiera Blackwood (CFO) owns it.",
        "May God bless. Finjob: Kiera Blackwood (CFO) confirmed.",
        "Finjob: demo booked for next Monday. Kiera Blackwood (CFO) joins.",
    ],
)
def test_calendar_word_before_a_name_is_a_date(text: str) -> None:
    assert contact_roles(read_note(text, NOW, ACCOUNTS)) == {"Kiera Blackwood": "CFO"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Finjob: Ana Ruiz likes it. needs our security whitepaper first, going out tomorrow.", "whitepaper"),
        ("Finjob, Ana Ruiz (CTO). Wants the pricing breakdown first before any call.", "pricing breakdown"),
        ("Finjob - rang Ana twice, no luck. I'll try her again Monday.", "Monday"),
        ("Finjob: nobody picked up, will try them again after the holidays.", "holidays"),
    ],
)
def test_next_step_paper_first_or_retry(text: str, word: str) -> None:
    step = read_note(text, NOW, ACCOUNTS).next_step
    assert step is not None and word.lower() in step.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Finjob: Ana Ruiz liked the first demo a lot. Budget is fine.",
        "Finjob: we tried hard on price and they accepted.",
    ],
)
def test_no_next_step_without_ask_or_retry(text: str) -> None:
    assert read_note(text, NOW, ACCOUNTS).next_step is None


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("fyi globex corp moved to engaging after the call.", "Globex Corporation"),
        ("quick one: spoke to initech inc. about seats, 20k.", "Initech Inc"),
        ("met the globex corporation buyer today, 12k", "Globex Corporation"),
        ("an umbrella agreement with globex is the plan", None),  # lower case, no suffix, not heading
    ],
)
def test_short_account_with_suffix_in_lower_case(text: str, account: str | None) -> None:
    assert read_note(text, NOW, ACCOUNTS).account == account


@pytest.mark.parametrize(
    ("text", "contacts"),
    [
        ("Finjob - left a voicemail for Idris, no answer.", {"Idris": None}),
        ("Finjob: no reply again from Dana, will chase Friday.", {"Dana": None}),
        ("Scottech: left a message with Tomasz about the quote.", {"Tomasz": None}),
        ("Finjob: left a voicemail for our team, no answer.", {}),  # nobody named
        ("Finjob: left a voicemail for Lena Ostrova to pass on.", {}),  # our own rep
        ("Finjob: Tomasz called, budget approved.", {}),  # a first name with no cue stays out
    ],
)
def test_first_name_we_tried_to_reach(text: str, contacts: dict[str, str | None]) -> None:
    assert contact_roles(read_note(text, NOW, ACCOUNTS)) == contacts
