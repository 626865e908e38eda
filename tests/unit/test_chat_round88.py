"""Chat phrasings a blind set showed the bot missing: a colleague named as who the asker meets or must not tell,
whose figures the request then asks by "his"/"her" (they were the company's or the team's); "since the start of the
year" and its French form (no period was read); Dutch questions; two sectors' accounts side by side (only the first
was counted); "any of our accounts hq'd in Asia" (refused); "my 3 stalest deals" (one was shown). Figures checked
against the Maven CSVs (sales_pipeline.csv, accounts.csv, sales_teams.csv) with python csv."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from agents.periods import find_periods
from bot.events import IncomingMessage, Reply
from bot.pipeline import Pipeline
from tests.conftest import agent_for


def _reply(engine: Engine, user: str, text: str, today: date) -> Reply:
    message = IncomingMessage("console", user, text, conversation_id=f"r88-{hash(text)}", today=today)
    return Pipeline(engine, agent_for(engine)).handle_sync(message)


def _head(reply: Reply) -> str:
    return reply.text.split("\n\n", 1)[0]


# a colleague the asker meets, or must not tell, asked about by "his"/"her": that colleague's figures
@pytest.mark.parametrize(("user", "today", "text", "figures"), [
    # Hayden Neloms, Q3 2017: 29 won, 16 lost, $73,385 won
    ("Celia Rouche", date(2017, 10, 2), "morning! quick sync w hayden in a bit - his q3 win rate?", ["64.4%"]),
    ("Celia Rouche", date(2017, 10, 2), "remind hayden what his q3 won revenue was", ["$73,385"]),
    ("Celia Rouche", date(2017, 10, 2), "coffee w/ hayden soon. his q3 won rev n wr", ["$73,385", "64.4%"]),
    # Gladys Colclough, closes 2017-01-01..2017-11-20: 108 won, 87 lost
    ("Melvin Marxen", date(2017, 11, 20), "pls don't tell gladys, but how many has she won this year?", ["108"]),
])  # fmt: skip
def test_a_colleague_asked_about_by_pronoun_is_whose_figures(
    seeded_engine: Engine, user: str, today: date, text: str, figures: list[str]
) -> None:
    head = _head(_reply(seeded_engine, user, text, today))
    assert all(f in head for f in figures), head


@pytest.mark.parametrize(("user", "today", "text", "figure", "not_figure"), [
    # Celia Rouche's team, Q3 2017: $490,519 won (Hayden alone: $73,385)
    ("Celia Rouche", date(2017, 10, 2), "1:1 w hayden at 11 - what's my team's q3 won revenue?", "$490,519",
     "$73,385"),
    # Kami Bicknell, Q3 2017: 44 won, 33 lost (57.1%); her manager Summer is only who she meets
    ("Kami Bicknell", date(2017, 10, 2), "before my 1:1 w summer, what's my q3 win rate?", "57.1%", "Summer"),
    # "she'll ask" is what the colleague does, not whose figures: Kami's own, Q3 won revenue $77,402
    ("Kami Bicknell", date(2017, 10, 2), "call with summer at 3, she'll ask about my q3 won revenue", "$77,402",
     "Summer"),
])  # fmt: skip
def test_the_person_met_stays_out_when_the_asker_or_team_is_asked(
    seeded_engine: Engine, user: str, today: date, text: str, figure: str, not_figure: str
) -> None:
    head = _head(_reply(seeded_engine, user, text, today))
    assert figure in head and not_figure not in head, head


# the current unit from its first day: "since the start of the year" (six words) is to date
@pytest.mark.parametrize(("text", "start"), [
    ("how many did i win since the start of the year", date(2017, 1, 1)),
    ("won revenue from the beginning of the quarter", date(2017, 7, 1)),
    ("deals lost since start of the month", date(2017, 9, 1)),
])  # fmt: skip
def test_since_the_start_of_the_unit_is_to_date(text: str, start: date) -> None:
    today = date(2017, 9, 25)
    assert [(p.start, p.end) for p in find_periods(text, today)] == [(start, today)]


@pytest.mark.parametrize("text", [
    "since the start of the year before, how many wins",  # not this year's
    "from the start of the year to march, my wins",  # a closed run, not to date
])  # fmt: skip
def test_a_start_of_another_run_is_not_to_date(text: str) -> None:
    today = date(2017, 9, 25)
    assert all(not (p.start == date(2017, 1, 1) and p.end == today) for p in find_periods(text, today))


def test_french_since_the_start_of_the_year_with_won_and_lost(seeded_engine: Engine) -> None:
    # Cara Losch's team, GTX Basic, closes 2017-01-01..2017-09-25: 64 won, 35 lost
    text = (
        "bonjour, combien de deals GTX Basic notre équipe a gagnés depuis le début de l'année"
        " et combien on en a perdus ?"
    )
    head = _head(_reply(seeded_engine, "Corliss Cosme", text, date(2017, 9, 25)))
    assert "64" in head and "35" in head and "2017-01-01 to 2017-09-25" in head, head


# Dutch questions: Elease Gluck, Q3 2017 20 won / 17 lost (54.1%); October 8 won, $41,001; Q4 to 13 Nov 60.0%
@pytest.mark.parametrize(("text", "figure"), [
    ("hoeveel deals heb ik vorig kwartaal gewonnen?", "20"),
    ("wat was mijn omzet in oktober?", "$41,001"),
    ("hoi! mijn winrate dit kwartaal tot nu toe?", "60.0%"),
])  # fmt: skip
def test_a_dutch_question_is_read(seeded_engine: Engine, text: str, figure: str) -> None:
    head = _head(_reply(seeded_engine, "Elease Gluck", text, date(2017, 11, 13)))
    assert figure in head, head


@pytest.mark.parametrize("text", [
    "is the van de graaf deal still open? we need it",  # English with a Dutch-looking name
    "wie viele Deals habe ich im Oktober verloren?",  # German
    "de nada, what is my win rate en total",  # Spanish words, no Dutch one
])  # fmt: skip
def test_a_message_not_in_dutch_is_left_alone(text: str) -> None:
    from agents.offline import dutch  # here, so the rest of the file runs on a copy without the module

    assert dutch.in_english(text) == text


# two sectors' accounts side by side: retail 17, medical 12, software 7 (accounts.csv)
@pytest.mark.parametrize(("text", "counts"), [
    ("how many accts have we got in retail vs medical", ["17 accounts (retail", "12 accounts (medical"]),
    ("number of software and retail customers?", ["7 accounts (software", "17 accounts (retail"]),
    ("count of medical vs software accounts pls", ["12 accounts (medical", "7 accounts (software"]),
])  # fmt: skip
def test_accounts_in_two_sectors_are_counted_each(seeded_engine: Engine, text: str, counts: list[str]) -> None:
    head = _head(_reply(seeded_engine, "Lajuana Vencill", text, date(2017, 10, 23)))
    assert all(c in head for c in counts), head


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("how many retail accounts do we have?", "17 accounts (retail", "medical"),
    ("how many deals did we win in retail vs medical?", "799", "accounts (retail"),  # deals, not accounts
])  # fmt: skip
def test_one_sector_or_deals_stay_as_they_were(seeded_engine: Engine, text: str, expected: str, absent: str) -> None:
    head = _head(_reply(seeded_engine, "Lajuana Vencill", text, date(2017, 10, 23)))
    assert expected in head and absent not in head, head


# "any of our accounts" in a place: the accounts themselves (Europe: 6 of accounts.csv's office_location)
@pytest.mark.parametrize(("text", "names"), [
    ("any of our accts hq'd in asia?", ["Bioholding", "Ganjaflex", "Hottechi", "Zencorporation"]),
    ("any of our customers based in europe? names pls", ["Globex Corporation", "Newex", "Streethex", "Sumace"]),
    ("any of the accounts headquartered in japan?", ["Ganjaflex"]),
])  # fmt: skip
def test_any_of_our_accounts_in_a_place_lists_them(seeded_engine: Engine, text: str, names: list[str]) -> None:
    reply = _reply(seeded_engine, "Boris Faz", text, date(2017, 12, 31))
    assert all(n in _head(reply) for n in names), reply.text


def test_any_accounts_with_open_deals_is_still_about_deals(seeded_engine: Engine) -> None:
    # retail sector open deals: 94 Engaging + 36 Prospecting
    head = _head(_reply(seeded_engine, "Boris Faz", "any retail accounts with open deals?", date(2017, 12, 31)))
    assert "130 open deals" in head, head


# Kami Bicknell's Engaging deals by engage date: EG7OFLFR 2016-11-14, F5U1ACDD 2016-11-19, SU8JNMP4 2016-11-24,
# O3KC8QI8 2016-12-08
@pytest.mark.parametrize(("text", "ids", "not_id"), [
    ("my 3 stalest open deals? ids pls", ["EG7OFLFR", "F5U1ACDD", "SU8JNMP4"], "O3KC8QI8"),
    ("which 2 of my opps have sat in engaging the longest?", ["EG7OFLFR", "F5U1ACDD"], "SU8JNMP4"),
    ("list 4 of my deals that have been open the longest", ["EG7OFLFR", "F5U1ACDD", "SU8JNMP4", "O3KC8QI8"], "none"),
])  # fmt: skip
def test_several_stalest_deals_are_listed(seeded_engine: Engine, text: str, ids: list[str], not_id: str) -> None:
    head = _head(_reply(seeded_engine, "Kami Bicknell", text, date(2017, 12, 31)))
    assert all(i in head for i in ids) and not_id not in head, head


def test_the_single_stalest_deal_stays_one(seeded_engine: Engine) -> None:
    head = _head(_reply(seeded_engine, "Kami Bicknell", "my stalest open deal?", date(2017, 12, 31)))
    assert "EG7OFLFR" in head and "F5U1ACDD" not in head, head


def test_a_count_with_no_order_lists_every_match(seeded_engine: Engine) -> None:
    # Kami Bicknell's wins closed 2017-12-18..24: 4 (no order asked, so "which 3" shows all of them)
    head = _head(_reply(seeded_engine, "Kami Bicknell", "which 3 deals did I win last week?", date(2017, 12, 31)))
    assert head.startswith("4 deals"), head
