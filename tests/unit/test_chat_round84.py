"""What a seller holds today asked beside a period's figure is answered as its own figure: "open deals count? + my q4
won rev" (the open count was dropped into the Q4 won figure), "my win rate in Q3 and my open deals". "What am I
carrying into jan" is the asker's open pipeline, not January's closes. "Any open opps left or am I fully closed
out?" asks about open deals ("closed out" is the asker done). These were found when a closed period's table stopped
showing "Engaging / Prospecting 0 / 0", which had matched the expected 0 by chance. Figures checked against the
Maven CSVs (sales_pipeline.csv)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from agents.agent import Agent
from bot.events import IncomingMessage
from bot.pipeline import Pipeline

YEAR_END = date(2017, 12, 31)


def _answer(engine: Engine, user: str, text: str) -> str:
    message = IncomingMessage("console", user, text, conversation_id=f"r84-{hash(text)}", today=YEAR_END)
    return Pipeline(engine, Agent(engine)).handle_sync(message).text.split("\n\n", 1)[0]  # the sentences


@pytest.mark.parametrize(("user", "text", "figures"), [
    ("Garret Kinder", "what am i carrying into jan, open deals count? + my q4 won rev", ("no open deals", "$52,812")),
    ("Darcel Schlecht", "how many open deals do i have, and my q4 won rev", ("194 open deals", "$357,666")),
    ("Darcel Schlecht", "open deals count + my q4 won rev", ("You: 194 open deals", "$357,666")),
    ("Darcel Schlecht", "my win rate in Q3 and my open deals", ("63.5%", "194 open deals")),
    ("Darcel Schlecht", "how many deals did i lose in Q3? plus my Q3 win rate", ("66 lost", "63.5%")),
])  # fmt: skip
def test_each_figure_of_a_list_with_what_is_held_now_is_answered(
    seeded_engine: Engine, user: str, text: str, figures: tuple[str, ...]
) -> None:
    reply = _answer(seeded_engine, user, text)
    assert all(f in reply for f in figures), reply


def test_two_periods_of_one_figure_joined_by_and_stay_side_by_side(seeded_engine: Engine) -> None:
    reply = _answer(seeded_engine, "Darcel Schlecht", "my win rate in Q4 and the win rate in Q3")
    assert reply.startswith("Win rate: Q4 2017: 59.1%") and "Q3 2017: 63.5%" in reply, reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Darcel Schlecht", "what am i carrying into jan", "You: 194 open deals"),
    ("Melvin Marxen", "what is the team carrying into next quarter", "Your team: 511 open deals"),
    ("Darcel Schlecht", "how much pipe am i carrying", "194 open deals"),
])  # fmt: skip
def test_what_a_seller_carries_is_their_open_pipeline(seeded_engine: Engine, user: str, text: str, said: str) -> None:
    reply = _answer(seeded_engine, user, text)
    assert said in reply and "closed in" not in reply and "open at the end" not in reply, reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Garret Kinder", "any open opps left on my plate or am i fully closed out? how many", "You: no open deals"),
    ("Darcel Schlecht", "am I closed out for the year or do i have open deals left", "You: 194 open deals"),
])  # fmt: skip
def test_closed_out_is_the_asker_done_not_a_stage(seeded_engine: Engine, user: str, text: str, said: str) -> None:
    reply = _answer(seeded_engine, user, text)
    assert said in reply and "closed deals" not in reply, reply


def test_deals_closed_out_are_still_closed_deals(seeded_engine: Engine) -> None:
    reply = _answer(seeded_engine, "Darcel Schlecht", "how many deals have i closed out this year")
    assert "553 closed deals" in reply, reply
