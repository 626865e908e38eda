"""The console goes through the same neutral pipeline as Slack and Teams will."""

from __future__ import annotations

import io
from datetime import date

from sqlalchemy import Engine

from adapters.console.render import render_text
from adapters.console.session import chat, to_incoming
from agents.agent import Agent
from bot.pipeline import Pipeline
from memory.seed import seed_demo
from tests.conftest import FIXTURES


def _pipeline(engine: Engine) -> Pipeline:
    seed_demo(engine, FIXTURES / "maven_mini")
    return Pipeline(engine, Agent(engine))


async def test_chat_session_answers_each_line(engine: Engine) -> None:
    pipeline = _pipeline(engine)
    stdin = io.StringIO("how many open deals do I have?\ntell me about cancity\nquit\n")
    stdout = io.StringIO()
    await chat(pipeline.handle, user="Darcel Schlecht", today=date(2017, 12, 31), stdin=stdin, stdout=stdout)
    out = stdout.getvalue()
    assert "You: " in out and "open deals" in out
    assert "Cancity:" in out and "won" in out


async def test_unknown_user_gets_no_data(engine: Engine) -> None:
    pipeline = _pipeline(engine)
    reply = await pipeline.handle(to_incoming("my open deals", user="Mallory", today=None, conversation_id="c"))
    assert reply.kind == "error"
    assert "I don't know you yet" in reply.text
    assert "deals:" not in reply.text


def test_text_rendering_shows_blocks_and_basis(engine: Engine) -> None:
    pipeline = _pipeline(engine)
    reply = pipeline.handle_sync(to_incoming("my open deals", user="Darcel Schlecht", today=None, conversation_id="c"))
    text = render_text(reply)
    assert "Figures" in text and "(basis: open = Prospecting + Engaging" in text
