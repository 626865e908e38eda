"""Retention: customer interactions and chat turns older than ``RETENTION_DAYS`` are purged by the worker."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, delete
from sqlmodel import col

from memory.db import session_scope
from memory.models import AuditEvent, ConversationTurn, Interaction, utcnow


def purge_expired(engine: Engine, *, keep_days: int | None, now: datetime | None = None) -> int:
    """Delete interactions (by when they happened) and chat turns older than ``keep_days``; audit the
    purge. ``None`` keeps everything. Returns how many rows went."""
    if keep_days is None:
        return 0
    cutoff = (now or utcnow()) - timedelta(days=keep_days)
    with session_scope(engine) as session:
        interactions = session.execute(delete(Interaction).where(col(Interaction.occurred_at) < cutoff))
        turns = session.execute(delete(ConversationTurn).where(col(ConversationTurn.at) < cutoff))
        purged = {"interactions": _count(interactions), "conversation_turns": _count(turns)}
        if any(purged.values()):
            session.add(AuditEvent(actor="worker", action="privacy.retention_purged", subject_type="store",
                                   subject_id="retention", details={**purged, "keep_days": keep_days,
                                                                    "cutoff": cutoff.isoformat()}))  # fmt: skip
    return sum(purged.values())


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
