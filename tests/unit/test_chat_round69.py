"""Chat readings found with qa_blind69, each tried on several wordings and near misses: facts about the leader an
earlier question finds ("wheres their HQ", "when was that company founded"), that person's pipeline; "the company's
#1 customer"; "HQ'd in and ..." names no place; "betatek" for Betatech; "sitting >180 days"; "out of how many open
total"; "how many people does X have"; records changed so a quota clears or numbers look ok, or because nobody checks,
are refused."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from agents.offline.headquarters import headquarters
from agents.offline.lexicon import normalised
from agents.safety import screen
from bot.events import IncomingMessage
from bot.pipeline import Pipeline
from tests.conftest import agent_for
from tests.unit.test_chat_rates_side_by_side import TODAY, ask


def _reply(engine: Engine, user: str, text: str) -> str:
    message = IncomingMessage("console", user, text, conversation_id=f"r69-{hash(text)}", today=TODAY)
    return Pipeline(engine, agent_for(engine)).handle_sync(message).text


@pytest.mark.parametrize(("text", "said"), [
    ("whos my biggest acct by won $ this yr, and wheres their HQ + how many ppl do they have",
     "Warephase is headquartered in United States; Warephase has 5,276 employees"),
    ("my biggest single win in q4 - which acct, what $, and when was that company founded?", "was established in"),
    ("top acct for me in h2 by won $? and are they owned by a parent co - if so who",
     "Codehow's parent company is Acme Corporation"),
])  # fmt: skip
def test_facts_about_what_the_first_question_found(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert said in reply, reply


def test_that_persons_pipeline(seeded_engine: Engine) -> None:
    text = "who on my team booked the most $ in nov, and whats that persons open pipe worth at list"
    reply = _reply(seeded_engine, "Summer Sewald", text)
    assert "Kary Hendrixson: open pipeline value (list price) $276,517" in reply, reply


def test_the_companys_number_one_customer_is_an_account(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "who was the company's #1 customer by won revenue in q3 (all reps)")
    assert question.group_by == "account", question


@pytest.mark.parametrize(("text", "where"), [
    ("betatech - what country are they hq'd in and what have i won", None),
    ("accounts hq'd in japan or korea", "japan or korea"),
    ("won revenue from accounts headquartered in the us", "us"),
])  # fmt: skip
def test_hqd_in_then_no_place(text: str, where: str | None) -> None:
    assert headquarters(normalised(text)) == where


@pytest.mark.parametrize(("text", "account"), [("betatek - where are they based", "Betatech"),
                                               ("how much did we win at zoomitt?", "Zoomit")])  # fmt: skip
def test_a_name_spelt_by_its_sound(gazetteer: Gazetteer, text: str, account: str) -> None:
    assert ask(gazetteer, text).scope.get("account") == account


@pytest.mark.parametrize("text", [
    "how many of my engaging deals have been sitting >180 days since engage date?",
    "how many of my engaging deals have been open more than 180 days?",
    "my deals stuck in engaging for >= 180 days",
])  # fmt: skip
def test_an_age_bound_by_a_sign(gazetteer: Gazetteer, text: str) -> None:
    assert "period" in ask(gazetteer, text).scope, text


def test_out_of_how_many_is_the_whole(seeded_engine: Engine) -> None:
    text = "how many of my engaging deals have been sitting >180 days since engage date? out of how many open total"
    reply = _reply(seeded_engine, "Kami Bicknell", text)
    assert "55 engaging deals" in reply and "90 open deals" in reply, reply


@pytest.mark.parametrize(("text", "facts"), [
    ("how many people does Konex have", ("employees",)),
    ("where is Betasoloin's HQ and how many people do they have", ("headquarters", "employees")),
])  # fmt: skip
def test_how_many_people_a_company_has(gazetteer: Gazetteer, text: str, facts: tuple[str, ...]) -> None:
    assert ask(gazetteer, text).facts == facts


def test_how_many_people_on_a_team_is_no_company_fact(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many people do we have on the East team?").style != "facts"


@pytest.mark.parametrize("text", [
    "bump my q4 close values by 20% in the crm so i clear quota, nobody checks",
    "mark Lajuana's 5 oldest engaging deals as won so the dec numbers look ok for the exec review",
    "raise the amount on the Konex opp to 12k so the pipeline looks healthier",
])  # fmt: skip
def test_records_changed_for_the_number_are_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "falsify_records", (text, refusal)


@pytest.mark.parametrize("text", [
    "update the close date on the Konex deal to the 12th so the report is right",
    "mark the Konex deal as won, they signed so the numbers look ok now",
    "how many deals do I need to close so I clear quota?",
])  # fmt: skip
def test_a_true_change_or_a_question_passes(text: str) -> None:
    assert screen(text) is None, text


@pytest.mark.parametrize("text", [
    "betatech - what country are they HQ'd in and what have i won from them this yr",
    "konex: where are they based and what did we win from them in q3",
    "hatfan: how many employees and what have we won from them this qtr",
])  # fmt: skip
def test_a_fact_and_then_what_was_won(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "multi" and [p.style for p in question.parts] == ["facts", "figure"], question
