"""Vector memory: what customers said, in chunks, searchable by meaning and filtered by account, deal
and time. Chroma embedded under ``var/chroma`` (or a Chroma server when ``CHROMA_HOST`` is set),
telemetry off, our own offline embedding function, never Chroma's default.

Chunk ids derive from the interaction's ``source_ref``, so writing the same interaction again changes
nothing. Retrieved text is data for the reader, never instructions to act on.

Unfiltered queries use Chroma's HNSW index; a query filtered to one account is answered by exact search
over that account's vectors, cached in-process and invalidated through version stamps kept in Chroma
(:mod:`memory.vector_exact`): exact recall and a few milliseconds, where HNSW with a filter walks most
of the graph. ``bench/retrieval_bench.py`` has the figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

from bot.errors import StoreUnavailableError
from memory.chunks import Chunk
from memory.embedding_function import LocalMiniLM
from memory.embeddings import encode
from memory.vector_exact import STAMPS_SUFFIX, Clause, ExactCache, Partition, Stamps, account_plan, top_k, unit

COLLECTION = "interactions"
# HNSW serves unfiltered queries only (one account is searched exactly: memory.vector_exact). At 100k real
# chunks (bench/retrieval_bench.py) Chroma's graph (M=16, ef_construction=100) reaches top-5 recall 0.963
# at ef_search 100, 0.973 at 200, 0.988 at 400; M=32 with ef_construction=200 and ef_search 256 reaches
# 0.995, at ~1.7x the insert cost. Chroma reads ef_search when it loads an index: a change made with
# collection.modify() applies from the next process start.
HNSW = {"space": "cosine", "max_neighbors": 32, "ef_construction": 200, "ef_search": 256}
SMALL_FILTER = 2000  # a filter leaving at most this many chunks is answered by brute force (~1 ms)


@dataclass(frozen=True)
class MemoryHit:
    """One retrieved chunk: the text, how close it is (cosine similarity), and where it came from."""

    text: str
    score: float
    chunk_id: str
    interaction_id: int
    kind: str
    occurred_at: datetime
    account_id: int | None = None
    deal_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class VectorMemory:
    """The Chroma collection of interaction chunks.

    Queries filtered to one account are answered exactly from that account's cached vectors (see
    :mod:`memory.vector_exact`); other filters that leave at most ``SMALL_FILTER`` chunks (one deal, a
    short window) by brute force over those; the rest by Chroma's HNSW index. ``exact_accounts=False``
    sends every query to Chroma (the benchmark's baseline)."""

    def __init__(
        self, client: Any, *, collection: str = COLLECTION, hnsw: dict[str, Any] | None = None,
        exact_accounts: bool = True, cache_vectors: int = 150_000,
    ) -> None:  # fmt: skip
        self._client = client
        self.collection = client.get_or_create_collection(
            collection, embedding_function=LocalMiniLM(), configuration={"hnsw": dict(hnsw or HNSW)}
        )
        self._stamps = Stamps(client, safe_collection_name(collection + STAMPS_SUFFIX))
        self._exact = ExactCache(self.collection, self._stamps, max_vectors=cache_vectors) if exact_accounts else None

    @classmethod
    def open(cls, *, var_dir: Path, host: str | None = None, port: int = 8000, **kwargs: Any) -> VectorMemory:
        """Embedded under ``var_dir/chroma``, or the Chroma server at ``host:port``."""
        try:
            if host:
                client = chromadb.HttpClient(host=host, port=port, settings=ChromaSettings(anonymized_telemetry=False))
            else:
                path = var_dir / "chroma"
                path.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))
            return cls(client, **kwargs)
        except (ValueError, OSError, ConnectionError) as exc:
            where = f"Chroma server at {host}:{port}" if host else f"vector store under {var_dir}/chroma"
            raise StoreUnavailableError(f"{where} cannot be used: {str(exc).splitlines()[0]}") from None

    def upsert(self, chunks: Sequence[Chunk], embeddings: Any = None) -> int:
        """Write ``chunks`` (embedding them unless given); same ids overwrite, so repeats change nothing."""
        if not chunks:
            return 0
        vectors = encode([c.text for c in chunks]) if embeddings is None else embeddings
        ids = [c.id for c in chunks]
        # A re-linked chunk leaves its old account: that account's cached vectors change too.
        touched = _accounts(self.collection.get(ids=ids, include=["metadatas"]))
        touched |= {c.account_id for c in chunks if c.account_id is not None}
        self.collection.upsert(
            ids=ids, embeddings=vectors, documents=[c.text for c in chunks], metadatas=[c.metadata() for c in chunks]
        )
        self._changed(touched)
        return len(chunks)

    def missing(self, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` are not stored (to repair a batch that crashed between SQL and Chroma)."""
        if not ids:
            return set()
        found = self.collection.get(ids=list(ids), include=[])
        return set(ids) - set(found["ids"])

    def search(
        self, query: str, *, account_id: int | None = None, deal_id: int | None = None,
        since: datetime | None = None, until: datetime | None = None, kind: str | None = None, k: int = 5,
    ) -> list[MemoryHit]:  # fmt: skip
        """The ``k`` chunks closest in meaning to ``query`` within the filters."""
        vector = encode([query])
        return self.search_vector(vector[0], where=_where(account_id, deal_id, since, until, kind), k=k)

    def search_vector(self, vector: Any, *, where: dict[str, Any] | None = None, k: int = 5) -> list[MemoryHit]:
        """Nearest chunks to an embedding (the benchmark and ``search`` share this): exact within one
        account, Chroma's HNSW index otherwise."""
        plan = account_plan(where) if self._exact is not None else None
        if plan is not None:
            return self._search_account(vector, *plan, k=k)
        small = self._search_small(vector, where, k) if where and self._exact is not None else None
        if small is None:
            result = self.collection.query(
                query_embeddings=[vector], n_results=k, where=where, include=["documents", "metadatas", "distances"]
            )
            rows = zip(
                result["ids"][0], result["documents"][0], result["metadatas"][0], result["distances"][0], strict=True
            )
            return [_hit(cid, doc, meta, dist) for cid, doc, meta, dist in rows]
        return small

    def _search_small(self, vector: Any, where: dict[str, Any], k: int) -> list[MemoryHit] | None:
        """Brute force when the filter leaves few chunks (one deal, a narrow window), where HNSW would walk
        most of the graph to find them; None when it leaves more than ``SMALL_FILTER``."""
        ids = self.collection.get(where=where, limit=SMALL_FILTER + 1, include=[])["ids"]
        if len(ids) > SMALL_FILTER:
            return None
        if not ids:
            return []
        found = self.collection.get(ids=list(ids), include=["embeddings", "documents", "metadatas"])
        if not found["ids"]:
            return []  # erased in between
        rows = {
            cid: (doc, meta)
            for cid, doc, meta in zip(found["ids"], found["documents"], found["metadatas"], strict=True)
        }
        part = Partition("", np.array(found["ids"], dtype=object), unit(found["embeddings"]), {})
        return [_hit(cid, *rows[cid], dist) for cid, dist in top_k(part, vector, [], k)]

    def _search_account(self, vector: Any, account: int, clauses: list[Clause], k: int) -> list[MemoryHit]:
        assert self._exact is not None
        for attempt in (0, 1):
            nearest = top_k(self._exact.partition(account, reload=attempt > 0), vector, clauses, k)
            if not nearest:
                return []
            # Text and metadata come from the live collection, and must still match the filter: a chunk
            # erased or re-linked since the cache was loaded is never returned.
            found = self.collection.get(ids=[cid for cid, _ in nearest], include=["documents", "metadatas"])
            live = {
                cid: (doc, meta)
                for cid, doc, meta in zip(found["ids"], found["documents"] or [], found["metadatas"] or [], strict=True)
                if meta and all(c.holds(meta) for c in clauses)
            }
            if len(live) == len(nearest) or attempt:
                return [_hit(cid, *live[cid], dist) for cid, dist in nearest if cid in live]
        return []

    def delete_interactions(self, interaction_ids: Sequence[int]) -> int:
        """Forget every chunk of these interactions (erasure); returns how many chunks went."""
        if not interaction_ids:
            return 0
        where: dict[str, Any] = {"interaction_id": {"$in": [int(i) for i in interaction_ids]}}
        return self._delete(where)

    def delete_contact(self, contact_id: int) -> int:
        """Forget every chunk that involves this contact (erasure request); returns how many went."""
        return self._delete({"contact_ids": {"$contains": int(contact_id)}})

    def _delete(self, where: dict[str, Any]) -> int:
        found = self.collection.get(where=where, include=["metadatas"])
        ids = list(found["ids"])
        if ids:
            self.collection.delete(ids=ids)
            self._changed(_accounts(found))
        return len(ids)

    def _changed(self, accounts: set[int]) -> None:
        """After a write: every process's cached vectors of these accounts are out of date."""
        if accounts:
            if self._exact is not None:
                self._exact.forget(accounts)
            self._stamps.bump(accounts)  # also with the cache off here: other processes may have one

    def count(self) -> int:
        return int(self.collection.count())


def _hit(cid: str, doc: str | None, meta: Any, dist: float) -> MemoryHit:
    return MemoryHit(
        text=doc or "",
        score=round(1.0 - float(dist), 4),
        chunk_id=cid,
        interaction_id=int(meta["interaction_id"]),
        kind=str(meta["kind"]),
        occurred_at=datetime.fromtimestamp(int(meta["ts"]), tz=UTC),
        account_id=_opt_int(meta.get("account_id")),
        deal_id=_opt_int(meta.get("deal_id")),
    )


def _accounts(found: Any) -> set[int]:
    """The accounts of the chunks in a Chroma ``get`` result (fetched with metadatas)."""
    return {int(a) for m in found.get("metadatas") or [] if m and isinstance(a := m.get("account_id"), int)}


def _where(
    account_id: int | None, deal_id: int | None, since: datetime | None, until: datetime | None, kind: str | None
) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = []
    if account_id is not None:
        clauses.append({"account_id": int(account_id)})
    if deal_id is not None:
        clauses.append({"deal_id": int(deal_id)})
    if since is not None:
        clauses.append({"ts": {"$gte": int(_aware(since).timestamp())}})
    if until is not None:
        clauses.append({"ts": {"$lte": int(_aware(until).timestamp())}})
    if kind is not None:
        clauses.append({"kind": kind})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _opt_int(value: object) -> int | None:
    return int(value) if isinstance(value, int | float | str) and str(value).lstrip("-").isdigit() else None


def safe_collection_name(name: str) -> str:
    """A name Chroma accepts (3-512 characters of ``[a-zA-Z0-9._-]``)."""
    cleaned = re.sub(r"[^a-zA-Z0-9._-]", "-", name)[:512]
    return cleaned if len(cleaned) >= 3 else cleaned.ljust(3, "_")
