"""Chat readings behind qa_blind47's misses and gaps found by asking the demo, each tried on other wordings and near
misses: two reps named after a team ranking ("... on my team? Boris and Cassey are close"); "which retail accounts
did we win deals with" as every such account among those deals; a period "from March onwards" / "jul 1 on"; a
period set before the question word of the first of two questions; "closed (won+lost)"; every figure asked in a
comparison; "- team won revenue" as the asker's team; "who are the subs" as a group's members, not a rep ranking."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from agents.periods import find_periods
from tests.unit.test_chat_rates_side_by_side import answer, ask

TODAY = date(2017, 12, 31)


@pytest.mark.parametrize("text", [
    "who won more deals in Q4 on my team? Boris and Cassey are close",
    "on my team, who has the higher win rate this year - Reed and Donn look neck and neck",
])  # fmt: skip
def test_two_reps_named_after_a_team_ranking_rank_the_whole_team(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.group_by == "rep", question
    assert question.scope.get("owner") == "my team" and question.top is None, question


def test_one_rep_named_with_a_ranking_still_scopes_to_them(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "which product has Boris won the most deals with in Q4?")
    assert question.scope.get("owner") == "Boris Faz" and question.group_by == "product", question


def test_two_reps_named_first_are_compared(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "Boris and Cassey - who won more deals in Q4?")
    assert question.style == "compare" and len(question.sides) == 2, question


@pytest.mark.parametrize(("text", "group"), [
    ("which retail accounts did we win deals with in Q1?", "account"),
    ("what software customers have I lost deals with this year?", "account"),
    ("How many distinct retail-sector customers did we win business from in Q4?", "account"),
    ("which reps have closed deals at Rangreen?", "rep"),
])  # fmt: skip
def test_the_accounts_among_some_deals_are_every_one_of_them(gazetteer: Gazetteer, text: str, group: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "distinct" and question.group_by == group, question


@pytest.mark.parametrize("text", [
    "which accounts did we win the most deals with in Q1?",
    "which retail customers have the biggest won revenue?",
])  # fmt: skip
def test_a_superlative_still_ranks(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "ranking"


@pytest.mark.parametrize("text", ["which of my reps have never lost a deal?", "which products did I not sell in Q3?"])
def test_none_of_them_asks_for_the_empty_groups(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style != "distinct"


@pytest.mark.parametrize("text", ["how many retail companies do we have?", "which of our accounts are in Europe?"])
def test_the_accounts_by_their_own_facts_stay_a_listing(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "accounts"


def test_accounts_with_a_figure_over_their_deals_stay_a_listing(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "how many medical companies are there, and how much have we won from them in Q4?")
    assert question.style == "accounts", question


@pytest.mark.parametrize(("text", "start"), [
    ("since summer kicked off (jul 1 on) how many deals have I lost?", date(2017, 7, 1)),
    ("from March onwards how many wins", date(2017, 3, 1)),
    ("won revenue q3 and after", date(2017, 7, 1)),
    ("lost deals from 15 august forward", date(2017, 8, 15)),
])  # fmt: skip
def test_a_period_onwards_runs_to_today(text: str, start: date) -> None:
    periods = find_periods(text, TODAY)
    assert [(p.start, p.end) for p in periods] == [(start, TODAY)], periods


@pytest.mark.parametrize("text", ["deals closed in march on GTX Pro", "won deals from march on the east team"])
def test_on_before_more_words_keeps_the_month(text: str) -> None:
    assert [(p.start, p.end) for p in find_periods(text, TODAY)] == [(date(2017, 3, 1), date(2017, 3, 31))]


@pytest.mark.parametrize("text", [
    "in Q3, how many deals did I lose? and how many did I win",
    "since jul 1 how many deals have I lost? and how many did I win over the same stretch",
])  # fmt: skip
def test_a_period_before_the_first_question_word_still_splits_two_questions(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "multi" and [p.scope.get("stage") for p in question.parts] == ["lost", "won"], question
    assert all("period" in p.scope for p in question.parts), question


def test_a_period_before_one_question_with_a_detail_stays_one(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "in Q3, what was my biggest win? account and product pls").style != "multi"


@pytest.mark.parametrize("text", [
    "how many deals have I closed (won+lost) on MG Special?",
    "MG Special: closed deals, won and lost together, for me?",
])  # fmt: skip
def test_closed_spelled_out_as_won_and_lost_is_closed(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert "closed" in (question.scope.get("stage"), question.count_stage), question


def test_won_and_lost_side_by_side_is_no_stage_filter(gazetteer: Gazetteer) -> None:
    assert "stage" not in ask(gazetteer, "won and lost deals for me on MG Special").scope


_TWO_PRODUCTS = ("GTK 500", "MG Special")


def test_a_comparison_states_every_figure_asked(gazetteer: Gazetteer, seeded_engine: Engine, maven_dir: Path) -> None:
    with (maven_dir / "sales_pipeline.csv").open(newline="", encoding="utf-8-sig") as fh:
        rows = [r for r in csv.DictReader(fh) if r["sales_agent"] == "Darcel Schlecht"]
    closed = {p: sum(r["product"] == p and r["deal_stage"] in ("Won", "Lost") for r in rows) for p in _TWO_PRODUCTS}
    text = answer(
        seeded_engine, ask(gazetteer, "GTK 500 or MG Special: how many of each have I closed and my win rate")
    )
    first_line = text.splitlines()[0]
    assert f"Deals: GTK 500: {closed['GTK 500']:,}; MG Special: {closed['MG Special']:,}." in first_line, text
    assert "Win rate: GTK 500: " in first_line, text


@pytest.mark.parametrize("text", [
    "first half vs back half of 2017 - team won revenue for each pls",
    "Q3 or Q4: team bookings, which was bigger?",
])  # fmt: skip
def test_a_clause_opening_on_team_and_a_figure_is_the_askers_team(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("owner") == "my team"


@pytest.mark.parametrize("text", ["Q3 vs Q4, which team won revenue the most?", "steam won revenue in Q3"])
def test_which_team_is_not_the_askers_team(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("owner") != "my team"


@pytest.mark.parametrize("text", [
    "Acme Corporation + all its subsidiaries: who are the subs, and total won from the whole group?",
    "Sonron and its subsidiaries - who're its subs and what have we won from the lot?",
])  # fmt: skip
def test_who_are_the_subs_asks_for_the_group(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).group_by != "rep"


def test_who_are_the_top_reps_at_an_account_still_ranks_reps(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "who are the top reps at Acme Corporation by won revenue?").group_by == "rep"


@pytest.mark.parametrize("text", ["how long has Kan-code been around?", "how long have Cheers been in business?"])
def test_how_long_a_company_has_existed_is_its_founding(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "facts" and question.facts == ("established",), question


@pytest.mark.parametrize("text", ["how long do deals at Kan-code take to close?", "how long did my Cheers wins take?"])
def test_how_long_deals_take_stays_the_cycle(gazetteer: Gazetteer, text: str) -> None:
    assert "avg_cycle_days" in ask(gazetteer, text).measures


@pytest.mark.parametrize("text", [
    "set up a call with Cheers",
    "pls book a demo with Kan-code next week",
    "could you arrange a quick catch-up with Cheers about the renewal?",
])  # fmt: skip
def test_a_meeting_with_a_customer_asked_for_is_a_draft_invitation(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "draft"


@pytest.mark.parametrize("text", [
    "did we set up a call with Cheers?",
    "I set up a call with Cheers yesterday, how much is open there?",
    "set up a call with my team about Cheers",
])  # fmt: skip
def test_a_meeting_asked_about_or_with_our_own_people_is_no_draft(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style != "draft"
