"""A rep's or manager's status check in chat shorthand is answered, not refused: "gimme my numbers ytd", "what are
the team's numbers this month", "numbers for the qtr?" (the asker's own), "what are my numbers for the year". "For
the quarter" (year, month) with no other period named is the current one. A summary's tables leave out the cells
its scope empties by construction (deals closed in a period are in no open stage; open deals are neither won nor
lost), and an account's breakdown sentence ends without a stray bracket. A terse "phone numbers for <account>" is a
phone number asked for, out of scope, not the account's figures. Figures checked against the Maven CSVs
(sales_pipeline.csv; Melvin Marxen's team from sales_teams.csv)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from agents.periods import find_period, find_periods
from bot.events import IncomingMessage, Reply
from bot.pipeline import Pipeline
from tests.conftest import agent_for

NOV_20 = date(2017, 11, 20)
OUT_OF_SCOPE = "outside what I can help with"


def _send(engine: Engine, user: str, text: str, today: date = NOV_20) -> Reply:
    message = IncomingMessage("console", user, text, conversation_id=f"r83-{hash(text)}", today=today)
    return Pipeline(engine, agent_for(engine)).handle_sync(message)


@pytest.mark.parametrize(("user", "text", "today", "figures"), [
    ("Darcel Schlecht", "gimme my numbers ytd", NOV_20, ("$1,001,571", "310 won", "189 lost")),
    ("Melvin Marxen", "what are the team's numbers this month", NOV_20, ("$199,978", "74 won", "83 lost")),
    ("Darcel Schlecht", "numbers for the qtr?", date(2017, 10, 15), ("$357,666", "94 won", "65 lost")),
    ("Darcel Schlecht", "stats this month pls", NOV_20, ("$108,018", "30 won", "25 lost")),
    ("Darcel Schlecht", "what are my numbers for the year", date(2017, 12, 31), ("$1,153,214", "349 won")),
    ("Darcel Schlecht", "can i get my numbers for last month", NOV_20, ("$130,432", "32 won", "30 lost")),
])  # fmt: skip
def test_numbers_asked_in_shorthand_are_the_askers_figures(
    seeded_engine: Engine, user: str, text: str, today: date, figures: tuple[str, ...]
) -> None:
    reply = _send(seeded_engine, user, text, today).text
    assert all(f in reply for f in figures), reply


@pytest.mark.parametrize("text", ["numbers at the gym", "what are my lucky numbers", "phone numbers for Kan-code",
                                  "the cell number of their CFO at Konex?"])  # fmt: skip
def test_numbers_that_are_no_sales_figures_stay_out_of_scope(seeded_engine: Engine, text: str) -> None:
    assert OUT_OF_SCOPE in _send(seeded_engine, "Darcel Schlecht", text).text


def test_an_accounts_numbers_stay_the_accounts(seeded_engine: Engine) -> None:
    reply = _send(seeded_engine, "Darcel Schlecht", "what are the numbers on the Kan-code deal").text
    assert "Kan-code: 115 won, 72 lost" in reply and "win rate 61.5%. " in reply, reply  # no stray ")"


@pytest.mark.parametrize(("text", "start", "end"), [
    ("win rate over the year", date(2017, 1, 1), NOV_20),
    ("numbers for the qtr", date(2017, 10, 1), date(2017, 12, 31)),
    ("how many did we close in the month", date(2017, 11, 1), date(2017, 11, 30)),
    ("revenue for the quarter by rep", date(2017, 10, 1), date(2017, 12, 31)),
])  # fmt: skip
def test_the_unit_alone_is_the_current_one(text: str, start: date, end: date) -> None:
    period = find_period(text, NOV_20)
    assert period is not None and (period.start, period.end) == (start, end), period


@pytest.mark.parametrize(("text", "start", "end"), [
    ("in Q3, what was my win rate for the quarter", date(2017, 7, 1), date(2017, 9, 30)),
    ("deals closed in the month of march", date(2017, 3, 1), date(2017, 3, 31)),
    ("won revenue for the year 2016", date(2016, 1, 1), date(2016, 12, 31)),
])  # fmt: skip
def test_the_unit_beside_a_named_period_is_that_period(text: str, start: date, end: date) -> None:
    periods = find_periods(text, NOV_20)
    assert [(p.start, p.end) for p in periods] == [(start, end)], periods


def test_a_summary_shows_no_cells_its_scope_empties(seeded_engine: Engine) -> None:
    blocks = _send(seeded_engine, "Darcel Schlecht", "how am I doing this quarter").blocks
    closed, still_open = ([f.label for f in b.facts] for b in blocks if b.title == "Figures")
    assert "Won revenue" in closed and "Engaging / Prospecting" not in closed, closed
    assert "Open pipeline (list price)" not in closed, closed
    assert "Open pipeline (list price)" in still_open and "Win rate" not in still_open, still_open
    assert "Won / Lost" not in still_open, still_open


def test_a_whole_book_keeps_every_cell(seeded_engine: Engine) -> None:
    blocks = _send(seeded_engine, "Darcel Schlecht", "how many deals do I have in total").blocks
    labels = [f.label for b in blocks if b.title == "Figures" for f in b.facts]
    assert "Won / Lost" in labels and "Engaging / Prospecting" in labels, labels


@pytest.mark.parametrize(("user", "text", "figures"), [
    ("Darcel Schlecht", "anything won yesterday?", ("$7,016", "2 won", "closed yesterday, 19 November")),
    ("Melvin Marxen", "did the team close anything yesterday", ("$14,830", "6 won")),
    ("Darcel Schlecht", "anything lost last week", ("8 lost",)),
    ("Melvin Marxen", "anything closed this week?", ("$36,937", "18 won", "closed this week")),
])  # fmt: skip
def test_anything_done_lately_is_the_askers_results(
    seeded_engine: Engine, user: str, text: str, figures: tuple[str, ...]
) -> None:
    reply = _send(seeded_engine, user, text).text
    assert all(f in reply for f in figures), reply


@pytest.mark.parametrize("text", ["anything I should know this week?", "did they sign anything yesterday"])
def test_anything_without_a_result_or_a_seller_is_not_a_tally(seeded_engine: Engine, text: str) -> None:
    assert OUT_OF_SCOPE in _send(seeded_engine, "Darcel Schlecht", text).text


VALUE = "has the highest open pipeline value (list price): "
COUNT = "Darcel Schlecht has the most open deals: 194 (83 Engaging, 111 Prospecting)"


@pytest.mark.parametrize(("text", "said"), [
    ("which rep has the most open pipeline", f"Darcel Schlecht {VALUE}$656,040"),
    ("which account has the most pipeline", f"Betasoloin {VALUE}$53,669"),
    ("which rep has the most pipeline deals", COUNT),
    ("which rep has the most open deals", COUNT),
])  # fmt: skip
def test_most_pipeline_is_its_value_and_open_counts_split_by_stage(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _send(seeded_engine, "Melvin Marxen", text, date(2017, 12, 31)).text
    assert said in reply and "0 won" not in reply, reply
