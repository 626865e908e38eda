"""Chat readings behind qa_blind59's misses, each tried on other wordings and near misses: an "I" that only sets the
scene or voices a hunch owns nothing; "... and how many did we lose" is a question of its own; "won vs lost counts"
asks two figures; an open deal's days since engaged; "all three" lists every group; "were NOT X" leaves X out;
"how it compares to mine" sets the asker beside; "which sectors grew" lists only those that did; "anyone with zero X
wins"; errands of the rep's own admin and verse for the rep are refused."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from agents.safety import screen
from bot.events import IncomingMessage, Reply
from bot.pipeline import Pipeline
from tests.conftest import agent_for
from tests.unit.test_chat_rates_side_by_side import answer, ask


def _reply(engine: Engine, user: str, text: str) -> Reply:
    message = IncomingMessage("console", user, text, conversation_id=f"r59-{hash(text)}", today=date(2017, 12, 31))
    return Pipeline(engine, agent_for(engine)).handle_sync(message)


@pytest.mark.parametrize("text", [
    "before I ring Condax on monday - how many open deals do we have with them?",
    "i reckon we got hammered at Konex this year, how many deals did we lose there?",
    "once I'm back from leave, what's our win rate with Cancity?",
])  # fmt: skip
def test_an_i_in_the_scene_owns_nothing(gazetteer: Gazetteer, text: str) -> None:
    assert "owner" not in ask(gazetteer, text).scope


@pytest.mark.parametrize("text", [
    "before I call Konex, how many deals have I won there?",
    "i feel like i lost a lot in Q4 - how many did i lose?",
    "before I won the Konex deal, how many open ones did I have?",
])  # fmt: skip
def test_an_owning_i_still_owns(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("owner") == "me"


def test_a_second_count_with_its_own_verb_is_its_own_part(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "how many open deals do we have at Cancity and how many have we lost there all time?")
    assert question.style == "multi" and [p.scope.get("stage") for p in question.parts] == ["open", "lost"], question


def test_a_count_and_its_value_stay_one(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many open deals do we have at Cancity and what are they worth?").style != "multi"


def test_won_vs_lost_counts_are_two_figures(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "win rate for our accounts in Germany this year? wins vs losses too")
    assert question.style == "figure" and question.group_by is None, question


def test_won_vs_lost_by_a_group_is_still_split(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "won vs lost counts by product this year").group_by == "product"


def test_the_oldest_open_deal_says_how_long_it_has_sat(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    reply = answer(seeded_engine, ask(gazetteer, "my oldest prospecting-or-engaging deal - how long has it sat open?"))
    assert " days open)" in reply, reply


def test_a_closed_deal_has_no_days_open(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    reply = answer(seeded_engine, ask(gazetteer, "my biggest won deal ever"))
    assert "days open" not in reply, reply


@pytest.mark.parametrize("text", [
    "which office wins most often? win rate per office, all three please",
    "which product brings in the most? show them all",
])  # fmt: skip
def test_all_of_them_lists_every_group(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.top is None, question


def test_a_number_of_leaders_is_kept(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "which two reps won the most in Q3").top == 2


@pytest.mark.parametrize(("text", "left_out"), [
    ("how many of my wins in 2017 were not MG Special?", "MG Special"),
    ("of my open deals, how many aren't GTX Pro", "GTX Pro"),
])  # fmt: skip
def test_what_the_deals_were_not_is_left_out(gazetteer: Gazetteer, text: str, left_out: str) -> None:
    question = ask(gazetteer, text)
    assert question.scope.get("exclude_products") == [left_out] and "product" not in question.scope, question


def test_a_product_whose_deals_were_not_won_is_kept(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "how many of my GTX Pro deals were not won this year?")
    assert question.scope.get("product") == "GTX Pro" and "exclude_products" not in question.scope, question


def test_how_it_compares_to_mine_sets_the_asker_beside(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "what's Zane's won revenue this year? wondering how it compares to mine")
    assert question.style == "compare" and {"owner": "me"} in question.sides, question


def test_which_sectors_grew_lists_only_those(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "which products went up in won revenue from Q3 to Q4?")
    assert question.style == "change" and question.having == ("moved",) and question.top is None, question
    reply = answer(seeded_engine, question)
    assert "(-$" not in reply, reply
    table = _reply(seeded_engine, "Darcel Schlecht", "which products went up in won revenue from Q3 to Q4?")
    assert table.kind == "answer" and not table.blocks, table


def test_grew_the_most_still_ranks(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "which product grew the most from Q3 to Q4")
    assert question.top == 1 and question.having == (), question


@pytest.mark.parametrize("text", [
    "anyone on my team with zero MG Advanced wins this year?",
    "who has no GTX Pro sales in Q4?",
])  # fmt: skip
def test_people_with_zero_wins_are_listed(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.group_by == "rep" and any(h.endswith("=0") for h in question.having), question


def test_leaving_out_those_with_zero_wins_is_no_such_list(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "ignore anyone with zero wins - who on my team has the best win rate?")
    assert question.top == 1 and not any(h.endswith("=0") for h in question.having), question


@pytest.mark.parametrize("text", [
    "can you file my expenses from the Konex trip",
    "pls put in my PTO request for the week after the East offsite",
    "write me a limerick about our pipeline review lol",
    "tell us a joke before the QBR",
])  # fmt: skip
def test_admin_errands_and_verse_for_the_rep_are_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "out_of_scope", refusal


@pytest.mark.parametrize("text", [
    "how much did we spend on expenses at Konex",
    "write me a short poem for the Konex renewal card",
    "pls find attached the timesheet for the Cancity install",
])  # fmt: skip
def test_expense_talk_and_customer_verse_are_not_refused(text: str) -> None:
    assert screen(text) is None


def test_a_deal_verb_after_the_scene_i_still_owns(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "gtx basic q - when i do win one, how long does it take on average?")
    assert question.scope.get("owner") == "me", question


def test_a_cohort_told_two_ways_stays_one_question(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "of the deals I engaged in May, how many did I win and how many did I lose?")
    assert question.style != "multi" and question.scope.get("date_field") == "engage", question


def test_team_conversion_is_the_askers_team(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "team conversion on everything closed in Q3?").scope.get("owner") == "my team"
