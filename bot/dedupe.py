"""Retry de-duplication for inbound chat events: record an id once, and know a redelivery when it comes.

Slack retries an event it thinks we missed (``X-Slack-Retry-Num``) and may deliver one twice; Bolt does
not de-duplicate. The ``ProcessedEvent`` primary key (source, event_id) makes the record atomic on any
number of web processes: the first INSERT wins, every later one finds the row."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from sqlalchemy import Engine
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col, delete

from memory.models import ProcessedEvent, utcnow

ID_MAX_LENGTH = 200  # ProcessedEvent.event_id
# Slack gives up retrying after about an hour and Teams redeliveries come within minutes: a week of ids is
# plenty to recognise any redelivery, and keeps the table from growing for ever.
KEEP_EVENT_IDS = timedelta(days=7)


def seen_before(engine: Engine, source: str, event_id: str) -> bool:
    """Record ``event_id`` from ``source``; True if it had been recorded already (a retry or a duplicate)."""
    values = {"source": source, "event_id": event_id[:ID_MAX_LENGTH], "seen_at": utcnow()}
    returning = col(ProcessedEvent.event_id)  # RETURNING, not rowcount: psycopg reports -1 for ON CONFLICT DO NOTHING
    if engine.dialect.name == "postgresql":
        statement = pg_insert(ProcessedEvent).values(**values).on_conflict_do_nothing().returning(returning)
    else:  # SQLite, the other supported store
        statement = sqlite_insert(ProcessedEvent).values(**values).on_conflict_do_nothing().returning(returning)
    with engine.begin() as conn:
        recorded = conn.execute(statement).first()
    return recorded is None


def prune_processed(engine: Engine, *, keep: timedelta = KEEP_EVENT_IDS) -> int:
    """Forget event ids recorded longer than ``keep`` ago; returns how many went."""
    cutoff = utcnow() - keep
    with engine.begin() as conn:
        result = conn.execute(delete(ProcessedEvent).where(col(ProcessedEvent.seen_at) < cutoff))
    return int(result.rowcount or 0)


class Deduper:
    """:func:`seen_before` for the event loop, on its own small thread pool.

    Its own pool, not the default executor: the agent's work runs there, and a de-duplication check sits
    in front of Slack's 3-second acknowledgement, so it must not queue behind fifty answers being written."""

    def __init__(self, engine: Engine, *, threads: int = 4) -> None:
        self._engine = engine
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="dedupe")

    async def seen_before(self, source: str, event_id: str) -> bool:
        """True when this (source, id) was recorded before; records it otherwise."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, seen_before, self._engine, source, event_id)

    def close(self) -> None:
        self._pool.shutdown(wait=True)
