"""The console as a chat platform: `dealbot chat` (a REPL) and `dealbot ask` (one shot)."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import date
from typing import TextIO

from adapters.console.render import render_json, render_text
from bot.events import IncomingMessage, Reply

Handler = Callable[[IncomingMessage], Awaitable[Reply]]
PROMPT = "you> "
QUIT_WORDS = {"quit", "exit", ":q", "bye"}


def to_incoming(text: str, *, user: str, today: date | None, conversation_id: str) -> IncomingMessage:
    """Console input as the neutral event every adapter produces."""
    return IncomingMessage(
        platform="console",
        user_ref=user,
        text=text,
        conversation_id=conversation_id,
        event_id=uuid.uuid4().hex,
        today=today,
    )


async def ask_once(handle: Handler, text: str, *, user: str, today: date | None, as_json: bool) -> Reply:
    reply = await handle(to_incoming(text, user=user, today=today, conversation_id=uuid.uuid4().hex))
    print(render_json(reply) if as_json else render_text(reply))
    return reply


async def chat(handle: Handler, *, user: str, today: date | None, stdin: TextIO, stdout: TextIO) -> None:
    """Read questions until EOF or a quit word; one conversation for the whole session."""
    conversation = uuid.uuid4().hex
    stdout.write(f"dealbot: hi {user}, ask me about your deals (Ctrl-D or 'quit' to leave)\n")
    while True:
        stdout.write(PROMPT)
        stdout.flush()
        line = stdin.readline()
        if not line or line.strip().lower() in QUIT_WORDS:
            stdout.write("\n")
            return
        if not line.strip():
            continue
        reply = await handle(to_incoming(line.strip(), user=user, today=today, conversation_id=conversation))
        stdout.write("dealbot: " + render_text(reply).replace("\n", "\n         ") + "\n")
