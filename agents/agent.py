"""The agent: turns a request into tool calls and composes a short answer from their results."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine
from sqlmodel import Session

from agents.context import ToolContext
from agents.planner import plan
from agents.tools import CATALOGUE
from bot.errors import DealbotError
from bot.events import Reply
from memory.models import User

HELP = (
    'I can tell you about your deals and accounts, for example "how many open deals do I have?" '
    'or "tell me about Cancity".'
)


class Agent:
    """One request in, one reply out; every answer comes from a tool in the catalogue."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def answer(self, *, user_id: int, text: str, today: date) -> Reply:
        with Session(self._engine) as session:
            user = session.get(User, user_id)
            if user is None:
                return Reply(
                    text="I don't know you any more; ask an admin to link your account.", kind="error"
                )
            ctx = ToolContext(session=session, user=user, today=today)
            call = plan(ctx, text)
            if call is None:
                return Reply(text=HELP, kind="answer")
            tool = CATALOGUE[call.name]
            try:
                result = tool.invoke(ctx, call.args)
            except DealbotError as exc:
                return Reply(text=exc.message, kind="answer")
            return Reply(text=result.text, blocks=result.blocks, basis=result.basis, data=result.data)
