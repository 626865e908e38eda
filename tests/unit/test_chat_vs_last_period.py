"""A period one unit back with nothing before "vs"/"than"/"compared to" is set against the running one: "how am I
doing vs last quarter" was refused as off-topic, though "this quarter vs last quarter" was answered. Found by asking
the demo."""

from __future__ import annotations

import pytest

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import ask


@pytest.mark.parametrize(("text", "sides"), [
    ("how am i doing vs last quarter", ("this quarter", "last quarter")),
    ("am i doing better than last quarter?", ("this quarter", "last quarter")),
    ("how are we tracking vs last month", ("this month", "last month")),
    ("my win rate compared to the previous year", ("this year", "previous year")),
])  # fmt: skip
def test_the_running_period_is_the_other_side(gazetteer: Gazetteer, text: str, sides: tuple[str, str]) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and tuple(s["period"] for s in question.sides) == sides, question


def test_two_named_periods_are_read_as_before(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "won revenue in Q2 vs Q3")
    assert tuple(s["period"] for s in question.sides) == ("q2", "q3"), question
