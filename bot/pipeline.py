"""The neutral request pipeline every adapter feeds: identify the person, then log a note ("log: ...")
or ask the agent."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import date

from sqlalchemy import Engine
from sqlmodel import Session

from agents.agent import Agent
from bot.errors import UnknownUserError
from bot.events import UNLINKED_REPLY, IncomingMessage, Reply
from bot.notes import NoteLogger, note_text
from memory.users import find_chat_user
from policies.cards import card_for


class Pipeline:
    """Identity first, then the agent; the store is touched off the event loop."""

    def __init__(self, engine: Engine, agent: Agent, notes: NoteLogger | None = None) -> None:
        self._engine = engine
        self._agent = agent
        self._notes = notes or NoteLogger(engine)  # "log: ..." messages are notes, on every platform

    def identify(self, message: IncomingMessage) -> int:
        """The dealbot user id behind a platform identity; :class:`UnknownUserError` if none."""
        with Session(self._engine) as session:
            user = find_chat_user(session, platform=message.platform, ref=message.user_ref, email=message.user_email)
            if user is None or user.id is None:
                raise UnknownUserError(f"unknown user {message.user_ref!r} on {message.platform}")
            return user.id

    async def handle(self, message: IncomingMessage) -> Reply:
        return await asyncio.to_thread(self.handle_sync, message)

    def handle_sync(self, message: IncomingMessage) -> Reply:
        try:
            user_id = self.identify(message)
        except UnknownUserError:
            text = UNLINKED_REPLY.format(platform=message.platform, ref=message.user_ref)
            return Reply(text=text, kind="error")
        note = note_text(message.text)
        if note is not None:
            return self._notes.log(user_id=user_id, note=note, message=message)
        today = message.today or date.today()
        thread = f"{message.platform}:{message.conversation_id}:{message.thread_id or ''}"
        reply = self._agent.answer(user_id=user_id, text=message.text, today=today, thread_id=thread)
        ids = (*reply.proposal_ids, *reply.reshown_ids)
        if not ids:
            return reply
        with Session(self._engine) as session:  # every draft comes with its approval card
            cards = tuple(c for pid in ids if (c := card_for(session, proposal_id=pid)) is not None)
        return replace(reply, cards=cards)
