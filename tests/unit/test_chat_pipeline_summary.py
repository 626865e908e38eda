"""A pipeline summary asked for in chat ("give me a pipeline summary for my team", "how's the team pipe looking",
"what's in my pipe", "pipeline at Kan-code") is the open deals now: count and value at list price, split by stage,
then by rep for a team, by product for a rep or an account, highest value first. A ranking, a comparison or a
pipeline of another trade ("our hiring pipeline") is not one. A call the tool's schema rejects is told as a
question to rephrase, never as the validation text. Figures checked against the Maven CSVs (sales_pipeline.csv
open deals priced from products.csv, GTXPro = GTX Pro; the teams from sales_teams.csv)."""

from __future__ import annotations

from datetime import date

import pytest
from langchain_core.messages import ToolMessage
from sqlalchemy import Engine

from agents.offline.model import _data_of
from bot.events import IncomingMessage, Reply
from bot.pipeline import Pipeline
from tests.conftest import agent_for

YEAR_END = date(2017, 12, 31)
MELVINS = "Your team's open pipeline: 511 deals worth $1,312,792 at list price"
MELVINS_STAGES = "(Engaging: 215 deals, $541,715; Prospecting: 296 deals, $771,077)"
OUT_OF_SCOPE = "outside what I can help with"


def _send(engine: Engine, user: str, text: str) -> Reply:
    message = IncomingMessage("console", user, text, conversation_id=f"pipe-{hash(text)}", today=YEAR_END)
    return Pipeline(engine, agent_for(engine)).handle_sync(message)


@pytest.mark.parametrize("text", [
    "give me a pipeline summary for my team",
    "whats in the pipe for my guys",
    "how's the team pipeline looking",
    "team pipeline by rep",
])  # fmt: skip
def test_a_managers_team_pipeline_is_summed_up_by_stage_and_rep(seeded_engine: Engine, text: str) -> None:
    reply = _send(seeded_engine, "Melvin Marxen", text).text
    assert MELVINS in reply and MELVINS_STAGES in reply, reply
    assert "1. Darcel Schlecht: $656,040 (194 deals)" in reply, reply


def test_a_team_summary_asked_with_who_carries_most_leads_with_that_rep(seeded_engine: Engine) -> None:
    text = "hows the team pipe lookin?? total + number of opps, and who's carrying the most of it"
    reply = _send(seeded_engine, "Summer Sewald", text).text
    assert "414 deals worth $993,296" in reply and "1. Kary Hendrixson: $276,517" in reply, reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Darcel Schlecht", "summarize my pipe", "1. GTX Pro: $448,353 (93 deals)"),
    ("Darcel Schlecht", "what's in my pipeline", "Your open pipeline: 194 deals worth $656,040"),
    ("Darcel Schlecht", "pipeline at Kan-code", "Kan-code's open pipeline: 9 deals worth $23,953"),
    ("Garret Kinder", "my pipeline?", "You have no open deals"),
])  # fmt: skip
def test_a_reps_or_accounts_pipeline_is_summed_up(seeded_engine: Engine, user: str, text: str, said: str) -> None:
    reply = _send(seeded_engine, user, text).text
    assert said in reply, reply


def test_the_summary_tables_show_pipeline_value_not_won_columns(seeded_engine: Engine) -> None:
    blocks = _send(seeded_engine, "Melvin Marxen", "team pipeline by rep").blocks
    by_rep = next(b for b in blocks if b.title == "By rep")
    assert by_rep.columns == ("Rep", "Deals", "Pipeline (list price)"), by_rep.columns
    assert ("Darcel Schlecht", "194", "$656,040") in by_rep.rows, by_rep.rows


@pytest.mark.parametrize(("text", "not_said"), [
    ("which rep has the biggest pipeline", "open pipeline: "),  # a ranking: the top rep alone
    ("my pipe vs Vicki Laflamme's", "open pipeline: "),  # a comparison
    ("my pipeline at the end of Q3", "open pipeline: "),  # a pipeline of a past day
])  # fmt: skip
def test_rankings_comparisons_and_past_pipelines_are_not_summaries(
    seeded_engine: Engine, text: str, not_said: str
) -> None:
    reply = _send(seeded_engine, "Darcel Schlecht", text).text
    assert not_said not in reply and OUT_OF_SCOPE not in reply, reply


@pytest.mark.parametrize("text", ["hiring pipeline for next year?", "what's in the hiring pipe for my team",
                                  "how's the data pipeline looking"])  # fmt: skip
def test_a_pipeline_of_another_trade_is_out_of_scope(seeded_engine: Engine, text: str) -> None:
    assert OUT_OF_SCOPE in _send(seeded_engine, "Melvin Marxen", text).text


def test_a_rejected_tool_call_is_told_as_a_question_to_rephrase() -> None:
    rejected = ToolMessage("Error invoking tool 'deal_stats' with kwargs {...}", tool_call_id="1", status="error")
    data = _data_of(rejected)
    assert data["error"].startswith("I couldn't turn that into a query") and "kwargs" not in data["error"], data


@pytest.mark.parametrize(("user", "text", "figures"), [
    ("Darcel Schlecht", "my pipeline and win rate", ("$656,040", "63.1%")),
    ("Melvin Marxen", "team win rate, pipeline and won revenue", ("62.2%", "$1,312,792", "$2,251,930")),
    ("Darcel Schlecht", "my win rate plus pipe", ("63.1%", "$656,040")),
])  # fmt: skip
def test_the_pipeline_listed_beside_other_figures_is_told_too(
    seeded_engine: Engine, user: str, text: str, figures: tuple[str, ...]
) -> None:
    answer = _send(seeded_engine, user, text).text.split("\n\n", 1)[0]  # the sentences, not the tables
    assert all(f in answer for f in figures), answer


def test_a_win_rate_of_pipeline_deals_names_no_pipeline_value(seeded_engine: Engine) -> None:
    answer = _send(seeded_engine, "Darcel Schlecht", "win rate of deals in my pipeline").text.split("\n\n", 1)[0]
    assert "63.1%" in answer and "$656,040" not in answer, answer
