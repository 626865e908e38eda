"""Storing what was read: normalise, link, score, extract, remember; in batches, idempotently.

Each batch is committed to SQL before its chunks go to the vector store, and an item is reported as
ingested only after both. ``source_ref`` is unique, so a re-run skips what is stored; if a crash fell
between the commit and the vector write, the re-run finds the missing chunks and writes them.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.ingest_events import InboundItem
from memory.chunks import make_chunks
from memory.embeddings import bulk_backend, encode
from memory.extract import extract_update
from memory.ingest.linking import Link, Linker
from memory.ingest.sentiment import sentiment
from memory.ingest.updates import indexed_status, proposed_changes
from memory.models import Interaction, InteractionKind, utcnow

if TYPE_CHECKING:  # chromadb loads only where vectors are written
    from memory.vector import VectorMemory

log = logging.getLogger("dealbot.ingest")
Status = Literal["linked", "unlinked", "duplicate", "failed", "suppressed"]
MAX_TEXT_CHARS = 200_000  # a stored interaction; longer text is cut, with a warning
BATCH = 128  # items per SQL transaction and per vector write
IN_FLIGHT = 2  # batches committed to SQL whose vectors are still being embedded or written


@dataclass(frozen=True)
class Outcome:
    """What became of one item."""

    source: str
    source_ref: str
    status: Status
    interaction_id: int | None = None
    account: str | None = None
    reason: str | None = None
    proposed: bool = False  # a deal update was proposed from it


@dataclass
class Prepared:
    item: InboundItem
    row: Interaction
    link: Link
    outcome_status: Status


@dataclass
class Staged:
    """A batch committed to SQL whose vector write may still be running."""

    outcomes: list[Outcome]
    stored: list[Prepared]
    names: dict[int, str]
    rows: list[Interaction]
    maybe_missing: list[Interaction]
    job: Future[None] | None = None


@dataclass
class Ingestor:
    """Ingests items into the SQL store and (when given) the vector memory."""

    engine: Engine
    vectors: VectorMemory | None = None
    on_outcome: Callable[[Outcome], None] | None = None
    now: Callable[[], datetime] = utcnow
    outcomes: list[Outcome] = field(default_factory=list)
    batch_size: int = BATCH

    def ingest(self, items: Iterable[InboundItem]) -> list[Outcome]:
        """Ingest ``items`` in batches; returns (and reports) one outcome per item.

        A pipeline: while batches N and N-1 are embedded (on every core: the model releases the GIL) and
        written to the store in order on another thread, batch N+1 is linked, scored and committed to SQL
        here. At most ``IN_FLIGHT`` batches wait for their vectors. A batch is reported only once its vector
        write is done, and batches are reported in order."""
        done: list[Outcome] = []
        pending: deque[Staged] = deque()
        handed: threading.Event | None = None  # the last batch's hand-over to the writer
        with (
            ThreadPoolExecutor(max_workers=IN_FLIGHT, thread_name_prefix="dealbot-ingest-embed") as embedder,
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="dealbot-ingest-write") as writer,
        ):
            try:
                for batch in _batches(items, self.batch_size):
                    staged = self._stage(batch)
                    if self.vectors is not None and (staged.rows or staged.maybe_missing):
                        staged.job, handed = self._index(staged.rows, staged.maybe_missing, embedder, writer, handed)
                    pending.append(staged)
                    while len(pending) > IN_FLIGHT:
                        done += self._report(pending.popleft())
            finally:
                while pending:  # also when the next batch failed: these are stored, say so
                    done += self._report(pending.popleft())
        return done

    def _stage(self, items: Sequence[InboundItem]) -> Staged:
        """Link, score and extract ``items`` and commit them to SQL; the vector write is left to the caller."""
        unique: dict[str, InboundItem] = {}
        outcomes: list[Outcome] = []
        for item in items:
            if item.source_ref in unique:
                outcomes.append(Outcome(_where(item), item.source_ref, "duplicate", reason="twice in this batch"))
            else:
                unique[item.source_ref] = item
        with Session(self.engine, expire_on_commit=False) as session:
            existing = dict(
                session.exec(
                    select(Interaction.source_ref, Interaction.id).where(col(Interaction.source_ref).in_(list(unique)))
                ).all()
            )
            prepared: list[Prepared] = []
            linker = Linker(session) if len(existing) < len(unique) else None
            for ref, item in unique.items():
                if ref in existing:
                    outcomes.append(Outcome(_where(item), ref, "duplicate", existing[ref]))
                    continue
                assert linker is not None
                try:
                    prepared.append(self._prepare(item, linker))
                except Exception as exc:  # one odd item must not stop the batch
                    log.debug("preparing %s failed", ref, exc_info=True)
                    outcomes.append(Outcome(_where(item), ref, "failed", reason=f"{type(exc).__name__}: {exc}"))
            stored = self._commit(session, prepared, outcomes)
            names = {i: a.name for i, a in linker.accounts.items()} if linker is not None else {}
            # Stored before, perhaps without their chunks (a crash between SQL and vectors): check them.
            ids = [o.interaction_id for o in outcomes if o.status == "duplicate" and o.interaction_id is not None]
            old = list(session.exec(select(Interaction).where(col(Interaction.id).in_(ids)))) if ids else []
        return Staged(outcomes, stored, names, [p.row for p in stored], old if self.vectors is not None else [])

    def _report(self, staged: Staged) -> list[Outcome]:
        """Wait for the batch's vector write (its error is raised here), then report every item."""
        if staged.job is not None:
            staged.job.result()
        outcomes = staged.outcomes
        for p in staged.stored:
            outcomes.append(
                Outcome(
                    _where(p.item),
                    p.row.source_ref,
                    p.outcome_status,
                    p.row.id,
                    staged.names.get(p.row.account_id) if p.row.account_id is not None else None,
                    proposed=bool(p.row.extracted.get("proposed_update")),
                )  # fmt: skip
            )
        for outcome in outcomes:
            self.outcomes.append(outcome)
            if self.on_outcome is not None:
                self.on_outcome(outcome)
        return outcomes

    def _prepare(self, item: InboundItem, linker: Linker) -> Prepared:
        warnings = list(item.warnings)
        text = item.text
        if len(text) > MAX_TEXT_CHARS:
            text = text[:MAX_TEXT_CHARS]
            warnings.append(f"text cut to {MAX_TEXT_CHARS:,} characters")
        if not text.strip() and not (item.subject or "").strip():
            raise ValueError("nothing to store: no text and no subject")
        when = item.occurred_at or self.now()
        if item.occurred_at is None:
            warnings.append("no date in the source; ingestion time used")
        link = linker.link(item)
        update = extract_update(
            f"{item.subject or ''}\n{text}" if item.kind == "email" else text,
            now=when.date(), accounts=linker.account_names, people_to_ignore=linker.user_names,
        )  # fmt: skip
        extracted: dict[str, Any] = {
            "update": update.as_json(),
            "link": link.summary(),
            "participants": [p.label for p in item.participants][:50],
            "source": item.source,
        }
        if item.thread_ref:
            extracted["thread"] = item.thread_ref
        if item.in_reply_to:
            extracted["in_reply_to"] = item.in_reply_to
        if item.attachments:
            extracted["attachments"] = [
                {"filename": a.filename, "content_type": a.content_type, "size": a.size} for a in item.attachments
            ]
        if warnings:
            extracted["warnings"] = warnings
        proposal = proposed_changes(linker.session, link.deal_id, update)
        if proposal:
            extracted["proposed_update"] = proposal
        row = Interaction(
            kind=InteractionKind(item.kind), direction=link.direction, occurred_at=when.astimezone(UTC),
            subject=(item.subject or None) and item.subject[:500], raw_text=text, account_id=link.account_id,
            deal_id=link.deal_id, contact_id=link.contact_id, source_ref=item.source_ref[:500],
            sentiment=_customer_sentiment(item, text, link, linker.user_names), logged_by_id=link.logged_by_id,
            extracted=extracted, update_status=indexed_status(extracted),
        )  # fmt: skip
        return Prepared(item, row, link, "linked" if link.account_id is not None else "unlinked")

    def _commit(self, session: Session, prepared: list[Prepared], outcomes: list[Outcome]) -> list[Prepared]:
        """All rows in one transaction; if another process stored one meanwhile, fall back to one by one."""
        kept = [p for p in prepared if not p.link.suppressed]
        for p in prepared:
            if p.link.suppressed:
                outcomes.append(Outcome(_where(p.item), p.item.source_ref, "suppressed",
                                        reason="a participant asked to be erased"))  # fmt: skip
        try:
            session.add_all([p.row for p in kept])
            session.commit()
            return kept
        except IntegrityError:
            session.rollback()
        stored = []
        for p in kept:
            try:
                with session.begin_nested():
                    session.add(p.row)
                stored.append(p)
            except IntegrityError:
                outcomes.append(Outcome(_where(p.item), p.item.source_ref, "duplicate"))
        session.commit()
        return stored

    def _index(
        self, rows: list[Interaction], maybe_missing: list[Interaction], embedder: Executor, writer: Executor,
        after: threading.Event | None,
    ) -> tuple[Future[None], threading.Event]:  # fmt: skip
        """Embed, then write, the new interactions' chunks, and repair duplicates whose chunks never got
        written. Runs on the worker threads: touches the vector store only, never the SQL session.
        Batches are embedded side by side but handed to the one writer thread in order (each waits for
        ``after``, the previous batch's hand-over), so they reach the store in the order they were read.
        Returns the write's future and this batch's hand-over event."""
        vectors = self.vectors
        assert vectors is not None
        written: Future[None] = Future()
        handed = threading.Event()

        def embed() -> None:
            try:
                chunks = [c for r in self._to_index(rows, maybe_missing) for c in chunks_of(r)]
                embedded = encode([c.text for c in chunks], backend=bulk_backend()) if chunks else None
            except BaseException as exc:
                written.set_exception(exc)
                handed.set()
                return
            if after is not None:
                after.wait()
            if chunks:
                writer.submit(write, chunks, embedded)
            else:
                written.set_result(None)
            handed.set()

        def write(chunks: list[Any], embedded: Any) -> None:
            try:
                vectors.upsert(chunks, embeddings=embedded)
                written.set_result(None)
            except BaseException as exc:
                written.set_exception(exc)

        embedder.submit(embed)
        return written, handed

    def _to_index(self, rows: list[Interaction], maybe_missing: list[Interaction]) -> list[Interaction]:
        assert self.vectors is not None
        rows = list(rows)
        if maybe_missing:
            chunks = [c for r in maybe_missing for c in chunks_of(r)]
            missing = self.vectors.missing([c.id for c in chunks])
            rows += [r for r in maybe_missing if any(c.id in missing for c in chunks_of(r))]
        return rows


def chunks_of(row: Interaction) -> list[Any]:
    """The vector-memory chunks of a stored interaction."""
    contact_ids = [int(i) for i in (row.extracted or {}).get("link", {}).get("contact_ids", [])]
    if row.contact_id is not None:
        contact_ids.append(row.contact_id)
    assert row.id is not None
    return make_chunks(
        text=row.raw_text, interaction_id=row.id, source_ref=row.source_ref, kind=str(row.kind),
        occurred_at=row.occurred_at, account_id=row.account_id, deal_id=row.deal_id, contact_ids=contact_ids,
        header=row.subject or "",
    )  # fmt: skip


def _customer_sentiment(item: InboundItem, text: str, link: Link, our_people: list[str]) -> float | None:
    """The customer's tone: inbound mail, what others than our reps said on a call, the rep's voice note
    about the customer. Our own outbound mail and written notes get none."""
    if item.utterances:
        ours = {n.lower() for n in our_people}
        said = " ".join(u.text for u in item.utterances if (u.speaker or "").lower() not in ours)
        return sentiment(said)
    if link.direction == "inbound" or item.kind == "voice_note":
        return sentiment(text)
    return None


def _batches(items: Iterable[InboundItem], size: int) -> Iterator[list[InboundItem]]:
    batch: list[InboundItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _where(item: InboundItem) -> str:
    return item.source or item.source_ref
