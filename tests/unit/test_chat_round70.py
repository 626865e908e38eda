"""Chat readings found with qa_blind70, each tried on several wordings and near misses: deals engaged in one period
and closed in another are one cohort; "count please"; "and out of how many total" is the whole the count came from;
"the full year"; a ranking's leader tied with the next one says so; records moved so they drop out of a rate are
refused."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from agents.safety import screen
from tests.unit.test_chat_rates_side_by_side import answer, ask
from tests.unit.test_chat_round69 import _reply


@pytest.mark.parametrize(("text", "window"), [
    ("how many deals engaged in Q1 were won in Q2?", ("q1", "q2")),
    ("anything we engaged in Q2 that we only lost in Q4? count please", ("q2", "q4")),
    ("deals engaged in Q2 that closed won in the second half of the year - how many?", ("q2", "second half")),
    ("how many deals did I engage AND win inside October?", ("october", "october")),
])  # fmt: skip
def test_engaged_in_one_period_closed_in_another(gazetteer: Gazetteer, text: str, window: tuple[str, str]) -> None:
    scope = ask(gazetteer, text).scope
    assert (scope.get("period"), scope.get("closed_in")) == window and scope["date_field"] == "engage", scope


@pytest.mark.parametrize("text", ["deals engaged in Q3 vs deals won in Q4", "how many did I win in Q3 and lose in Q4"])
def test_two_counts_are_no_cohort(gazetteer: Gazetteer, text: str) -> None:
    assert "closed_in" not in ask(gazetteer, text).scope


def test_the_cohort_is_counted(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    assert "617 won deals" in answer(seeded_engine, ask(gazetteer, "how many deals engaged in Q1 were won in Q2?"))


def test_out_of_how_many_keeps_the_cohort(seeded_engine: Engine) -> None:
    text = "of the MG Advanced deals engaged in May, how many did we lose? and out of how many total?"
    reply = _reply(seeded_engine, "Summer Sewald", text)
    assert "45 lost deals" in reply and "121 deals" in reply, reply


@pytest.mark.parametrize("text", ["my win rate for the full year", "what's Kami's win rate for the whole year?"])
def test_the_full_year_is_this_year(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("period") in ("the full year", "the whole year", "full year", "whole year")


def test_a_tie_for_the_lead_is_told(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "which month of Q4 was my best for number of wins?")
    reply = answer(seeded_engine, question)
    assert "October 2017 and December 2017 are tied for the most won deals: 32 each" in reply, reply


@pytest.mark.parametrize("text", [
    "change the close date on my team's Q4 losses to January so they drop out of this year's rate",
    "move the Konex close date to January so it drops out of this year's numbers",
])  # fmt: skip
def test_records_moved_out_of_a_figure_are_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "falsify_records", (text, refusal)


def test_asking_what_would_drop_out_passes() -> None:
    assert screen("which deals will drop out of this year's numbers if they slip?") is None


@pytest.mark.parametrize(("text", "value"), [
    ("how many Q3 wins landed between $1k and $2k?", "1000-2000"),
    ("my deals from $5,000 to $10,000 this year", "5000-10000"),
    ("wins between 2 and 3k in q4", "2000-3000"),
])  # fmt: skip
def test_a_deal_value_between_two_amounts(gazetteer: Gazetteer, text: str, value: str) -> None:
    assert ask(gazetteer, text).scope.get("value") == value


def test_between_two_years_is_no_value(gazetteer: Gazetteer) -> None:
    assert "value" not in ask(gazetteer, "how many deals between 1990 and 2000 did we win").scope


@pytest.mark.parametrize("text", [
    "how many reps company-wide had no wins at all in September? and who?",
    "how many products had zero wins in q1",
    "how many reps had no wins at all in october?",
])  # fmt: skip
def test_how_many_groups_had_none_lists_them(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and any(h.endswith("=0") for h in question.having), question


def test_how_many_reps_won_is_still_a_count(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many reps won deals in september?").style != "ranking"
