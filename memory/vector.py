"""Vector memory: what customers said, in chunks, searchable by meaning and filtered by account, deal
and time. Chroma embedded under ``var/chroma`` (or a Chroma server when ``CHROMA_HOST`` is set),
telemetry off, our own offline embedding function, never Chroma's default.

Chunk ids derive from the interaction's ``source_ref``, so writing the same interaction again changes
nothing. Retrieved text is data for the reader, never instructions to act on.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import chromadb
from chromadb.config import Settings as ChromaSettings

from bot.errors import StoreUnavailableError
from memory.embeddings import LocalMiniLM, encode

COLLECTION = "interactions"
# HNSW tuned for recall: Chroma's defaults (M=16, ef_search=100) gave ~0.6 top-5 recall on clustered
# sales mail; see bench/retrieval_bench.py for the figures behind these values.
HNSW = {"space": "cosine", "max_neighbors": 32, "ef_construction": 200, "ef_search": 256}
CHUNK_WORDS = 180  # ~240 word pieces: inside the model's 256-token window
CHUNK_OVERLAP = 30


@dataclass(frozen=True)
class Chunk:
    """A piece of one interaction, with what it is about."""

    id: str
    text: str
    interaction_id: int
    kind: str
    occurred_at: datetime
    source_ref: str
    account_id: int | None = None
    deal_id: int | None = None
    contact_ids: tuple[int, ...] = ()

    def metadata(self) -> dict[str, Any]:
        meta: dict[str, Any] = {
            "interaction_id": self.interaction_id,
            "kind": self.kind,
            "ts": int(self.occurred_at.timestamp()),
            "source_ref": self.source_ref[:500],
        }
        if self.account_id is not None:
            meta["account_id"] = self.account_id
        if self.deal_id is not None:
            meta["deal_id"] = self.deal_id
        if self.contact_ids:
            meta["contact_ids"] = list(self.contact_ids)
        return meta


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


def chunk_id(source_ref: str, index: int) -> str:
    return hashlib.sha1(source_ref.encode()).hexdigest()[:24] + f":{index}"


def split_text(text: str, *, words: int = CHUNK_WORDS, overlap: int = CHUNK_OVERLAP) -> list[str]:
    """Pieces of at most ``words`` words, overlapping a little so no sentence is only cut in half."""
    tokens = text.split()
    if len(tokens) <= words:
        return [" ".join(tokens)] if tokens else []
    step = words - overlap
    return [" ".join(tokens[i : i + words]) for i in range(0, len(tokens) - overlap, step)]


def make_chunks(
    *, text: str, interaction_id: int, source_ref: str, kind: str, occurred_at: datetime,
    account_id: int | None, deal_id: int | None, contact_ids: Sequence[int] = (), header: str = "",
) -> list[Chunk]:  # fmt: skip
    """The chunks of one interaction; ``header`` (e.g. the subject) leads the first."""
    pieces = split_text(text) or ([header] if header else [])
    if header and pieces and pieces[0] != header:
        pieces[0] = f"{header}\n{pieces[0]}"
    return [
        Chunk(
            chunk_id(source_ref, i),
            piece,
            interaction_id,
            kind,
            occurred_at,
            source_ref,
            account_id,
            deal_id,
            tuple(sorted(set(contact_ids))),
        )  # fmt: skip
        for i, piece in enumerate(pieces)
    ]


class VectorMemory:
    """The Chroma collection of interaction chunks."""

    def __init__(self, client: Any, *, collection: str = COLLECTION, hnsw: dict[str, Any] | None = None) -> None:
        self._client = client
        self.collection = client.get_or_create_collection(
            collection, embedding_function=LocalMiniLM(), configuration={"hnsw": dict(hnsw or HNSW)}
        )

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
        self.collection.upsert(
            ids=[c.id for c in chunks],
            embeddings=vectors,
            documents=[c.text for c in chunks],
            metadatas=[c.metadata() for c in chunks],
        )
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
        """Nearest chunks to an embedding (the benchmark and ``search`` share this)."""
        result = self.collection.query(
            query_embeddings=[vector], n_results=k, where=where, include=["documents", "metadatas", "distances"]
        )
        hits = []
        for cid, doc, meta, dist in zip(
            result["ids"][0], result["documents"][0], result["metadatas"][0], result["distances"][0], strict=True
        ):
            hits.append(
                MemoryHit(
                    text=doc,
                    score=round(1.0 - float(dist), 4),
                    chunk_id=cid,
                    interaction_id=int(meta["interaction_id"]),
                    kind=str(meta["kind"]),
                    occurred_at=datetime.fromtimestamp(int(meta["ts"]), tz=UTC),
                    account_id=_opt_int(meta.get("account_id")),
                    deal_id=_opt_int(meta.get("deal_id")),
                )  # fmt: skip
            )
        return hits

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
        ids = self.collection.get(where=where, include=[])["ids"]
        if ids:
            self.collection.delete(ids=ids)
        return len(ids)

    def count(self) -> int:
        return int(self.collection.count())


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
