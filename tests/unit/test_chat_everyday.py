"""Everyday chat about one's own sales, in new words: a verb-led "what did X win/close/sell in P", a performance
check-in ("how are we doing"), deals closing soon, deals needing attention, and a loss reason the CRM does not
keep; with the small talk and personal questions that must stay refused."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.everyday_answers import attention, loss_reasons, summary
from agents.offline.parser import Question, tool_calls
from agents.safety import screen

TODAY = date(2017, 12, 31)


def ask(gazetteer: Gazetteer, text: str) -> Question:
    return read_message(text, gazetteer, TODAY)


@pytest.mark.parametrize(("text", "owner"), [
    ("what'd we bag in Q2?", None),
    ("what have I signed so far this month", "me"),
    ("so what did the whole team sell in november?", "my team"),
    ("what did my reps pull in last quarter", "my team"),
])  # fmt: skip
def test_a_verb_led_question_is_the_won_figure(gazetteer: Gazetteer, text: str, owner: str | None) -> None:
    q = ask(gazetteer, text)
    assert q.style == "figure" and q.measures == ("won_revenue",) and q.count_stage == "won"
    assert q.scope.get("owner") == owner and "period" in q.scope


def test_a_verb_led_loss_is_the_lost_count(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "what did the team drop in Q1")
    assert q.style == "figure" and q.scope["stage"] == "lost" and q.scope["owner"] == "my team"


@pytest.mark.parametrize(("text", "owner", "period"), [
    ("how've we been doing in Q2", None, "q2"),
    ("hows the team tracking this month?", "my team", "this month"),
    ("how's my year shaping up", "me", "this year"),
    ("where am I sitting this quarter", "me", "this quarter"),
    ("what are my numbers looking like", "me", "this quarter"),
])  # fmt: skip
def test_a_check_in_is_a_performance_summary(gazetteer: Gazetteer, text: str, owner: str | None, period: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "summary" and q.scope.get("owner") == owner and period in q.scope["period"]


def test_a_current_period_adds_the_open_pipeline_now(gazetteer: Gazetteer) -> None:
    now, past = ask(gazetteer, "how am I tracking this month"), ask(gazetteer, "how did I do in Q2")
    assert [c.args.get("stage") for c in tool_calls(now)] == [None, "open"]
    assert "period" not in tool_calls(now)[1].args  # open deals have no close date
    assert len(tool_calls(past)) == 1


@pytest.mark.parametrize("text", ["which opps are likely to close?", "any of my deals landing this week",
                                  "what's due to sign"])  # fmt: skip
def test_closing_soon_reads_the_open_deals(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "closing_soon" and q.scope == {"owner": "me"}


@pytest.mark.parametrize("text", ["what should I be working on this morning", "which of my opps are stale",
                                  "anything sitting idle in the pipeline?", "deals that need a push",
                                  "where should my team focus"])  # fmt: skip
def test_attention_is_scoped_to_the_asker_and_open(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "attention" and q.scope.get("owner") in ("me", "my team")
    listed, risk = tool_calls(q)
    assert listed.args["stage"] == "engaging" and listed.args["sort"] == "oldest_engaged" and risk.name == "deal_risk"


@pytest.mark.parametrize("text", ["how many of my deals did we lose on pricing", "why do we keep losing deals",
                                  "what are the main loss reasons this year",
                                  "did the team lose any over budget?"])  # fmt: skip
def test_a_loss_reason_is_not_a_count_of_losses(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "loss_reasons" and q.scope["stage"] == "lost"


@pytest.mark.parametrize("text", ["how are you doing today?", "how's it going", "how did the match go",
                                  "what did you win at the raffle", "who won the game last night",
                                  "what should I focus on in my marriage", "how are they doing",
                                  "how am I doing at the gym lately"])  # fmt: skip
def test_small_talk_stays_out(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style not in ("summary", "attention", "closing_soon", "loss_reasons", "figure")


@pytest.mark.parametrize("text", ["how am I doing with my health", "how are we getting on with my weight?",
                                  "how am i going with my sleep these days"])  # fmt: skip
def test_a_check_in_on_private_life_is_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "out_of_scope"


@pytest.mark.parametrize("text", ["how am I doing with Isdom", "how's my health score on the Konex deal",
                                  "how am I doing on my quota"])  # fmt: skip
def test_a_check_in_on_work_is_not_screened(text: str) -> None:
    assert screen(text) is None


def test_a_relative_clause_is_no_verb_led_question(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "compare what I actually closed for against list price across my won deals")
    assert q.count_stage != "won" or q.measures != ("won_revenue",)


def _group(**figures: float) -> dict[str, float]:
    return {"won": 0, "lost": 0, "open": 0, "engaging": 0, "prospecting": 0, "won_revenue": 0, "win_rate": None,
            "pipeline_value": 0, **figures}  # fmt: skip


def test_the_answers_say_what_they_rest_on() -> None:
    q = Question("summary", ("breakdown",), {"owner": "me", "period": "this month"}, sides=({"stage": "open"},))
    text = summary(q, [{"groups": [_group(won=3, lost=1, won_revenue=900, win_rate=75.0)], "scope": ["Ann"]},
                       {"groups": [_group(open=2, engaging=2, pipeline_value=500)], "scope": ["Ann"]}])  # fmt: skip
    assert "$900 from 3 won deals" in text and "75.0%" in text and "open pipeline now $500" in text
    lost = loss_reasons(Question("loss_reasons", scope={"owner": "me"}), [{"groups": [_group(lost=7)], "scope": []}])
    assert "doesn't record why" in lost and "7" in lost
    quiet = {"open_deals": 4, "deals_with_interactions": 0, "at_risk": []}
    listed = {"deals": [], "total": 0, "scope": ["Ann"]}
    assert "none of the 4 open deals" in attention(Question("attention"), [listed, quiet])
