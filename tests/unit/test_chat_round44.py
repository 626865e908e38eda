"""Chat readings behind qa_blind44's miss (written by someone who never saw the code), tried on other wordings and
near misses: a stage hyphened to its noun ("lost-deal count", "won-opp total") and a period asked again with "then
the same for"."""

from __future__ import annotations

import pytest

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import ask


@pytest.mark.parametrize(("text", "stage"), [
    ("my won-deal count for H1?", "won"),
    ("lost-opp tally for the team this year", "lost"),
    ("open-deal count at Kan-code", "open"),
])  # fmt: skip
def test_a_stage_hyphened_to_its_noun(gazetteer: Gazetteer, text: str, stage: str) -> None:
    question = ask(gazetteer, text)
    assert question.scope.get("stage") == stage and question.measures == ("deals",), question


def test_a_hyphened_word_that_is_no_stage_noun_stays_whole(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how much did I win in an open-book tender").scope.get("stage") != "open"


@pytest.mark.parametrize("text", [
    "my win rate in Q1, then the same for Q2?",
    "won revenue for the team in October, then the same for December pls",
])  # fmt: skip
def test_a_period_asked_again_with_then_the_same_for(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and all("period" in s for s in question.sides), question


def test_then_between_two_different_asks_is_no_period_comparison(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "what did I win in Q3 and then what's open for Q4").style != "compare"
