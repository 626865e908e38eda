"""Chat readings behind qa_blind53's misses, each tried on other wordings and near misses: the reps with no deals
set aside from a bottom-N ranking; deals started engaging set beside deals closed "(won+lost)" in one period; a rep's
slice of "the team's" figure; "what's that per rep" over the reps who have deals; an open pipeline with prospecting
left out is the engaging one."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import answer, ask


@pytest.mark.parametrize("text", [
    "bottom 3 reps company-wide on won revenue this year, skip the people who have no deals at all",
    "lowest 2 reps on win count in Q3 - ignoring reps with zero deals",
])  # fmt: skip
def test_reps_with_no_deals_set_aside_from_a_bottom_ranking(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.ascending and "deals>=1" in question.having, question
    assert question.top in (2, 3), question


def test_a_bottom_ranking_alone_keeps_the_empty_reps(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "bottom 3 reps company-wide on won revenue this year")
    assert question.style == "ranking" and not question.having, question


@pytest.mark.parametrize(("text", "stage"), [
    ("in october how many deals did i start engaging vs how many did i close (won+lost)?", "closed"),
    ("West office in Q2: deals engaged during the quarter, and deals closed (won or lost) during it", "closed"),
    ("deals that began engaging in march vs deals won in march", "won"),
])  # fmt: skip
def test_engaged_beside_closed_in_one_period(gazetteer: Gazetteer, text: str, stage: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and question.sides[0] == {"date_field": "engage"}, question
    assert question.sides[1].get("stage") == stage, question


def test_a_cohort_engaged_then_closed_is_one_figure(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "of the deals I started engaging in october, how many did I eventually close").style != (
        "compare"
    )


@pytest.mark.parametrize("text", [
    "Kami's slice of the team's Q3 won revenue - what percent was hers?",
    "what percent of the team's 2017 wins were Zane's?",
])  # fmt: skip
def test_a_reps_slice_of_the_team(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "share" and question.scope.get("owner") == "my team", question
    assert question.sides[0].get("owner") in ("Kami Bicknell", "Zane Levy"), question


def test_what_is_that_per_rep_over_the_reps_with_deals(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "how many deals did the West office win in Q3, and what's that per rep if you only "
                              "count the reps who actually have deals?")  # fmt: skip
    assert question.style == "ranking" and question.per_group and question.having == ("deals>=1",), question
    assert "per rep over" in answer(seeded_engine, question)


def test_what_is_that_per_rep_counts_every_rep_by_default(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "how much did the East office book in Q2, what's that per rep?")
    assert question.per_group and not question.having, question


@pytest.mark.parametrize(("text", "stage"), [
    ("open pipeline for me, but leave out anything still in Prospecting", "engaging"),
    ("my open pipe value excluding engaging", "prospecting"),
    ("my open deals not counting the engaging ones", "prospecting"),
])  # fmt: skip
def test_open_with_one_stage_left_out_is_the_other(gazetteer: Gazetteer, text: str, stage: str) -> None:
    question = ask(gazetteer, text)
    assert question.scope.get("stage") == stage and "breakdown" not in question.measures, question


def test_every_stage_named_is_still_a_breakdown(gazetteer: Gazetteer) -> None:
    assert "breakdown" in ask(gazetteer, "my deals: won, lost, engaging and prospecting counts").measures


@pytest.mark.parametrize(("text", "top", "ascending"), [
    ("who are the 2 lowest earners this year", 2, True),
    ("who was the top earner in Q3", 1, False),
    ("top 3 money makers on my team this quarter", 3, False),
])  # fmt: skip
def test_earners_rank_reps_by_won_revenue(gazetteer: Gazetteer, text: str, top: int, ascending: bool) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.group_by == "rep", question
    assert question.measures[:1] == ("won_revenue",) and question.top == top and question.ascending == ascending


@pytest.mark.parametrize(("text", "top", "sort"), [
    ("my 3 largest wins", 3, "largest"),
    ("show me my four biggest losses this year", 4, "largest"),
    ("my top 3 deals by value this year", 3, "largest"),
    ("my 5 oldest open deals", 5, "oldest_engaged"),
])  # fmt: skip
def test_several_deals_at_the_top_of_an_order(gazetteer: Gazetteer, text: str, top: int, sort: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "list" and question.top == top and question.sort == sort, question


@pytest.mark.parametrize("text", ["my biggest win this year", "top 3 reps by won revenue", "my top 3 accounts"])
def test_one_deal_or_a_ranking_of_groups_stays_so(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert not (question.style == "list" and (question.top or 1) > 1), question
