"""Round 61: a digit with a spoken half before its scale ("9 and a half k") is one figure, not 500; a person typed
in lower case and given a capitalised title after a comma ("jonas berg, their CFO") is a contact."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import extract_update
from memory.extract.numbers import find_money


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("budget agreed at 7 and a half k for the pilot", 7500),
        ("they can stretch to 14 and a half thousand dollars", 14500),
        ("renewal lands around 2 and a half grand", 2500),
    ],
)
def test_digit_and_a_half_scale_is_one_figure(text: str, value: float) -> None:
    assert [m.value for m in find_money(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "rollout takes 3 and a half weeks, then training",
        "we spoke for 2 and a half hours about the pilot",
    ],
)
def test_digit_and_a_half_without_scale_is_no_money(text: str) -> None:
    assert find_money(text) == []


def _contacts(text: str) -> list[tuple[str, str | None]]:
    update = extract_update(text, now=date(2017, 5, 10), accounts=["Acme", "Initech"])
    return [(c["name"], c["role"]) for c in update.contacts]


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("acme voice note. jonas berg, their CFO. wants the GTX Pro order signed by june", ("Jonas Berg", "CFO")),
        ("initech call - ana ruiz, she's VP Sales, asked for the MG Special pricing", ("Ana Ruiz", "VP Sales")),
        ("acme: mei chen, the CTO, is pushing for a pilot in Q3", ("Mei Chen", "CTO")),
    ],
)
def test_a_lower_case_name_with_a_title_after_a_comma(text: str, contact: tuple[str, str]) -> None:
    assert contact in _contacts(text)


@pytest.mark.parametrize(
    "text",
    [
        "acme call. we sent the deck, their CFO liked it. GTX Pro at 4,821",
        "initech: after the call, the CFO asked for net 60 terms",
        "we still need speed dial phones, their IT group will install them",  # Enron: running prose
        "within the period referenced above, the Buyer shall pay the invoice",
        "lobbying on the rescue package, the Senate President said no",
    ],
)
def test_plain_words_before_a_title_are_no_person(text: str) -> None:
    assert _contacts(text) == []
