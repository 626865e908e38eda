"""Round 17 extract classes: a sign-off rule's threshold is no deal value, a stage said as a qualified state
("only Prospecting at this point"), a figure of speech or a later "nothing further planned" is no next step,
abbreviated weekdays and months are no names, a title with an abbreviated word ("fin. controller"), and a
possessive first name of a person named in full ("Henrik's team")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 10, 10)
ACCOUNTS = ["Finjob", "Globex Corporation", "Scottech"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob: they accept our 18,400 quote. Any purchase over 10k goes to their CFO first.", 18_400),
        ("Finjob wants 4 seats for $12,950. Purchases above $5,000 need two signatures there.", 12_950),
        ("Scottech at 41k. Everything over $20k is signed off by the board, meeting in November.", 41_000),
        ("Finjob: the approval threshold is 15k, our number is 22,300.", 22_300),
        # hard negatives: a figure said as the deal's own, or the only figure
        ("Finjob: a little over 30k for the seats, signing Friday.", 30_000),
        ("Finjob budget approved, deal at 25k.", 25_000),
    ],
)
def test_sign_off_threshold_is_no_amount(text: str, expected: int) -> None:
    assert read_note(text, NOW, ACCOUNTS).amount == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob: met their ops lead. They're just Prospecting at this point, no budget yet.", "Prospecting"),
        ("Scottech: it's only Engaging for now, nothing signed.", "Engaging"),
        ("Finjob, first call went fine; they're currently Prospecting.", "Prospecting"),
        # hard negatives: the verb, not the stage
        ("Finjob: they're only prospecting for vendors at this point.", None),
        ("Scottech: we're just engaging with their IT team this week.", None),
    ],
)
def test_stage_as_a_qualified_state(text: str, expected: str | None) -> None:
    assert read_note(text, NOW, ACCOUNTS).stage == expected


@pytest.mark.parametrize(
    "text",
    [
        "Finjob call. Dana: I'll be honest with you, we picked Lumora. Marked Lost.",
        "Scottech: Omar said let's be frank, the budget is gone this year.",
        "Finjob: I'll send the recap tonight. Update Friday: they went with Quorvia, nothing further planned.",
        "Scottech: we'll chase Omar on Monday. Later: Omar rang back, they chose Lumora. No further follow-ups.",
    ],
)
def test_no_next_step(text: str) -> None:
    assert read_note(text, NOW, ACCOUNTS).next_step is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Finjob: I'll be brief. I'll send the pricing sheet tomorrow.", "pricing"),
        ("Finjob: no further action needed on the DPA; I'll book the demo for Tuesday.", "demo"),
        ("Scottech: nothing further planned until Q1, then I'll call Omar about the renewal.", "renewal"),
    ],
)
def test_next_step_kept(text: str, word: str) -> None:
    step = read_note(text, NOW, ACCOUNTS).next_step
    assert step is not None and word in step


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob | GTK 500 | $9,100 | close Thu | Mira Stanek, CFO | NS: send order form", {"Mira Stanek": "CFO"}),
        ("Finjob: call moved to Wed. Mira Stanek (CFO) still keen.", {"Mira Stanek": "CFO"}),
        ("Finjob - decision after Sept 30 board. Mira Stanek (CFO) owns it.", {"Mira Stanek": "CFO"}),
        # hard negatives: a real given name stays a name
        ("Finjob: Jan Kowalski (CFO) owns it.", {"Jan Kowalski": "CFO"}),
        ("Finjob: Sun Li (procurement lead) wants the quote.", {"Sun Li": "procurement lead"}),
    ],
)
def test_weekday_and_month_abbreviations_are_no_names(text: str, expected: dict[str, str]) -> None:
    assert contact_roles(read_note(text, NOW, ACCOUNTS)) == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Finjob: Mira Stanek, asst. controller, wants the DPA.", "Mira Stanek", "asst. controller"),
        ("Scottech | Omar Haddad, sr. mgr procurement | 12k", "Omar Haddad", "sr. mgr procurement"),
        ("Finjob: spoke to Mira Stanek (Dir. Finance) today.", "Mira Stanek", "Dir. Finance"),
        # hard negatives: the dot ends the sentence
        ("Finjob: Mira Stanek, IT dir. Wants it by May.", "Mira Stanek", "IT dir"),
        ("Finjob: Mira Stanek, head of ops. She signs Friday.", "Mira Stanek", "head of ops"),
    ],
)
def test_title_with_abbreviated_word(text: str, name: str, role: str) -> None:
    assert contact_roles(read_note(text, NOW, ACCOUNTS)).get(name) == role


@pytest.mark.parametrize(
    "text",
    [
        "Finjob signed. Mira Stanek (CFO) wants onboarding; I'll set up the kickoff with Mira's team.",
        "Finjob: Mira Stanek (CFO) approved. Next: send the invoice to Mira’s assistant.",
        "Finjob: Mira Stanek (CFO) is in. Booking the training sessions with Mira next week.",
    ],
)
def test_possessive_first_name_is_the_full_name(text: str) -> None:
    assert contact_roles(read_note(text, NOW, ACCOUNTS)) == {"Mira Stanek": "CFO"}


def test_possessive_first_name_alone_lends_no_role() -> None:
    # hard negative: the possessive's "role" is a thing of theirs, and a known role stays
    roles = contact_roles(
        read_note("Finjob: Mira Stanek likes it. Mira's, uh, finance team wants a demo.", NOW, ACCOUNTS)
    )
    assert roles == {"Mira Stanek": None}
