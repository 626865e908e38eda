"""Round 61: a digit with a spoken half before its scale ("9 and a half k") is one figure, not 500."""

from __future__ import annotations

import pytest

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
