"""Chat readings behind qa_blind43's misses (written by someone who never saw the code), each tried on other
wordings and near misses: two days joined "between ... and" as a run, not a list; the cycle as the "gap between
engage date and close date"; the asker and one rep named as a pair, then "who ... more" (counted when deals are);
two periods asked for their trend ("did we finish strong?"); how well deals "convert" or "won/(won+lost)" as the win
rate; "the reps reporting to me" as the team; a company's year asked as when it "was set up"."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.entities import Gazetteer
from agents.period_days import particular_days
from tests.unit.test_chat_rates_side_by_side import ask

YEAR = (date(2017, 1, 1), date(2017, 12, 31))


@pytest.mark.parametrize("text", [
    "win rate on deals I closed between sep 5 and nov 20?",
    "what did I lose on 1st june through 15th july",
    "my wins on mar 3 up to and including apr 9",
])  # fmt: skip
def test_two_days_joined_as_a_run_are_no_list(text: str) -> None:
    assert particular_days(text, *YEAR) is None


def test_days_listed_on_their_own_are_still_a_list() -> None:
    listed = particular_days("how much did I win on mar 31, jun 30 and sep 30", *YEAR)
    assert listed is not None and len(listed[0]) == 3


def test_a_run_between_two_days_is_one_period(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "my win rate on what closed between sep 5 and nov 20")
    assert "close_days" not in question.scope and question.scope.get("period"), question


@pytest.mark.parametrize("text", [
    "on my MG Special wins, the average gap between engage date and close date?",
    "typical time between the engagement date and the closing date for my wins",
])  # fmt: skip
def test_the_gap_between_engage_and_close_dates_is_the_cycle(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).measures == ("avg_cycle_days",)


def test_deals_engaged_and_closed_in_a_period_are_no_cycle(gazetteer: Gazetteer) -> None:
    assert "avg_cycle_days" not in ask(gazetteer, "how many did I win with engage date and close date in Q2").measures


@pytest.mark.parametrize(("text", "people"), [
    ("me and Anna Snelling - who closed more wins in Q3?", {"me", "Anna Snelling"}),
    ("Anna and Boris Faz: which of the two won more deals this year?", {"Anna Snelling", "Boris Faz"}),
    ("Boris Faz and I, whose win rate is higher in H2?", {"me", "Boris Faz"}),
])  # fmt: skip
def test_a_pair_named_then_who_did_better(gazetteer: Gazetteer, text: str, people: set[str]) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and {s.get("owner") for s in question.sides} == people, question


def test_more_deals_between_two_is_a_count(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "me and Anna Snelling - who won more deals in Q3?")
    assert question.measures == ("deals",), question


@pytest.mark.parametrize("text", [
    "who on my team won the most in Q3? Anna and Boris are neck and neck",
    "me and Anna Snelling closed the Kan-code deal together, what was it worth",
])  # fmt: skip
def test_a_pair_named_after_the_question_or_in_a_remark_is_no_comparison(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style != "compare"


@pytest.mark.parametrize("text", [
    "what did I win in Q2? and Q3 too, I want to see the trend",
    "team won revenue for October and then November - are we ramping up?",
])  # fmt: skip
def test_two_periods_asked_for_their_trend(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and all("period" in s for s in question.sides), question


@pytest.mark.parametrize("text", [
    "which of my products converts best?",
    "rank my team by won/(won+lost), best first",
])  # fmt: skip
def test_how_well_deals_convert_is_the_win_rate(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).measures[:1] == ("win_rate",)


@pytest.mark.parametrize("text", [
    "of the people reporting to me, who has the most open deals?",
    "reps under me - total won revenue in Q4?",
])  # fmt: skip
def test_the_reps_who_report_to_me_are_my_team(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("owner") == "my team"


def test_reporting_to_someone_else_is_not_my_team(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many open deals do the reps reporting to Celia have").scope.get("owner") != "my team"


@pytest.mark.parametrize("text", [
    "Cheers: who owns them and what year was it set up?",
    "quick one on Kan-code - sector, and when were they set up?",
])  # fmt: skip
def test_when_a_company_was_set_up_is_its_founding(gazetteer: Gazetteer, text: str) -> None:
    assert "established" in ask(gazetteer, text).facts
