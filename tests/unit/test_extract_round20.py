"""Round 20 extract classes: the customer's wish to have the deal finished by a date ("she'd like it done and
dusted by April"), a new record entered under a stage ("putting it in as Prospecting"), a signature that waits on
another paper ("he'll sign Monday once their DPA review is done"), and a lower-case name with its role in
brackets after the word that introduces it ("verbal yes from darius fenwright (head of support)")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract_notes import contact_roles, read_note

NOW = date(2017, 10, 10)  # a Tuesday
ACCOUNTS = ["Finjob", "Globex Corporation", "Scottech"]


def _close(text: str) -> str | None:
    got = read_note(text, NOW, ACCOUNTS).close_date
    return got.isoformat() if got else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob: Dana says she'd like it sorted by the end of November, before their budget freeze.", "2017-11-30"),
        ("Scottech call. He would like it over the line by 15 December.", "2017-12-15"),
        ("Globex: they'd like it done and dusted by mid-November so the team can start in January.", "2017-11-15"),
        # hard negatives: our own wish, or the product working by a date (a go-live, not the deal)
        ("Finjob: we'd like it sorted by Friday, so I'll chase the quote.", None),
        ("Scottech: I'd like it sorted by the 20th.", None),
        ("Globex: she'd like it working by the 20th for the pilot.", None),
    ],
)
def test_customer_wants_the_deal_finished_by_a_date(text: str, expected: str | None) -> None:
    assert _close(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lead from the trade show: Scottech. Putting it in as Engaging.", "Engaging"),
        ("Finjob: early days, put it down as Prospecting for now.", "Prospecting"),
        ("Globex: logged it in as Prospecting after the intro call.", "Prospecting"),
        # hard negatives: a stage held back or on a condition, or no stage at all
        ("Finjob: not putting it in as Engaging yet.", None),
        ("Scottech: I'll put it in as Engaging if the demo lands.", None),
        ("Globex: put it in as a favour to Dana.", None),
    ],
)
def test_record_entered_under_a_stage(text: str, expected: str | None) -> None:
    assert read_note(text, NOW, ACCOUNTS).stage == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finjob: verbal yes. Dana will sign on Friday 20 October once the NDA review is done.", "2017-10-20"),
        ("Scottech: he'll sign next tue after their DPA redlines are back.", "2017-10-17"),
        ("Globex: they sign by the 27th pending the security questionnaire.", "2017-10-27"),
        # hard negatives: the other paper is the one signed
        ("Finjob: she'll sign the NDA on Friday once legal approves.", None),
        ("Scottech: the DPA gets signed next Tuesday after legal review.", None),
    ],
)
def test_signature_waiting_on_another_paper(text: str, expected: str | None) -> None:
    assert _close(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("finjob - call with omar haddad (cfo), wants 10 seats", {"Omar Haddad": "cfo"}),
        ("scottech: email from priya nair (head of it) asking for the quote", {"Priya Nair": "head of it"}),
        ("globex update, met dana kerr (ops manager) at the expo", {"Dana Kerr": "ops manager"}),
        # hard negatives: a three-word name stays whole; a lone first name after "from" is no "From Omar"; a
        # bracketed clause is no role
        ("finjob: spoke to ana maria lopez (cfo) about seats", {"Ana Maria Lopez": "cfo"}),
        ("scottech: verbal ok from omar (cfo), paper to follow", {}),
        ("globex: they hope to sell out (if it ain't sold out already)", {}),
    ],
)
def test_lower_case_name_with_bracketed_role_after_its_introduction(text: str, expected: dict[str, str]) -> None:
    assert contact_roles(read_note(text, NOW, ACCOUNTS)) == expected
