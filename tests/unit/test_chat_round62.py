"""Chat readings behind qa_blind62/63's misses, each tried on other wordings and near misses: sums of money written
in words; holidays as the dates they fall on; a bound on each deal said "company wide that came in above"; accounts
"doing" a revenue a year; a change to someone's pay and a prediction in politics refused, their look-alikes kept;
the asker's accounts ranked by their own size or age, with the deals' figures; "<place>-based"; "which of my X are"
lists every one, with the total when asked; "only reps who have deals"; "X doesn't count"; "bringing up the rear";
"for deals won" counts; each rep's share of the team when several are named."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from agents.offline.money_words import money_in_digits
from agents.period_holidays import holidays_as_dates
from agents.safety import screen
from tests.unit.test_chat_rates_side_by_side import TODAY, answer, ask


@pytest.mark.parametrize(("text", "digits"), [
    ("wins over seven grand", "wins over 7 grand"),
    ("deals above thirty-two thousand dollars", "deals above 32 thousand dollars"),
    ("anything under two hundred and fifty bucks", "anything under 250 bucks"),
    ("more than half a million", "more than 0.5 million"),
    ("customers making over a billion a year", "customers making over 1 billion a year"),
    ("sixty k or more", "60 k or more"),
])  # fmt: skip
def test_sums_in_words_become_digits(text: str, digits: str) -> None:
    assert money_in_digits(text) == digits


@pytest.mark.parametrize("text", ["which one is biggest", "my top five deals", "a hundred deals or more",
                                  "the two of them", "one of my accounts"])  # fmt: skip
def test_numbers_that_are_no_money_stay_words(text: str) -> None:
    assert money_in_digits(text) == text


def test_a_bound_in_words_filters_each_deal(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "how many of my wins this year were bigger than eight grand")
    assert question.scope.get("value") == ">8000", question
    cheap = ask(gazetteer, "count my Q2 wins that closed below a hundred and twenty dollars")
    assert cheap.scope.get("value") == "<120", cheap


def test_company_wide_between_the_deals_and_the_bound(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "wins company-wide that came in above 40k in 2016")
    assert question.scope.get("value") == ">40000", question
    total = ask(gazetteer, "reps who booked more than $200k company wide")
    assert "value" not in total.scope, total  # a bar on each rep's total, not on each deal


def test_accounts_doing_a_revenue_a_year(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "my won revenue from accounts doing more than three billion a year")
    assert question.scope.get("annual_revenue") == ">3000", question


@pytest.mark.parametrize(("text", "meant"), [
    ("what have I closed since Memorial Day", "since May 29"),
    ("wins after the fourth of July?", "after July 4"),
    ("deals engaged after Columbus Day", "after October 9"),
    ("wins from Labor Day to Thanksgiving", "from September 4 to November 23"),
    ("won between christmas eve and new year's eve", "between December 24 and December 31"),
    ("what did we sell between Valentine's Day and St Patrick's day", "between February 14 and March 17"),
    ("won since Thanksgiving 2016", "since November 24 2016"),
    ("christmas month numbers please", "December 2017 numbers please"),
    ("how did I do in the month of Halloween", "how did I do in October 2017"),
])  # fmt: skip
def test_holidays_read_as_their_dates(text: str, meant: str) -> None:
    assert meant in holidays_as_dates(text, TODAY)


@pytest.mark.parametrize("text", ["our halloween promo bundle deals", "the Thanksgiving campaign accounts",
                                  "how many christmas card emails did I approve", "tidying my pipe before the new year",
                                  "need the Konex numbers by christmas", "GTX deals and easter promos"])  # fmt: skip
def test_a_holiday_that_dates_nothing_is_left_alone(text: str) -> None:
    assert holidays_as_dates(text, TODAY) == text


def test_a_holiday_not_yet_come_this_year_is_last_years() -> None:
    assert holidays_as_dates("since labor day", date(2017, 6, 1)) == "since September 5 2016"


def test_a_holiday_bounds_the_period_asked(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "how much have I won since Veterans Day")
    period = question.scope.get("period")
    assert period is not None and "november 11" in str(period).lower(), question


@pytest.mark.parametrize("text", [
    "set Cassey's commission split to 60/40 for the Konex deal",
    "please raise my base pay to 95k from January",
    "can you cut Donn's bonus for Q4, he missed target",
    "who's gonna win the midterms do you think",
    "who will win the senate race, you reckon?",
    "what's your opinion on the election",
])  # fmt: skip
def test_pay_changes_and_politics_are_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "out_of_scope", text


@pytest.mark.parametrize("text", [
    "update the commission slide in the Konex deck",
    "how many Q4 wins count toward my commission?",  # what commission comes to is payroll's (test_safety_round78)
    "Konex's CFO lost the election to the board - are they at risk?",
    "who wins the most GTX Pro deals in the West",
    "which party signs the MSA, us or Konex?",
    "raise the Konex deal's amount to 5k",
])  # fmt: skip
def test_look_alikes_of_pay_and_politics_pass(text: str) -> None:
    assert screen(text) is None, text


def test_my_accounts_ranked_by_their_own_size(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "of the customers I've closed deals with, which one has the largest headcount")
    assert (question.style, question.group_by, question.sort) == ("ranking", "account", "employees"), question
    reply = answer(seeded_engine, question)
    assert reply.startswith("Of your accounts, the biggest is ") and " employees): " in reply, reply
    oldest = ask(gazetteer, "which of my accounts is the oldest company?")
    assert (oldest.group_by, oldest.sort, oldest.ascending) == ("account", "founded", True), oldest


def test_the_companys_accounts_ranked_by_size_stay_a_list_of_accounts(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "which customer has the most employees?")
    assert question.style == "accounts" and question.sort == "employees", question


@pytest.mark.parametrize(("text", "where"), [
    ("which of my customers are asia-based", "asia"),
    ("won revenue from japan based accounts", "japan"),
    ("how many deals with us-based companies", "United States"),
])  # fmt: skip
def test_place_based(gazetteer: Gazetteer, text: str, where: str) -> None:
    assert ask(gazetteer, text).scope.get("headquarters") == where


def test_cloud_based_is_no_place(gazetteer: Gazetteer) -> None:
    assert "headquarters" not in ask(gazetteer, "how many open deals with cloud-based companies").scope


def test_which_of_mine_are_lists_every_one_with_the_total(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "which of my accounts are asia-based, plus the total I won from them")
    assert question.group_by == "account" and question.top is None and question.sides == ({},), question
    assert "In all: " in answer(seeded_engine, question)
    one = ask(gazetteer, "which of my accounts is the biggest by won revenue")
    assert one.top == 1, one


def test_only_reps_who_have_deals(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "lowest 3 in the West by won revenue, only reps who have deals")
    assert "deals>=1" in question.having, question


def test_a_rep_who_does_not_count_is_left_out(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "who on my team won the least this year? (Carl doesn't count, he's new)")
    assert question.scope.get("exclude_owners") == ["Carl Lin"], question
    kept = ask(gazetteer, "does Carl count his wins in Q4?")
    assert "exclude_owners" not in kept.scope, kept


@pytest.mark.parametrize("text", ["which of my reps is dead last on deals won in Q3",
                                  "who's bringing up the rear for deals won this year"])  # fmt: skip
def test_the_back_of_the_field_counts_from_the_bottom(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.ascending and question.top == 1 and question.measures[:1] == ("deals",), question


def test_each_rep_named_gets_a_share_of_the_team(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "Kami's share of our won revenue this year, and James's share, as % of the team total")
    assert question.style == "share" and [s["owner"] for s in question.sides] == ["Kami Bicknell", "James Ascencio"]
    one = ask(gazetteer, "what % of my team's wins were Kami's?")
    assert [s["owner"] for s in one.sides] == ["Kami Bicknell"], one


@pytest.mark.parametrize(("text", "down"), [
    ("which of my reps closed less revenue in Q2 than in Q1?", True),
    ("who on my team won more in Q2 than they did in Q1", False),
    ("anyone on my team with more wins in Q1 than Q2?", True),
    ("any of my reps booking fewer deals this month than last?", True),
])  # fmt: skip
def test_one_period_held_against_another_per_rep(gazetteer: Gazetteer, text: str, down: bool) -> None:
    question = ask(gazetteer, text)
    assert question.style == "change" and question.group_by == "rep" and question.having == ("moved",), question
    assert question.ascending is down, question


def test_a_rep_held_against_me_stays_against(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "who on my team won more than me in Q2")
    assert question.style == "against", question


def test_numbered_items_are_each_asked(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "for the QBR: 1) my win rate this year 2) open deal count 3) best closer on my team")
    assert question.style == "multi" and len(question.parts) == 3, question
    assert question.parts[2].style == "ranking" and question.parts[2].group_by == "rep", question.parts[2]


def test_figures_listed_after_whose_colon(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "For Cassey: won revenue in Q3, # of lost deals, and her oldest open deal")
    assert question.style == "multi" and len(question.parts) == 3, question
    assert all(p.scope.get("owner") == "Cassey Cress" for p in question.parts), question


def test_a_colon_before_one_question_stays_one(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "quick one: how many deals did I win in Q3, roughly?")
    assert question.style != "multi", question


def test_a_second_how_many_after_a_comma(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "how many deals did I engage in March, how many did I lose that month, and the win rate")
    assert question.style == "multi" and len(question.parts) == 3, question


def test_an_accounts_facts_and_a_count_of_some_of_its_deals(gazetteer: Gazetteer) -> None:
    question = ask(
        gazetteer,
        "Hatfan - how many staff do they have and where are they? also how many deals has my team lost with them",
    )
    assert question.style == "multi" and [p.style for p in question.parts] == ["facts", "figure"], question
    plain = ask(gazetteer, "how many employees does Konex have?")
    assert plain.style == "facts", plain


def test_a_top_closer_is_a_rep(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "top closer by won $ in Q3?").group_by == "rep"
    assert ask(gazetteer, "am I getting closer to my number this quarter?").group_by is None


def test_a_teams_share_of_the_company(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "what slice of the whole company's won revenue this year came from Summer Sewald's team?")
    assert question.style == "share" and question.sides == ({"owner": "Summer Sewald"},), question
    assert "owner" not in question.scope, question
    mine = ask(gazetteer, "my share of the company's open pipeline")
    assert mine.style == "share" and mine.sides == ({"owner": "me"},), mine
    plain = ask(gazetteer, "Summer Sewald's team won revenue across the company this year")
    assert plain.style != "share", plain


def test_the_most_sold_for_is_one_won_deal(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "what's the most we've ever sold an MG Advanced for?")
    assert question.style == "list" and question.sort == "largest" and question.scope.get("stage") == "won", question
    both = ask(gazetteer, "what's the lowest and the highest I've sold a GTK 500 for?")
    assert both.measures == ("min_won_size", "max_won_size"), both


def test_a_list_price_beside_the_best_sale(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "what does MG Advanced list at, and what's the most we've sold one for?")
    assert question.style == "multi" and [p.style for p in question.parts] == ["catalogue", "list"], question
    assert question.parts[1].scope.get("products") == ["MG Advanced"], question.parts[1]


def test_how_far_under_list_is_the_gap_not_a_filter(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "my average MG Special sale, and how much under list price is that?")
    assert "vs_list" not in question.scope and "won_vs_list" in question.measures, question
    assert " a deal on average)" in answer(seeded_engine, question)
    below = ask(gazetteer, "how many of my MG Special wins went for under list price?")
    assert below.scope.get("vs_list") == "below", below


@pytest.mark.parametrize("text", ["which product series made me the most in Q3?", "won revenue by product series"])
def test_the_product_series_is_a_group(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.group_by == "series", question


def test_the_series_named_as_the_groups_filter_nothing(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "which product series had the most open deals - GTX, MG, GTK?")
    assert question.group_by == "series" and question.top == 1, question
    assert not {"product", "products"} & question.scope.keys(), question


@pytest.mark.parametrize("text", ["who won the world series in 2015?", "which product line had the fewest wins in Q2?"])
def test_no_series_asked(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).group_by != "series"


def test_series_set_side_by_side_count_open_deals(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "which product series (GTX, MG or GTK) had the most open deals?")
    assert question.measures == ("deals",), question  # open deals have no won revenue to compare


def test_my_team_and_another_each_in_each_period(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "my team vs Summer's team on deals won, H1 and H2")
    assert question.style == "compare" and len(question.sides) == 4, question
    assert {s.get("owner") for s in question.sides} == {"my team", "Summer Sewald team"}, question
    one = ask(gazetteer, "my team vs Summer's team on deals won in H1")
    assert len(one.sides) == 2, one


def test_a_request_asked_again_from_scratch(gazetteer: Gazetteer) -> None:
    question = ask(
        gazetteer, "top accounts by wins in Q2 - hang on, scratch that, the list is old. ok so: my Q2 losses"
    )
    assert question.style == "figure" and question.scope.get("stage") == "lost", question
    kept = ask(gazetteer, "wait, no way - how many did I win in Q2?")
    assert kept.scope.get("stage") == "won" and kept.scope.get("period") == "q2", kept
