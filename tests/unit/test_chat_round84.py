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

from bot.events import IncomingMessage
from bot.pipeline import Pipeline
from tests.conftest import agent_for

YEAR_END = date(2017, 12, 31)


def _answer(engine: Engine, user: str, text: str) -> str:
    message = IncomingMessage("console", user, text, conversation_id=f"r84-{hash(text)}", today=YEAR_END)
    return Pipeline(engine, agent_for(engine)).handle_sync(message).text.split("\n\n", 1)[0]  # the sentences


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


@pytest.mark.parametrize(("user", "text", "said", "not_said"), [
    ("Natalya Ivanova", "Rocco wants everyone's 2017 won revenue for the team sheet. what's mine?",
     "You: won revenue $0", "Rocco"),
    ("Darcel Schlecht", "Melvin needs each rep's Q3 win rate. what's mine?", "You: win rate 63.5%", "by rep"),
    ("Darcel Schlecht", "which rep had the best Q3 win rate? and mine?", "You: win rate 63.5%", "Scope: Darcel"
     " Schlecht; closed in Q3 2017 (2017-07-01 to 2017-09-30).)\nYou"),
])  # fmt: skip
def test_whats_mine_after_a_figure_of_others_is_the_askers_own(
    seeded_engine: Engine, user: str, text: str, said: str, not_said: str
) -> None:
    reply = _answer(seeded_engine, user, text)
    assert said in reply and not_said not in reply, reply


def test_a_ranking_asked_before_mine_is_answered_too(seeded_engine: Engine) -> None:
    reply = _answer(seeded_engine, "Darcel Schlecht", "which rep had the best Q3 win rate? and mine?")
    assert reply.startswith("Rosie Papadopoulos has the highest win rate: 74.2%"), reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Donn Cantrell", "vp asked what im carrying into 2018. open opps + what theyre worth at list?", "You: no open"),
    ("Darcel Schlecht", "my boss asked how im doing this quarter. win rate + open deals?", "You: win rate 59.1%"),
])  # fmt: skip
def test_a_relayed_question_about_the_asker_keeps_the_asker_as_owner(
    seeded_engine: Engine, user: str, text: str, said: str
) -> None:
    reply = _answer(seeded_engine, user, text)
    assert said in reply and "The company" not in reply, reply


def test_a_relayed_question_naming_no_one_keeps_the_requests_scope(seeded_engine: Engine) -> None:
    reply = _answer(
        seeded_engine, "Darcel Schlecht", "vp asked who actually sells the GTK 500. # of GTK 500 wins per office?"
    )
    assert "1. West: 15" in reply and "Scope: GTK 500; won deals" in reply, reply


def test_mine_after_every_reps_ranking_of_something_else_is_my_ranking(seeded_engine: Engine) -> None:
    text = "the boss wants every rep's top 2 products by won revenue. mine?"
    reply = _answer(seeded_engine, "Darcel Schlecht", text)
    assert "1. GTX Pro: $773,129" in reply and "2. GTX Plus Pro: $176,844" in reply, reply
    assert "Scope: Darcel Schlecht" in reply, reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Melvin Marxen", "my win rate this year", "Your team: win rate 62.2%"),
    ("Melvin Marxen", "how am I doing this year", "Your team: won revenue $2,251,930"),
    ("Darcel Schlecht", "my win rate this year", "You: win rate 63.1%"),  # a rep's own stays "You"
])  # fmt: skip
def test_a_managers_own_figures_are_told_as_the_teams(seeded_engine: Engine, user: str, text: str, said: str) -> None:
    assert said in _answer(seeded_engine, user, text)
