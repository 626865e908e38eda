"""Ingestion's overlap of SQL work and vector writes keeps its promises: an item is reported only once it
is committed and its chunks are stored, batches are reported in order, and a vector write that fails
part-way leaves nothing reported that is not stored; the re-run repairs the rest without duplicates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from bot.ingest_events import InboundItem, Party
from memory.ingest import Ingestor, Outcome, chunks_of
from memory.models import Interaction
from memory.vector import VectorMemory


def _mail(n: int) -> list[InboundItem]:
    start = datetime(2017, 3, 1, 9, tzinfo=UTC)
    return [
        InboundItem(
            source_ref=f"<p-{i}@cancity.example>",
            kind="email",
            subject=f"GTX Pro rollout, part {i}",
            text=f"Hi, part {i} of our rollout questions: can the pilot for site {i} start next week? "
            "We were happy with the demo.",
            sender=Party("Maria Lopez", "maria@cancity.example"),
            occurred_at=start + timedelta(hours=i),
        )  # fmt: skip
        for i in range(n)
    ]


class Watcher:
    """Checks, at the moment each outcome is reported, that its row and all its chunks are stored."""

    def __init__(self, engine: Engine, vectors: VectorMemory) -> None:
        self.engine, self.vectors, self.seen = engine, vectors, []  # type: ignore[var-annotated]

    def __call__(self, outcome: Outcome) -> None:
        with Session(self.engine) as session:
            row = session.exec(select(Interaction).where(Interaction.source_ref == outcome.source_ref)).one()
        assert self.vectors.missing([c.id for c in chunks_of(row)]) == set(), f"{outcome.source_ref} reported early"
        self.seen.append(outcome.source_ref)


def test_outcomes_come_after_commit_and_vectors_and_in_order(store: Engine, vectors: VectorMemory) -> None:
    items = _mail(11)
    watcher = Watcher(store, vectors)
    outcomes = Ingestor(store, vectors, on_outcome=watcher, batch_size=3).ingest(items)
    assert watcher.seen == [o.source_ref for o in outcomes] == [i.source_ref for i in items]
    assert {o.status for o in outcomes} == {"linked"} and all(o.account == "Cancity" for o in outcomes)
    again = Ingestor(store, vectors, batch_size=4).ingest(items)
    assert {o.status for o in again} == {"duplicate"} and vectors.count() == len(items)


class FailsOnSecondWrite(VectorMemory):
    """The real collection; the second vector write dies, as a killed process would."""

    writes = 0

    def upsert(self, chunks: Any, embeddings: Any = None) -> int:
        self.writes += 1
        if self.writes == 2:
            raise RuntimeError("killed during the second batch's vector write")
        return super().upsert(chunks, embeddings)


def test_failed_vector_write_reports_only_what_is_stored_and_rerun_repairs(
    store: Engine, vectors: VectorMemory
) -> None:
    items = _mail(9)
    flaky = FailsOnSecondWrite.__new__(FailsOnSecondWrite)
    flaky.__dict__.update(vectors.__dict__)  # same collection and caches, a different upsert
    watcher = Watcher(store, vectors)
    with pytest.raises(RuntimeError, match="second batch"):
        Ingestor(store, flaky, on_outcome=watcher, batch_size=3).ingest(items)
    assert watcher.seen == [i.source_ref for i in items[:3]]  # the first batch, fully stored, and no more
    with Session(store) as session:
        stored = session.exec(select(func.count()).select_from(Interaction)).one()
    assert stored >= 6  # the second batch was committed to SQL (and maybe the third) before the crash
    rerun = Ingestor(store, vectors, batch_size=3).ingest(items)
    by_status = {o.source_ref: o.status for o in rerun}
    assert [by_status[i.source_ref] for i in items[:stored]] == ["duplicate"] * stored
    assert vectors.count() == len(items)  # missing chunks written on the re-run, none twice
    with Session(store) as session:
        assert session.exec(select(func.count()).select_from(Interaction)).one() == len(items)
