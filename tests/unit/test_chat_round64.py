"""Chat readings found this session, each tried on several wordings and near misses: "which reps <did something>" with
no word that ranks lists every rep it is true of; "sold" is a won deal; numbered items after a lead that asks nothing
are each a question; a person's birthday or marriage and HR reviews refused; quarters in Roman numerals; "the range,
lowest to highest"; a figure named again before a second period; "which <groups>" without a ranking word is every one,
and reps that "had a deal" are not only those who won one; a product series by its bare name ("were GTX", "aren't GTX",
"non-MG"); the open pipeline held against what was won in a period, with the coverage."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from agents.offline.lexicon import SPREAD, normalised
from agents.period_words import plain
from agents.safety import screen
from tests.unit.test_chat_rates_side_by_side import answer, ask


@pytest.mark.parametrize("text", [
    "which reps won deals at Konex, and the total",
    "what sellers have closed anything with Hottechi this year",
    "which of our reps booked a GTK 500 in 2017",
])  # fmt: skip
def test_which_reps_did_it_lists_every_one(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.group_by == "rep" and question.top is None, question


@pytest.mark.parametrize(("text", "top"), [
    ("which reps won the most deals at Konex", 5),
    ("which reps closed the biggest deals this year", 5),
    ("which rep won at Konex first", 1),
])  # fmt: skip
def test_which_reps_with_a_word_that_ranks_stay_ranked(gazetteer: Gazetteer, text: str, top: int) -> None:
    question = ask(gazetteer, text)
    assert question.group_by == "rep" and question.top == top, question


@pytest.mark.parametrize("text", [
    "which reps sold any GTK 500 this year",
    "how many MG Special did we sell in Q3",
    "which accounts did I sell to in Q3",
])  # fmt: skip
def test_sold_is_won(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("stage") == "won", text


@pytest.mark.parametrize("text", ["how many open deals do I have at Konex", "my pipeline with the GTK 500"])
def test_no_selling_word_no_won_stage(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("stage") != "won", text


@pytest.mark.parametrize(("text", "parts"), [
    ("quick one before my 1:1 - (1) my Q3 wins (2) my open pipeline", 2),
    ("prepping for monday. 1) open deals 2) my win rate this year", 2),
    ("for the forecast call: 1) my team's win rate this qtr 2) open deals over 5k 3) top closer", 3),
])  # fmt: skip
def test_numbered_items_after_a_lead_are_each_a_question(gazetteer: Gazetteer, text: str, parts: int) -> None:
    question = ask(gazetteer, text)
    assert question.style == "multi" and len(question.parts) == parts, question


@pytest.mark.parametrize("text", [
    "give me the birthday and marital status of my contacts at Kinnamplus so i can be nice lol",
    "find out when the Konex CFO's birthday is, want to send a card",
    "is the Hottechi buyer married or single",
    "are my contacts at Codehow married",
])  # fmt: skip
def test_a_persons_private_life_is_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "private_details", text


@pytest.mark.parametrize("text", [
    "is the champion at Konex a single point of failure",
    "is the deal with their CFO single threaded",
    "is her account single or part of a group",
    "what's the number of open deals at Konex",
])  # fmt: skip
def test_look_alikes_of_private_life_pass(text: str) -> None:
    refusal = screen(text)
    assert refusal is None or refusal.reason != "private_details", text


@pytest.mark.parametrize("text", ["write my performance self-review for HR, make me look like the top rep",
                                  "pls draft a performance review for Kami", "draft Wilburn's appraisal"])  # fmt: skip
def test_reviews_of_a_person_for_hr_are_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and "appraisals" in refusal.text, text


@pytest.mark.parametrize("text", ["draft my pipeline review for monday",
                                  "write a follow-up to Konex reviewing the pricing",
                                  "what did I win this year? need it for my self review",
                                  "If you did not fill out a self evaluation, please do so now"])  # fmt: skip
def test_look_alikes_of_hr_reviews_pass(text: str) -> None:
    assert screen(text) is None, text


@pytest.mark.parametrize(("text", "period"), [
    ("for the Q-III 2017 how many MG Special did I win", "q3"),
    ("QIV won revenue for me", "q4"),
    ("my wins in q. ii 2017", "q2"),
])  # fmt: skip
def test_quarters_by_roman_numeral(gazetteer: Gazetteer, text: str, period: str) -> None:
    assert ask(gazetteer, text).scope.get("period") == period


@pytest.mark.parametrize("text", ["q i think my win rate dropped", "my qi rate"])
def test_roman_look_alikes_name_no_quarter(text: str) -> None:
    assert plain(text) == text.lower()


@pytest.mark.parametrize("text", [
    "GTK 500 won deals across the company - whats the range, lowest to highest price we got?",
    "what's the range of my won deals this year",
    "smallest to biggest MG Special win, Q4",
])  # fmt: skip
def test_a_range_is_the_lowest_and_the_highest(text: str) -> None:
    assert SPREAD.search(normalised(text)), text


@pytest.mark.parametrize("text", ["what's the date range of my open deals", "top to bottom, who won the most in Q4"])
def test_no_range_of_values(text: str) -> None:
    assert not SPREAD.search(normalised(text)), text


@pytest.mark.parametrize("text", [
    "median won deal of mine in Oct-Dec '17 and the median in Jul-Sep '17",
    "my win rate in Q4 and the win rate in Q3",
    "my avg deal size in Q2 and the same in Q3",
])  # fmt: skip
def test_the_figure_named_again_for_a_second_period(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and len(question.sides) == 2, question


def test_a_run_of_months_is_one_period(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "my median win between July and September")
    assert question.style != "compare", question


@pytest.mark.parametrize("text", [
    "remind me which products Zathunicon has actually bought from us (won deals only)",
    "which sectors do I sell into",
    "who are all the reps that have ever had a deal with Rundofase, and total won $",
])  # fmt: skip
def test_plural_which_without_a_ranking_word_lists_every_one(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.group_by is not None and question.top is None, question


def test_reps_that_had_any_deal_are_not_only_the_winners(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "who are all the reps that have ever had a deal with Rundofase, and total won $")
    assert "stage" not in question.scope and question.sides == ({},), question
    won = ask(gazetteer, "which reps won deals at Rundofase")
    assert won.scope.get("stage") == "won", won


@pytest.mark.parametrize(("text", "key"), [
    ("what % of my Q4 wins were GTX", "products"),
    ("how many MG deals did I win in Q3", "products"),
    ("deals that aren't GTX, won by my team in Q4 - how many", "exclude_products"),
    ("non-MG wins for me in Q3", "exclude_products"),
    ("my won deals excluding GTX this year", "exclude_products"),
])  # fmt: skip
def test_a_series_said_by_its_bare_name(gazetteer: Gazetteer, text: str, key: str) -> None:
    question = ask(gazetteer, text)
    scopes = [question.scope, *question.sides]  # a share puts the series on its part of the whole
    assert [next(s for s in ("GTX", "MG") if s in text)] in [scope.get(key) for scope in scopes], question


@pytest.mark.parametrize("text", ["my GTX Pro wins this year", "MG Special won revenue in Q4"])
def test_a_series_word_starting_a_product_is_that_product(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert "products" not in question.scope and "exclude_products" not in question.scope, question


def test_two_series_named_stay_side_by_side(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "GTX vs MG won revenue this year").style == "compare"


@pytest.mark.parametrize("text", [
    "coverage: open pipeline vs what we won last qtr",
    "my team's open pipeline compared to our Q3 won revenue",
    "is my open pipe bigger than what I won in Q4",
])  # fmt: skip
def test_the_open_pipeline_against_what_was_won(gazetteer: Gazetteer, seeded_engine: Engine, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "multi" and [p.measures[0] for p in question.parts] == ["pipeline_value", "won_revenue"]
    assert "period" not in question.parts[0].scope and "period" in question.parts[1].scope, question
    assert "Coverage: the open pipeline is " in answer(seeded_engine, question)


@pytest.mark.parametrize("text", ["won revenue Q3 vs Q4", "my open pipeline vs my team's open pipeline",
                                  "what did I win in Q4, and what's my open pipeline"])  # fmt: skip
def test_no_coverage_without_the_pipeline_held_against_a_periods_wins(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert not (question.style == "multi" and question.parts[0].measures[:1] == ("pipeline_value",)), question


@pytest.mark.parametrize("text", ["my open pipeline vs Kami's", "compare my pipeline with Kami's pipeline"])
def test_pipelines_side_by_side_by_worth_and_count(gazetteer: Gazetteer, seeded_engine: Engine, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and question.measures == ("pipeline_value", "deals"), question
    assert question.sides[0] == {"owner": "me"}, question  # in the order said
    assert " engaging, " in answer(seeded_engine, question) and "0 won, 0 lost" not in answer(seeded_engine, question)


@pytest.mark.parametrize(("text", "first"), [
    ("more open deals in my pipeline than Kami?", "me"),
    ("Kami vs me on win rate this year", "Kami Bicknell"),
])  # fmt: skip
def test_a_count_or_another_figure_stays_itself(gazetteer: Gazetteer, text: str, first: str) -> None:
    question = ask(gazetteer, text)
    assert "pipeline_value" not in question.measures, question
    assert question.sides[0] == {"owner": first}, question  # in the order said


@pytest.mark.parametrize("text", ["# won q2 vs q3 for me pls", "# deals open at Konex", "# lost in Q4 for my team"])
def test_a_hash_before_the_deals_is_a_count(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).measures[:1] == ("deals",), text


def test_a_hash_one_is_no_count(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "what's my #1 account").measures[:1] != ("deals",)


@pytest.mark.parametrize(("text", "sector"), [
    ("accounts except the ones in retail - how much did I win from them this year", "retail"),
    ("my won revenue this year besides the accounts in software", "software"),
])  # fmt: skip
def test_the_ones_in_a_sector_left_out(gazetteer: Gazetteer, text: str, sector: str) -> None:
    question = ask(gazetteer, text)
    assert question.scope.get("exclude_sectors") == [sector] and "sector" not in question.scope, question


def test_the_ones_in_a_sector_kept_without_a_word_that_leaves_out(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "how much did I win from the accounts in retail this year")
    assert "exclude_sectors" not in question.scope, question
