"""Chat readings behind qa_blind48's misses (written by someone who never saw the code), each tried on other
wordings and near misses: the median and the mean asked together; "engage->close"; products listed with slashes and
"each of those"; "for this quarter and for the quarter before it"; three reps set against each other with a period
after them; deals engaged in a period set beside deals closed in it; the reps below (above) the team's own average;
"which of my reps have nothing open"; "of the reps that still have open deals, which two have the fewest"; a
greeting before a question that is not ours."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.parser import tool_calls
from tests.unit.test_chat_rates_side_by_side import answer, ask


@pytest.mark.parametrize("text", [
    "my median won deal this year, and the plain average too?",
    "median vs mean won deal size for my team in Q3",
])  # fmt: skip
def test_the_median_and_the_mean_asked_together(gazetteer: Gazetteer, text: str) -> None:
    assert {"median_won_size", "avg_won_size"} <= set(ask(gazetteer, text).measures)


def test_the_median_alone_stays_alone(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "what's my median won deal? the average is skewed by a few big ones").measures == (
        "median_won_size",
    )


@pytest.mark.parametrize("text", ["avg # of days engage->close on my wins in Q3?", "engage → close, my average in Q2"])
def test_an_arrow_between_the_cycle_ends(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).measures == ("avg_cycle_days",)


@pytest.mark.parametrize("text", [
    "GTK 500 / MG Special / GTX Basic - how much won revenue have I got on each of those three?",
    "win rate for MG Special and GTX Basic respectively?",
])  # fmt: skip
def test_a_figure_asked_of_each_product_named(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and all("product" in side for side in question.sides), question


def test_each_with_nothing_named_still_splits(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "what's my won revenue on each product?")
    assert question.style == "ranking" and question.group_by == "product", question


def test_a_period_and_the_one_before_it_said_with_and_for(gazetteer: Gazetteer) -> None:
    question = read_message(
        "I'm putting together my review - my win rate for this quarter and for the quarter before it?",
        gazetteer,
        date(2017, 6, 30),
    )
    assert question.style == "compare" and len(question.sides) == 2, question


def test_two_periods_added_up_stay_one_figure(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "won revenue in Q2 and Q3 combined").style != "compare"


def test_reps_set_against_each_other_with_a_period_after_them(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "Wilburn vs Rosie vs Violet, won revenue last month. who's ahead?")
    assert [side.get("owner") for side in question.sides] == ["Wilburn Farren", "Rosie Papadopoulos",
                                                              "Violet Mclelland"], question  # fmt: skip
    assert question.scope.get("period") == "last month"


@pytest.mark.parametrize(("text", "stage"), [
    ("engaged vs closed-won in october for me? two numbers", "won"),
    ("East office: deals engaged in Q4 vs deals lost in Q4", "lost"),
])  # fmt: skip
def test_deals_engaged_beside_deals_closed_in_one_period(gazetteer: Gazetteer, text: str, stage: str) -> None:
    question = ask(gazetteer, text)
    assert question.sides == ({"date_field": "engage"}, {"stage": stage, "date_field": "close"}), question


@pytest.mark.parametrize("text", [
    "deals I first engaged in Q1 and eventually won - what did they average?",
    "of the deals engaged in Q3, how many went on to be won?",
])  # fmt: skip
def test_one_cohort_engaged_then_won_is_no_side_by_side(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style != "compare"


def test_engaged_and_then_won_split_in_two_questions(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "For my team, December: how many new deals were engaged, and how many were won?")
    assert [p.scope.get("date_field") for p in question.parts] == ["engage", "close"], question


def test_the_reps_below_the_team_average_are_named_with_it(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "which reps on my team are below the team average for won revenue this year?")
    assert question.style == "against" and question.per_group and question.ascending, question
    assert tool_calls(question)[0].args["having"] == ["won_revenue<mean"]
    assert ask(gazetteer, "who's above our team's average win rate?").ascending is False


def test_a_rep_against_another_is_not_the_team_average(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "who on my team has booked more than Darcel?")
    assert question.style == "against" and not question.per_group, question


def test_the_team_average_answer_names_only_those_past_it(seeded_engine: Engine, gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "which reps on my team are below the team average for won revenue this year?")
    text = answer(seeded_engine, question)
    assert "below the team average" in text and "the team average won revenue is $" in text, text


@pytest.mark.parametrize("text", [
    "which of my reps have nothing open at all right now? list them",
    "who on my team has no won deals in Q4?",
])  # fmt: skip
def test_the_empty_ones_picked_out_are_those_alone(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.having == ("deals=0",), question


@pytest.mark.parametrize("text", [
    "who's on my team, and which of them have nothing open?",
    "which reps had the most wins this quarter? ignore anyone with no wins",
])  # fmt: skip
def test_the_whole_team_or_a_ranking_is_no_pick_of_the_empty(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.having != ("deals=0",), question


def test_the_fewest_among_those_with_some(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "of the reps on my team that still have open deals, which two have the thinnest book?")
    assert question.top == 2 and question.ascending and question.having == ("deals>=1",), question


def test_how_many_reps_have_open_deals_is_no_bar(gazetteer: Gazetteer) -> None:
    assert "deals>=1" not in ask(gazetteer, "how many reps on my team have open deals?").having


@pytest.mark.parametrize("text", ["morning! what's the score of last night's game?", "hi - what's the weather like?"])
def test_a_greeting_then_a_question_not_ours_is_refused(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "out_of_scope"


@pytest.mark.parametrize("text", ["hey, what can you do?", "good morning!"])
def test_a_greeting_alone_or_about_the_bot_gets_help(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "help"


def test_a_hyphenated_office_is_the_office(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "biggest central-office win in september?").scope.get("office") == "Central"
