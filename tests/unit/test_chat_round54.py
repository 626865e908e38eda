"""Chat readings behind qa_blind54's misses, each tried on other wordings and near misses: deals that "arent closed
yet" are the open ones; "the same two figures for August" asks the figures again of another month; an occasion
("for my monthly recap") is no per-month breakdown; one year after two months or quarters dates both ("nov and dec
2016"), and "in may 2016" is May 2016; two periods joined by a bare "and" are each answered, with their sum when the
figure adds up, never the first alone."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from agents.periods import find_periods
from tests.unit.test_chat_rates_side_by_side import TODAY, answer, ask


@pytest.mark.parametrize("text", [
    "ids of my deals at Konex that arent closed yet",
    "which of my Konex deals weren't closed yet?",
    "any of my deals at Konex that isn't closed",
])  # fmt: skip
def test_not_closed_yet_is_open(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("stage") == "open"


@pytest.mark.parametrize("text", [
    "my deals at Konex that weren't closed in Q3",  # a period's closes, as "didn't close in Q3"
    "which rep hasn't closed anything",  # their closed deals, not open ones
])  # fmt: skip
def test_not_closed_in_a_period_or_anything_stays_closed(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("stage") != "open"


@pytest.mark.parametrize("text", [
    "For my monthly recap I need my won deals and won revenue for September, and the same two figures for August",
    "my lost count in october, and the same number for november pls",
    "win rate for Q3 please and then the same figure for Q2",
])  # fmt: skip
def test_the_same_figures_for_another_period(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and len(question.sides) == 2, question
    assert all(set(side) == {"period"} for side in question.sides), question


@pytest.mark.parametrize("text", [
    "my won revenue for september, and the same for Konex",  # another account, not another period
    "my won revenue by month for q3",  # a per-month list
])  # fmt: skip
def test_the_same_for_something_else_is_no_second_period(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert not any(set(side) == {"period"} for side in question.sides), question


@pytest.mark.parametrize(("text", "labels"), [
    (" won in nov and dec 2016 ", ["November 2016", "December 2016"]),
    (" q1 and q2 2016 win rate ", ["Q1 2016", "Q2 2016"]),
    (" won in may 2016 ", ["May 2016"]),
    (" from march to may 2016 ", ["March to May 2016"]),  # one run: the year ends it
    (" q4 2017 ", ["Q4 2017"]),
    (" sales and marketing 2016 ", ["2016"]),  # no months before the year
])  # fmt: skip
def test_one_year_after_two_months_dates_both(text: str, labels: list[str]) -> None:
    assert [p.label for p in find_periods(text, TODAY)] == labels


def test_two_periods_joined_by_and_answer_each_and_their_sum(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    both = answer(seeded_engine, ask(gazetteer, "how many deals did i win in q2 and q3?"))
    q2 = answer(seeded_engine, ask(gazetteer, "how many deals did i win in q2?"))
    q3 = answer(seeded_engine, ask(gazetteer, "how many deals did i win in q3?"))
    n2, n3 = (int(next(w for w in a.split() if w.isdigit())) for a in (q2, q3))
    assert f"Q2 2017: {n2} " in both and f"Q3 2017: {n3} " in both and f"Together: {n2 + n3}." in both, both


def test_a_rate_over_two_periods_is_each_without_a_sum(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    text = answer(seeded_engine, ask(gazetteer, "my win rate in q3 and q2"))
    assert "Q3 2017: " in text and "Q2 2017: " in text and "Together" not in text, text


@pytest.mark.parametrize("text", [
    "my won revenue in q3 vs q2",  # compared: which is ahead, no sum
    "did I win more in q2 or q3",
])  # fmt: skip
def test_compared_periods_carry_no_sum(gazetteer: Gazetteer, seeded_engine: Engine, text: str) -> None:
    reply = answer(seeded_engine, ask(gazetteer, text))
    assert "Q2 2017" in reply and "Together" not in reply, reply


@pytest.mark.parametrize("text", [
    "how many did i win between jan and march",  # a run of months
    "mar + apr bookings combined?",  # asked as one sum
])  # fmt: skip
def test_a_run_or_a_sum_stays_one_figure(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style != "compare"


def test_years_apart_are_not_shared() -> None:
    named = find_periods(" dec 2016 and feb 2017 combined ", date(2017, 12, 31))
    assert [p.label for p in named] == ["December 2016", "February 2017"]


@pytest.mark.parametrize("text", [
    "my open pipeline value by stage",
    "open pipe $ for me, prospecting vs engaging",
    "what's my pipeline worth in engaging, and the same for prospecting?",
])  # fmt: skip
def test_open_pipeline_money_stage_by_stage(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.group_by == "stage", question
    assert question.measures[0] == "pipeline_value" and question.scope.get("stage") == "open", question


@pytest.mark.parametrize("text", [
    "my deals by stage",  # counts of every stage, no money asked
    "won, lost, engaging and prospecting by stage for me with the won $",  # the closed stages too
])  # fmt: skip
def test_a_whole_breakdown_is_no_open_value_by_stage(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).group_by != "stage"


@pytest.mark.parametrize("text", [
    "which product makes up the biggest chunk of my open pipeline in $",
    "which account is the largest slice of our pipe?",
])  # fmt: skip
def test_the_biggest_part_of_a_pipeline_is_by_value(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.measures[0] == "pipeline_value", question


def test_the_biggest_part_of_won_revenue_stays_won_revenue(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "which product is the biggest chunk of my won revenue")
    assert question.measures[0] == "won_revenue", question


@pytest.mark.parametrize(("text", "left_out"), [
    ("won deals per rep on my team this year (skip Zane)", "Zane Levy"),
    ("team pipeline over the reps who have deals (so not Carl) - per rep?", "Carl Lin"),
    ("open deals by rep for my team, skipping Kami", "Kami Bicknell"),
])  # fmt: skip
def test_a_rep_skipped_is_left_out(gazetteer: Gazetteer, text: str, left_out: str) -> None:
    question = ask(gazetteer, text)
    assert left_out in question.scope.get("exclude_owners", []) and question.scope.get("owner") == "my team", question


def test_so_not_before_a_stage_leaves_no_rep_out(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "Zane's open deals, so not the closed ones")
    assert question.scope.get("owner") == "Zane Levy" and not question.scope.get("exclude_owners"), question


@pytest.mark.parametrize("text", [
    "bottom 2 on my crew by win rate this year",
    "top 3 among my guys on won revenue this quarter",
])  # fmt: skip
def test_a_ranking_on_my_crew_ranks_reps(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.group_by == "rep" and question.top in (2, 3), question


def test_owners_of_the_deals_counted_are_every_owner_and_only_them(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(
        gazetteer, "how many lost deals does my team have at Konex this year, and which of my reps had them?"
    )
    assert question.group_by == "rep" and question.top is None, question
    reply = answer(seeded_engine, question)
    assert ": 0\n" not in reply, reply  # a rep with none owns none of them
    assert " In all: " in reply, reply  # and how many there are


def test_per_rep_on_my_team_lists_reps_with_none(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    reply = answer(seeded_engine, ask(gazetteer, "lost deals at Konex per rep on my team this year"))
    assert ": 0\n" in reply, reply  # every rep of the team, a rep with none as 0


def test_which_rep_has_the_most_stays_one(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "which rep on my team has the most open deals at Konex").top == 1


def test_each_groups_share_of_the_whole_beside_a_ranking(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "top 2 products by won revenue this year, with each one's share of the company total")
    reply = answer(seeded_engine, question)
    shares = [float(x) for x in __import__("re").findall(r"\((\d+\.\d)% of the total\)", reply)]
    assert len(shares) == 2 and shares[0] > shares[1] > 0, reply


def test_a_ranking_without_a_share_asked_shows_none(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    reply = answer(seeded_engine, ask(gazetteer, "top 2 products by won revenue this year"))
    assert "of the total" not in reply, reply


@pytest.mark.parametrize(("text", "sides"), [
    ("West won revenue this year - what % came from my team and what % from Celia's?",
     ({"owner": "my team"}, {"owner": "Celia Rouche"})),
    ("what share of the West office's 2017 wins came from Celia's team", ({"owner": "Celia Rouche"},)),
])  # fmt: skip
def test_teams_are_parts_of_their_office(gazetteer: Gazetteer, text: str, sides: tuple[dict[str, str], ...]) -> None:
    question = ask(gazetteer, text)
    assert question.style == "share" and question.scope.get("office") == "West", question
    assert question.sides == sides, question


@pytest.mark.parametrize(("text", "whole"), [
    ("what % of Central's deals are MG Special", "office"),
    ("what share of MG Special won revenue came from the Central office", "product"),
])  # fmt: skip
def test_the_first_named_is_the_whole(gazetteer: Gazetteer, text: str, whole: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "share" and whole in question.scope and whole not in question.sides[0], question


@pytest.mark.parametrize("text", [
    "my won $ this year, and what % of Summer Sewald's team's won $ that is",
    "what share of Summer's team's 2017 won revenue is mine?",
])  # fmt: skip
def test_my_part_of_another_managers_team(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "share" and question.scope.get("owner") == "Summer Sewald", question
    assert question.sides == ({"owner": "me"},), question


def test_another_managers_team_alone_is_a_figure(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "Summer Sewald's team's won revenue this year").style == "figure"


def test_open_value_by_stage_gives_each_count_and_the_whole(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    reply = answer(seeded_engine, ask(gazetteer, "my open deals: how many engaging, how many prospecting, and what's "
                                                 "it all worth at list?"))  # fmt: skip
    assert reply.count(" deals)\n") == 2 and " In all: $" in reply, reply
