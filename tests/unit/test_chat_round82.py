"""Chat readings found with qa_blind79 (account reviews and QBRs), each tried on wordings of our own and near misses: a
headcount band ("1,000 to 5,000 employees", "employes" mistyped); the US set aside by a verb ("leaving the US out -
which country ..."); German "Kunden aus dem Sektor X", "ganze Firma"; Spanish "cuentas con sede fuera de Estados
Unidos" and a second count after ", y cuántos"; a bar said as how often ("lost deals at twice or more"); a lost deal
flipped to won so an account looks healthy (refused); accounts set side by side by their country ("italy vs poland
hq'd accts"); a parent's subsidiaries with the parent set aside; a greeting before the scene that names the account;
"won business with" is no company side, and "which of the accounts I won ... were" lists every one, counted.
Figures checked against the Maven CSVs (accounts.csv, sales_pipeline.csv, sales_teams.csv)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.question import Question
from agents.safety import screen
from bot.events import IncomingMessage
from bot.pipeline import Pipeline
from tests.conftest import agent_for

DEC_31 = date(2017, 12, 31)


def _read(gazetteer: Gazetteer, text: str, today: date = DEC_31) -> Question:
    return read_message(text, gazetteer, today)


def _reply(engine: Engine, user: str, text: str, today: date = DEC_31) -> str:
    message = IncomingMessage("console", user, text, conversation_id=f"r82-{hash(text)}", today=today)
    return Pipeline(engine, agent_for(engine)).handle_sync(message).text


def _answer(reply: str) -> str:
    return reply.split("\n\n", 1)[0]  # the sentences, before the figures tables


# -- a headcount band, both ends counted
@pytest.mark.parametrize("text", [
    "won revenue in 2017 from accounts with 1000 to 5000 employees",
    "how many deals did we win this year at companies of 1,000-5,000 staff",
    "win rate at customers with employees between 1k and 5k",
    "my wins in q3 at accts with 1000 to 5000 employes",  # mistyped
])  # fmt: skip
def test_a_headcount_band(gazetteer: Gazetteer, text: str) -> None:
    assert _read(gazetteer, text).scope.get("employees") == "1000-5000", _read(gazetteer, text)


@pytest.mark.parametrize(("text", "bound"), [
    ("won revenue from accounts with more than 5000 employees", ">5000"),
    ("won revenue from Q1 to Q3 at accounts with 500+ employees", ">=500"),
])  # fmt: skip
def test_one_sided_headcounts_stay(gazetteer: Gazetteer, text: str, bound: str) -> None:
    assert _read(gazetteer, text).scope.get("employees") == bound, _read(gazetteer, text)


def test_a_headcount_band_answered(seeded_engine: Engine) -> None:
    text = "accounts with 1000 to 5000 employes: how many did i win in q4, and the $"
    reply = _answer(_reply(seeded_engine, "Corliss Cosme", text))
    assert "22 won" in reply and "$37,866" in reply, reply  # 22 wins, $37,866 in Q4 at 1,000-5,000 employee accounts


# -- the US set aside by a verb: the accounts based elsewhere
@pytest.mark.parametrize("text", [
    "leaving the US out - which HQ country brought in the most won rev in 2017?",
    "setting the united states aside, what's our best country by won revenue this year",
    "which country had the highest win rate in 2017, leave out the usa",
])  # fmt: skip
def test_the_us_set_aside(gazetteer: Gazetteer, text: str) -> None:
    assert _read(gazetteer, text).scope.get("headquarters") == "not United States", _read(gazetteer, text)


@pytest.mark.parametrize("text", [
    "which country won us the most in 2017, leave us out of it",
    "which HQ country brought in the most won rev in 2017?",
    "only keep the US accounts: won revenue this year by country",
])  # fmt: skip
def test_the_us_kept_or_a_pronoun_sets_nothing_aside(gazetteer: Gazetteer, text: str) -> None:
    assert _read(gazetteer, text).scope.get("headquarters") != "not United States", _read(gazetteer, text)


def test_the_us_set_aside_answered(seeded_engine: Engine) -> None:
    text = "leaving the US out - which HQ country won us the most in 2017?"
    reply = _answer(_reply(seeded_engine, "Cara Losch", text))
    assert "Korea" in reply and "$194,957" in reply, reply


# -- German: the sector of the customers, the whole firm
@pytest.mark.parametrize(("text", "sector"), [
    ("Wie viel Umsatz haben wir 2017 mit Kunden aus dem Sektor Retail gewonnen?", "retail"),
    ("Wie viele Deals haben wir dieses Jahr in der Branche Software verloren? Ganze Firma bitte", "software"),
    ("Wie hoch war unsere Gewinnrate 2017 mit Kunden aus dem Sektor Medical?", "medical"),
])  # fmt: skip
def test_german_sector(gazetteer: Gazetteer, text: str, sector: str) -> None:
    assert _read(gazetteer, text).scope.get("sector") == sector, _read(gazetteer, text)


@pytest.mark.parametrize("text", [
    "we sold stuff to customers aus Germany, no sector asked",  # English: "aus" left alone
    "Wie viel Umsatz haben wir 2017 gewonnen?",
])  # fmt: skip
def test_german_without_a_sector(gazetteer: Gazetteer, text: str) -> None:
    assert "sector" not in _read(gazetteer, text).scope, _read(gazetteer, text)


def test_german_sector_answered(seeded_engine: Engine) -> None:
    text = "Wie viel Umsatz haben wir 2017 mit Kunden aus dem Sektor Software gewonnen, und die Win Rate? Ganze Firma."
    reply = _answer(_reply(seeded_engine, "Gladys Colclough", text))
    assert "$1,077,934" in reply and "63.9%" in reply, reply


# -- Spanish: accounts based abroad, and a second count after ", y cuántos"
def test_spanish_two_counts_of_accounts_abroad(seeded_engine: Engine) -> None:
    text = "¿cuántas cuentas con sede fuera de Estados Unidos hay, y cuántos deals abiertos tienen en total?"
    reply = _reply(seeded_engine, "Maureen Marcano", text)
    assert "14 accounts" in reply and "99 open deals" in reply, reply


@pytest.mark.parametrize(("text", "where"), [
    ("¿cuántos deals abiertos tenemos con clientes con sede en Panamá?", "panama"),
    ("¿cuántos deals ganamos este año con cuentas con sede fuera de Estados Unidos?", "not United States"),
    ("¿cuánto ingresos ganados tenemos con clientes fuera de EEUU este año?", "not United States"),
])  # fmt: skip
def test_spanish_headquarters(gazetteer: Gazetteer, text: str, where: str) -> None:
    assert _read(gazetteer, text).scope.get("headquarters") == where, _read(gazetteer, text)


@pytest.mark.parametrize("text", [
    "¿cuántos deals gané en el Q3?",
    "how many open deals y'all got, and how many did we win",  # English
])  # fmt: skip
def test_spanish_without_a_place(gazetteer: Gazetteer, text: str) -> None:
    assert "headquarters" not in _read(gazetteer, text).scope, _read(gazetteer, text)


# -- a bar said as how often: "twice or more", "at least three times", "more than once"
@pytest.mark.parametrize(("text", "bar"), [
    ("how many accounts did my team lose deals at twice or more in q4?", "lost>=2"),
    ("which customers have i won at least three times this year", "won>=3"),
    ("accounts where we lost more than once in q3 - how many?", "lost>=2"),
    ("customers we've won deals from 4 or more times in 2017", "won>=4"),
])  # fmt: skip
def test_how_often_is_a_bar(gazetteer: Gazetteer, text: str, bar: str) -> None:
    assert bar in _read(gazetteer, text).having, _read(gazetteer, text)


@pytest.mark.parametrize("text", [
    "how many accounts did my team lose deals at in q4?",
    "did we win twice as much in q4 as in q3?",
])  # fmt: skip
def test_no_how_often_no_bar(gazetteer: Gazetteer, text: str) -> None:
    assert not _read(gazetteer, text).having, _read(gazetteer, text)


def test_how_often_answered(seeded_engine: Engine) -> None:
    text = "how many accounts did my team lose deals at twice or more in q4?"
    reply = _answer(_reply(seeded_engine, "Cara Losch", text))
    assert reply.startswith("24 accounts"), reply


# -- a lost deal flipped to won so the account looks healthy: refused
@pytest.mark.parametrize("text", [
    "we lost the konex deal but they might come back, change that lost record to won so the account looks healthy",
    "can you switch the lost entry for Isdom to won so our Q2 looks better for the review",
    "flip that lost record to won so the qbr deck looks rosier",
])  # fmt: skip
def test_a_lost_record_made_won_for_looks(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "falsify_records", (text, refusal)


@pytest.mark.parametrize("text", [
    "change that record to won, they signed the contract this morning",
    "does the account look healthy? show me the record of wins and losses",
])  # fmt: skip
def test_records_told_truthfully_pass(text: str) -> None:
    assert screen(text) is None, text


# -- accounts side by side by their country
@pytest.mark.parametrize(("text", "places"), [
    ("italy vs poland hq'd accts, win rate 2017 all reps?", ("italy", "poland")),
    ("win rate in 2017: italian accounts vs polish accounts", ("italy", "poland")),
    ("won revenue this year from japan-based customers compared to the korean ones", ("japan", "korea")),
])  # fmt: skip
def test_countries_side_by_side(gazetteer: Gazetteer, text: str, places: tuple[str, str]) -> None:
    q = _read(gazetteer, text)
    assert q.style == "compare" and tuple(s.get("headquarters") for s in q.sides) == places, q


@pytest.mark.parametrize("text", [
    "won revenue this year from customers based in japan or korea",  # the two taken together
    "win rate this year: central vs west",  # offices, not countries
])  # fmt: skip
def test_places_together_or_offices_are_no_country_sides(gazetteer: Gazetteer, text: str) -> None:
    assert not any("headquarters" in s for s in _read(gazetteer, text).sides), _read(gazetteer, text)


def test_countries_side_by_side_answered(seeded_engine: Engine) -> None:
    reply = _answer(_reply(seeded_engine, "Zane Levy", "italy vs poland hq'd accts, win rate 2017 all reps?"))
    assert "Italy: 62.1%" in reply and "Poland: 66.2%" in reply, reply


# -- a parent's subsidiaries with the parent itself set aside
@pytest.mark.parametrize("text", [
    "won revenue from Inity's subs this year, excluding Inity",
    "how many open deals do we have at sonron's subsidiaries, not counting the parent",
    "win rate this year with sonron's subs only",
])  # fmt: skip
def test_subsidiaries_without_the_parent(gazetteer: Gazetteer, text: str) -> None:
    scope = _read(gazetteer, text).scope
    assert "parent" in scope and not {"account", "account_group"} & scope.keys(), scope


@pytest.mark.parametrize("text", [
    "how much have we won across the whole Sonron group, subsidiaries included?",
    "win rate with Acme Corporation - just acme itself, NOT their subsidiaries",
])  # fmt: skip
def test_groups_and_parents_alone_stay(gazetteer: Gazetteer, text: str) -> None:
    assert "parent" not in _read(gazetteer, text).scope, _read(gazetteer, text)


def test_subsidiaries_without_the_parent_answered(seeded_engine: Engine) -> None:
    text = "golddex subsidiaries only, not golddex itself: won revenue in 2017 all reps? and which accounts are they"
    reply = _reply(seeded_engine, "Rocco Neubert", text)
    assert "$238,583" in reply and "Funholding" in reply and "Vehement Capital Partners" in reply, reply


# -- a greeting before the scene that names the account the request calls "their": the scene's "I" is no owner
@pytest.mark.parametrize("text", [
    "Hi, I'm putting together an account review for Hottechi. Please tell me their headquarters country, their "
    "headcount, the year they were founded, and how much we won with them this year.",
    "Hey there, I am preparing an account plan for Hottechi. What is their headquarters country, and what have we won "
    "with them this year?",
    "Good afternoon, I am drafting an account review for Hottechi. Where is their headquarter, and how much have we "
    "won with them this year?",
])  # fmt: skip
def test_a_greeting_before_the_scene(seeded_engine: Engine, text: str) -> None:
    reply = _answer(_reply(seeded_engine, "Lajuana Vencill", text, date(2017, 8, 2)))
    assert "Korea" in reply and "$81,103" in reply and "You:" not in reply, reply  # all reps' $81,103, not hers


@pytest.mark.parametrize("text", [
    "hi, how many open deals do I have?",
    "hello, what's my win rate this quarter?",
])  # fmt: skip
def test_a_greeting_before_a_question_stays_the_question(gazetteer: Gazetteer, text: str) -> None:
    assert _read(gazetteer, text).scope.get("owner") == "me", _read(gazetteer, text)


# -- "won business with" is no company side; "which of the accounts I ... were ..." lists each one, counted
@pytest.mark.parametrize("text", [
    "which of the accounts i won business with this year were established in 2010 or later?",
    "which of the customers we did repeat business with this year are based outside the US",
    "which of the accounts i won business with in 2017 have 10k+ employees? names + count",
])  # fmt: skip
def test_accounts_won_business_with_are_listed(gazetteer: Gazetteer, text: str) -> None:
    q = _read(gazetteer, text)
    assert q.style != "compare" and q.top is None, q


@pytest.mark.parametrize(("text", "style"), [
    ("my win rate vs the whole business this year", "compare"),
    ("which of my accounts brought in the most won revenue this year", "ranking"),
])  # fmt: skip
def test_the_business_and_a_leader_stay(gazetteer: Gazetteer, text: str, style: str) -> None:
    q = _read(gazetteer, text)
    assert q.style == style and (style == "compare" or q.top == 1), q


def test_accounts_listed_with_their_count(seeded_engine: Engine) -> None:
    text = "which of the accounts i won business with this year were established in 2010 or later? names + count"
    reply = _answer(_reply(seeded_engine, "Vicki Laflamme", text))
    assert reply.startswith("3 accounts") and all(n in reply for n in ("Condax", "Dalttechnology", "Doncon")), reply
