"""The offline parser on the classes of chat phrasing it must read: shorthand, team words, sums vs splits,
exclusions, misspelt names, account groups, competitors, rosters and several questions in one message."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.parser import Question

TODAY = date(2017, 12, 31)


@pytest.fixture(scope="module")
def gazetteer(seeded_engine: Engine) -> Gazetteer:
    with Session(seeded_engine) as session:
        return Gazetteer.build(session)


def ask(gazetteer: Gazetteer, text: str, today: date = TODAY) -> Question:
    return read_message(text, gazetteer, today)


def test_chat_shorthand_for_win_rate(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "whats my w/r overall? feels like its been a rough yr lol")
    assert q.style == "figure" and q.measures == ("win_rate",) and q.scope["owner"] == "me"


@pytest.mark.parametrize("text", ["can you send me the team's won rev for q4?", "won revenue for the whole team in q4"])
def test_the_team_is_the_askers_team(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope["owner"] == "my team"


def test_which_team_still_ranks_teams(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "which team has the highest won revenue?")
    assert q.style == "ranking" and q.group_by == "manager"


def test_total_across_all_reps_is_one_figure_but_by_rep_splits(gazetteer: Gazetteer) -> None:
    total = ask(gazetteer, "whats the total open pipe value across all my reps? list price is fine")
    assert total.style == "figure" and total.measures == ("pipeline_value",) and total.scope["owner"] == "my team"
    split = ask(gazetteer, "open pipeline value by rep on my team")
    assert split.style == "ranking" and split.group_by == "rep"


def test_ignoring_deals_without_an_account_is_not_a_filter_for_them(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "which sector has the most open deals atm? (ignore the ones w/o an account obv)")
    assert q.style == "ranking" and q.group_by == "sector" and q.measures == ("deals",)
    assert "no_account" not in q.scope and q.scope["stage"] == "open"
    assert ask(gazetteer, "how many open deals are without an account?").scope["no_account"] is True


def test_account_misspelt_in_its_vowels(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "whats our won rev w/ zotwear all time").scope["account"] == "Zotware"


@pytest.mark.parametrize("text", ["total won rev across the whole Sonron group? parent + subs",
                                  "won revenue for Sonron and its subs"])  # fmt: skip
def test_an_account_group_takes_in_the_subsidiaries(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope == {"account_group": "Sonron"}


@pytest.mark.parametrize(
    "text",
    ["whats Quorvia's win rate against us this year and how much pipeline do they have at Cancity?",
     "how much pipeline do our rivals have?"],
)  # fmt: skip
def test_competitor_figures_are_not_in_our_data(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "out_of_scope" and q.reason.startswith("competitor:")


def test_offices_compared_against_us_are_not_competitors(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "how many open deals has East got vs us in West? curious who's got the fatter pipeline lol")
    assert q.style == "compare"


@pytest.mark.parametrize(
    "text",
    ["how many ppl do i have on my team, and is there anyone who hasnt got a single deal?", "who's on my team?",
     "any reps on my team with no deals?"],
)  # fmt: skip
def test_team_roster(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "roster" and q.scope["owner"] == "my team"


def test_ranking_on_a_team_is_not_a_roster(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "who on my team has the most deals?").style == "ranking"


def test_several_questions_in_one_message_share_the_first_scope(gazetteer: Gazetteer) -> None:
    text = "how many deals did i win last month? and how many did i lose... oh and how big was the biggest win"
    q = ask(gazetteer, text, date(2017, 9, 30))
    assert q.style == "multi" and [p.style for p in q.parts] == ["figure", "figure", "list"]
    assert [p.scope.get("stage") for p in q.parts] == ["won", "lost", "won"]
    assert all(p.scope["period"] == "last month" and p.scope["owner"] == "me" for p in q.parts)


@pytest.mark.parametrize(
    "text",
    ["whats my oldest deal thats still sitting in engaging? need the opp id + account",
     "what was our largest won deal at xx-holding? who closed it and on which product",
     "where do we stand with Kan-code? how many deals won, lost, engaging and prospecting"],
)  # fmt: skip
def test_a_clause_that_refines_the_question_is_not_a_second_question(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style != "multi"
