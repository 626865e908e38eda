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


@pytest.mark.parametrize(("text", "before"), [
    ("did my win rate improve in Q3?", "q2 2017"),
    ("did sales pick up for me in October", "september 2017"),
    ("has the team's revenue dropped in Q4?", "q3 2017"),
])  # fmt: skip
def test_whether_a_figure_moved_in_one_period_is_asked_against_the_one_before(
    gazetteer: Gazetteer, text: str, before: str
) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and question.sides[0] == {"period": before}, question


@pytest.mark.parametrize("text", [
    "which deals slipped in Q3?",
    "how many deals did I lose to a price drop in Q4",
    "which of my reps improved the most in Q4",
    "which sector did we drop the most deals in during Q2?",  # the verb has an object: deals lost, not a trend
    "did my win rate improve in H2?",  # no month or quarter: what it moved from is not said
])  # fmt: skip
def test_a_movement_word_that_asks_no_trend_of_one_period(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert not (question.style == "compare" and all("period" in s for s in question.sides)), question
