"""Chat readings behind qa_blind57's misses, each tried on other wordings and near misses: "the id + which product"
lists the deal; "earliest-engaged" orders by engage date; "my #1 customer ... who is it" ranks accounts; "..., and
my won $ this quarter" is a question of its own beside the ones before it."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import answer, ask


@pytest.mark.parametrize("text", [
    "the earliest-engaged deal on my books that is still open - id + which account",
    "my earliest-engaged open deal, id and the product",
])  # fmt: skip
def test_the_first_engaged_deal_by_id(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "list" and question.sort == "oldest_engaged", question


def test_earliest_engaged_count_is_no_list(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many deals did I engage in march").style != "list"


@pytest.mark.parametrize(("text", "group"), [
    ("My #1 customer by won revenue this year - who is it and what did they total?", "account"),
    ("our top product in Q3, what was it and how much did it bring in?", "product"),
])  # fmt: skip
def test_my_top_spot_names_the_group(gazetteer: Gazetteer, text: str, group: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.group_by == group and question.top == 1, question


def test_who_is_top_still_ranks_reps(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "who is the top rep on my team by won revenue this year, and what did they total?")
    assert question.group_by == "rep", question


def test_and_my_figure_is_its_own_part(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "how many open deals do I have, what's their value, and my won $ this quarter")
    assert question.style == "multi" and len(question.parts) == 2, question
    assert question.parts[0].scope.get("stage") == "open" and "period" not in question.parts[0].scope, question
    reply = answer(seeded_engine, question.parts[0])
    assert " open deals" in reply and "$0 across 0" not in reply, reply


def test_and_my_name_inside_one_question_stays_one(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "compare Zane's win rate and my win rate this year").style == "compare"
