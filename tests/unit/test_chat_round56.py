"""Chat readings behind qa_blind56's misses, each tried on other wordings and near misses: the deals asked by their
ids ("ids + count", "id + account") are listed, never bucketed by a month a remark names; "my average closed-won GTX
Pro deal" is the mean win; where a named rep stands among the reps; groups closed with but never won; how many
groups had no win in a period."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import answer, ask


@pytest.mark.parametrize("text", [
    "bad week. which deals did I lose in october? ids + count",
    "which of my open deals has been engaged the longest? id + account",
    "my wins at Konex this year, deal ids and amounts",
])  # fmt: skip
def test_deals_asked_by_their_ids_are_listed(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "list"


@pytest.mark.parametrize("text", [
    "id like to know my win rate this quarter",  # "I'd", not an id
    "how many deals did I lose in october",
])  # fmt: skip
def test_no_ids_asked_no_list(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style != "list"


def test_the_longest_engaged_deal_by_id(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "which of Zane's open deals has been engaged the longest? id + account")
    assert question.style == "list" and question.sort == "oldest_engaged", question


@pytest.mark.parametrize("text", [
    "whats my average closed-won GTX Pro deal worth?",
    "average won MG Special deal for me this year",
])  # fmt: skip
def test_the_mean_win_with_the_product_between(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).measures[:1] == ("avg_won_size",)


def test_a_won_rate_on_a_product_is_no_deal_size(gazetteer: Gazetteer) -> None:
    assert "avg_won_size" not in ask(gazetteer, "my won rate on GTX Pro deals this year").measures


@pytest.mark.parametrize(("text", "rep"), [
    ("where does Zane Levy stand in the team for won rev this year?", "Zane Levy"),
    ("how does Kami rank on the team by win rate this year", "Kami Bicknell"),
])  # fmt: skip
def test_where_a_named_rep_stands(gazetteer: Gazetteer, seeded_engine: Engine, text: str, rep: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "standing" and question.sides == ({"owner": rep},), question
    assert answer(seeded_engine, question).startswith(f"{rep} is #"), answer(seeded_engine, question)


def test_where_i_stand_is_still_me(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "where do I stand in my office on won revenue this year").sides == ({"owner": "me"},)


@pytest.mark.parametrize("text", [
    "any accounts where every deal i've closed was a loss?",
    "last quarter, which customers did I close deals with but never win anything from?",
    "of the accounts I closed deals with in Q3, which ones did I only ever lose at?",
])  # fmt: skip
def test_closed_with_but_never_won(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.scope.get("stage") == "closed", question
    assert question.having == ("won=0", "deals>=1"), question


@pytest.mark.parametrize("text", [
    "which accounts have I never won anything from",  # every account of mine without a win, closed or not
    "which accounts did I close the most deals with",
])  # fmt: skip
def test_never_won_alone_or_most_closed_is_not_closed_unwon(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).having != ("won=0", "deals>=1")


def test_how_many_groups_had_no_win(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "how many accounts in the CRM didnt get a single won deal in October?")
    assert question.group_by == "account" and question.having == ("deals=0",), question
    assert " accounts with no won deals: " in answer(seeded_engine, question)


def test_how_many_deals_is_still_a_count(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many deals did I win in October?").group_by is None
