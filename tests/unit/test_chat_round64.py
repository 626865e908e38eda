"""Chat readings found this session, each tried on several wordings and near misses: "which reps <did something>" with
no word that ranks lists every rep it is true of; "sold" is a won deal; numbered items after a lead that asks nothing
are each a question."""

from __future__ import annotations

import pytest

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import ask


@pytest.mark.parametrize("text", [
    "which reps won deals at Konex, and the total",
    "what sellers have closed anything with Hottechi this year",
    "which of our reps booked a GTK 500 in 2017",
])  # fmt: skip
def test_which_reps_did_it_lists_every_one(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.group_by == "rep" and question.top is None, question


@pytest.mark.parametrize(("text", "top"), [
    ("which reps won the most deals at Konex", 5),
    ("which reps closed the biggest deals this year", 5),
    ("which rep won at Konex first", 1),
])  # fmt: skip
def test_which_reps_with_a_word_that_ranks_stay_ranked(gazetteer: Gazetteer, text: str, top: int) -> None:
    question = ask(gazetteer, text)
    assert question.group_by == "rep" and question.top == top, question


@pytest.mark.parametrize("text", [
    "which reps sold any GTK 500 this year",
    "how many MG Special did we sell in Q3",
    "which accounts did I sell to in Q3",
])  # fmt: skip
def test_sold_is_won(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("stage") == "won", text


@pytest.mark.parametrize("text", ["how many open deals do I have at Konex", "my pipeline with the GTK 500"])
def test_no_selling_word_no_won_stage(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("stage") != "won", text


@pytest.mark.parametrize(("text", "parts"), [
    ("quick one before my 1:1 - (1) my Q3 wins (2) my open pipeline", 2),
    ("prepping for monday. 1) open deals 2) my win rate this year", 2),
    ("for the forecast call: 1) my team's win rate this qtr 2) open deals over 5k 3) top closer", 3),
])  # fmt: skip
def test_numbered_items_after_a_lead_are_each_a_question(gazetteer: Gazetteer, text: str, parts: int) -> None:
    question = ask(gazetteer, text)
    assert question.style == "multi" and len(question.parts) == parts, question
