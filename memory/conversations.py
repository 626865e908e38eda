"""Recent turns of chat threads, kept in SQL so any web process can answer a follow-up."""

from __future__ import annotations

from sqlmodel import Session, col, select

from memory.models import ConversationTurn


def recent_turns(session: Session, *, thread_key: str, limit: int) -> list[ConversationTurn]:
    """The last ``limit`` turns of a thread, oldest first."""
    query = (
        select(ConversationTurn)
        .where(ConversationTurn.thread_key == thread_key)
        .order_by(col(ConversationTurn.id).desc())
        .limit(limit)
    )
    return list(reversed(session.exec(query).all()))


def add_exchange(session: Session, *, thread_key: str, question: str, answer: str) -> None:
    session.add(ConversationTurn(thread_key=thread_key, role="user", text=question))
    session.add(ConversationTurn(thread_key=thread_key, role="assistant", text=answer))
