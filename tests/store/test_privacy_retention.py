"""Retention on SQLite and PostgreSQL: the worker's purge drops old interactions and chat turns only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session, select

from memory.db import session_scope
from memory.models import AuditEvent, ConversationTurn, Direction, Interaction, InteractionKind
from policies.privacy.retention import purge_expired

NOW = datetime(2018, 1, 1, tzinfo=UTC)


def note(days_ago: int) -> Interaction:
    return Interaction(kind=InteractionKind.NOTE, direction=Direction.INTERNAL, occurred_at=NOW - timedelta(days_ago),
                       raw_text=f"note from {days_ago} days ago", source_ref=f"note-{days_ago}")  # fmt: skip


def test_old_interactions_and_turns_are_purged(engine: Engine) -> None:
    with session_scope(engine) as session:
        session.add_all([note(400), note(366), note(364), note(1)])
        session.add_all([ConversationTurn(thread_key="t", role="user", text=t, at=NOW - timedelta(d))
                         for t, d in (("old", 500), ("new", 2))])  # fmt: skip
    assert purge_expired(engine, keep_days=None, now=NOW) == 0
    assert purge_expired(engine, keep_days=365, now=NOW) == 3
    with Session(engine) as session:
        assert sorted(i.source_ref for i in session.exec(select(Interaction))) == ["note-1", "note-364"]
        assert [t.text for t in session.exec(select(ConversationTurn))] == ["new"]
        audit = session.exec(select(AuditEvent).where(AuditEvent.action == "privacy.retention_purged")).one()
        assert audit.details["interactions"] == 2 and audit.details["conversation_turns"] == 1
    assert purge_expired(engine, keep_days=365, now=NOW) == 0  # nothing left to purge, nothing audited
