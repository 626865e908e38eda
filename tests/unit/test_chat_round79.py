"""A manager's "for me"/"for us" in a ranking of reps means her team ("who closed the most deals for me last
month"), and a decision about someone's job (fire, let go, promote, give a raise) is the manager's to make: the
figures are given, never a name picked for it. Figures checked against the Maven CSVs (sales_pipeline.csv,
sales_teams.csv: Cara Losch's team is Corliss Cosme, Violet Mclelland, Garret Kinder, Rosie Papadopoulos, Wilburn
Farren and Elizabeth Anderson)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from bot.events import IncomingMessage
from bot.pipeline import Pipeline
from tests.conftest import agent_for

OCT_10 = date(2017, 10, 10)


def _reply(engine: Engine, user: str, text: str, today: date = OCT_10) -> str:
    message = IncomingMessage("console", user, text, conversation_id=f"r79-{hash(text)}", today=today)
    return Pipeline(engine, agent_for(engine)).handle_sync(message).text


@pytest.mark.parametrize(("text", "figure"), [
    ("who closed the most deals for me last month", "28"),  # Corliss: 25 won + 3 lost in September
    ("who won the most deals for us in september", "25"),
    ("which rep brought in the most revenue for me last month?", "78,782"),
    ("who's closed the most for us in september", "28"),
])  # fmt: skip
def test_a_managers_for_me_ranks_her_team(seeded_engine: Engine, text: str, figure: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert "Corliss Cosme" in reply and figure in reply and "Darcel" not in reply, reply


@pytest.mark.parametrize("text", [
    "who closed the most deals last month",  # nobody's: every rep
    "who won the most deals in september? pull it for me",  # a favour asked, not whose deals
])  # fmt: skip
def test_no_for_me_ranks_every_rep(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert "Darcel Schlecht" in reply, reply  # 46 closed, 39 won in September: first of all reps


@pytest.mark.parametrize("text", [
    "which of my reps should I let go based on win rate",
    "rank my reps by win rate and tell me who to fire",
    "who on my team deserves a raise",
    "which rep should I promote to team lead?",
    "based on the numbers who should I put on a performance plan",
])  # fmt: skip
def test_a_decision_about_someones_job_is_not_made(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert "yours to make" in reply and "Wilburn Farren has" not in reply, reply


@pytest.mark.parametrize(("text", "figure"), [
    ("rank my reps by win rate", "69.6%"),  # Wilburn Farren, all time
    ("who on my team has the lowest win rate", "61.0%"),  # Garret Kinder
    ("which rep should I pair with the new hire? who has the best win rate on my team", "69.6%"),
])  # fmt: skip
def test_rankings_of_reps_are_still_answered(seeded_engine: Engine, text: str, figure: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert figure in reply and "yours to make" not in reply, reply


@pytest.mark.parametrize(("text", "figure"), [
    ("who closed the most in september", "46"),  # Darcel Schlecht: 39 won + 7 lost
    ("who's closed the most in september?", "46"),
])  # fmt: skip
def test_closed_the_most_counts_closed_deals(seeded_engine: Engine, text: str, figure: str) -> None:
    reply = _reply(seeded_engine, "Melvin Marxen", text)
    assert "Darcel Schlecht" in reply and figure in reply, reply
