"""Exact nearest neighbours for queries filtered to one account.

Chroma answers a filtered query by walking its whole-collection HNSW graph and skipping every node
outside the filter. One account holds ~1% of the chunks, so the walk visits tens of thousands of
nodes to collect a few allowed ones: p95 ~100 ms at 100k chunks, 340-400 ms with a time window too
(bench/retrieval_bench.py). An account is small, so a brute-force scan of its vectors is exact and takes
~1.5 ms including the two small reads from Chroma. The account's vectors are fetched from Chroma once and
cached in-process.

The cache stays correct across processes through version stamps kept in Chroma itself (a small
``<collection>__stamps`` collection, one record per account): every writer replaces the stamps of the
accounts it touched *after* its write, and every filtered query reads the stamp first and reloads the
account when it changed. Hits are hydrated from the live collection and re-checked against the
filter, so even a stale cache cannot return a chunk that was erased or moved to another account.
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from memory.embedding_function import LocalMiniLM

STAMPS_SUFFIX = "__stamps"
_FIELDS = ("account_id", "deal_id", "kind", "ts")


@dataclass(frozen=True)
class Clause:
    """One condition of a filter the exact path understands: ``field op value``."""

    field: str
    op: str  # "$eq", "$gte", "$lte"
    value: Any

    def holds(self, meta: dict[str, Any]) -> bool:
        have = meta.get(self.field)
        if have is None:
            return False
        if self.op == "$eq":
            return bool(have == self.value)
        return bool(have >= self.value) if self.op == "$gte" else bool(have <= self.value)


def account_plan(where: dict[str, Any] | None) -> tuple[int, list[Clause]] | None:
    """The account and the clauses of a filter that names exactly one account with equality, and
    otherwise only equality on deal/kind and ranges on time; None for anything else (Chroma answers)."""
    if not where:
        return None
    parts = where["$and"] if set(where) == {"$and"} and isinstance(where["$and"], list) else [where]
    clauses: list[Clause] = []
    for part in parts:
        if not isinstance(part, dict) or len(part) != 1:
            return None
        name, cond = next(iter(part.items()))
        if name not in _FIELDS:
            return None
        op, value = next(iter(cond.items())) if isinstance(cond, dict) and len(cond) == 1 else ("$eq", cond)
        if op not in ("$eq", "$gte", "$lte") or (op != "$eq" and name != "ts"):
            return None
        if not isinstance(value, int | str) or isinstance(value, bool):
            return None
        clauses.append(Clause(name, op, value))
    accounts = {c.value for c in clauses if c.field == "account_id"}
    if len(accounts) != 1 or not all(c.op == "$eq" for c in clauses if c.field == "account_id"):
        return None
    account = next(iter(accounts))
    return (account, clauses) if isinstance(account, int) else None


@dataclass(frozen=True)
class Partition:
    """One account's chunks as arrays: ids, unit vectors, and the metadata filters look at."""

    stamp: str
    ids: np.ndarray  # object (str)
    vectors: np.ndarray  # float32, (n, dim), unit length
    meta: dict[str, np.ndarray]  # deal_id / ts (int64, -1 when absent), kind (object)

    def mask(self, clauses: list[Clause]) -> np.ndarray | None:
        """Which rows satisfy the non-account clauses (None: all of them)."""
        keep: np.ndarray | None = None
        for c in clauses:
            if c.field == "account_id":
                continue
            column = self.meta[c.field]
            if c.op == "$eq":
                ok = column == c.value
            else:
                ok = (column >= c.value) if c.op == "$gte" else (column <= c.value)
                ok &= column != -1
            keep = ok if keep is None else keep & ok
        return keep


class Stamps:
    """Per-account version stamps in Chroma, shared by every process using the same store."""

    def __init__(self, client: Any, name: str) -> None:
        # Only ever written with explicit 1-d embeddings: the embedding function is never called.
        self._col = client.get_or_create_collection(
            name, embedding_function=LocalMiniLM(), configuration={"hnsw": {"space": "l2"}}
        )

    def read(self, account: int) -> str:
        found = self._col.get(ids=[_key(account)], include=["metadatas"])
        metas = found.get("metadatas") or []
        return str(metas[0].get("stamp", "")) if metas and metas[0] else ""

    def bump(self, accounts: Iterable[int]) -> None:
        keys = sorted({_key(a) for a in accounts})
        if keys:
            fresh = uuid.uuid4().hex
            self._col.upsert(ids=keys, embeddings=[[1.0]] * len(keys), metadatas=[{"stamp": fresh}] * len(keys))


def _key(account: int) -> str:
    return f"account:{int(account)}"


class ExactCache:
    """Accounts' vectors held in memory (least recently used evicted past ``max_vectors``)."""

    def __init__(self, collection: Any, stamps: Stamps, *, max_vectors: int = 150_000) -> None:
        self._collection = collection
        self._stamps = stamps
        self._max = max_vectors
        self._parts: OrderedDict[int, Partition] = OrderedDict()
        self._lock = threading.Lock()

    def partition(self, account: int, *, reload: bool = False) -> Partition:
        """The account's chunks, reloaded from Chroma when another writer changed them."""
        stamp = self._stamps.read(account)
        with self._lock:
            part = self._parts.get(account)
            if part is not None and part.stamp == stamp and not reload:
                self._parts.move_to_end(account)
                return part
        part = self._load(account, stamp)  # outside the lock: other accounts' queries go on
        with self._lock:
            self._parts[account] = part
            self._parts.move_to_end(account)
            total = sum(len(p.ids) for p in self._parts.values())
            while total > self._max and len(self._parts) > 1:
                _, old = self._parts.popitem(last=False)
                total -= len(old.ids)
        return part

    def forget(self, accounts: Iterable[int]) -> None:
        """Drop these accounts (this process wrote to them; the stamps tell every other process)."""
        with self._lock:
            for account in accounts:
                self._parts.pop(int(account), None)

    def _load(self, account: int, stamp: str) -> Partition:
        found = self._collection.get(where={"account_id": int(account)}, include=["embeddings", "metadatas"])
        ids = list(found["ids"])
        metas = found.get("metadatas") or []
        raw = found.get("embeddings")
        vectors = unit(raw if raw is not None and len(ids) else np.zeros((0, 1)))
        meta = {
            "deal_id": np.array([_int(m.get("deal_id")) for m in metas], dtype=np.int64),
            "ts": np.array([_int(m.get("ts")) for m in metas], dtype=np.int64),
            "kind": np.array([str(m.get("kind", "")) for m in metas], dtype=object),
        }
        return Partition(stamp, np.array(ids, dtype=object), vectors, meta)

    def nearest(self, vector: Any, account: int, clauses: list[Clause], k: int) -> list[tuple[str, float]]:
        """The ``k`` closest chunk ids of the account that satisfy ``clauses``, with cosine distances."""
        return top_k(self.partition(account), vector, clauses, k)


def top_k(part: Partition, vector: Any, clauses: list[Clause], k: int) -> list[tuple[str, float]]:
    """Brute force over one partition: exact cosine distances, closest first."""
    if not len(part.ids) or k <= 0:
        return []
    query = np.asarray(vector, dtype=np.float32).reshape(-1)
    query = query / max(float(np.linalg.norm(query)), 1e-12)
    # einsum's own loop, not BLAS: a matrix-vector product this small gains nothing from BLAS threads, and
    # on a busy machine their hand-offs cost tens of milliseconds.
    sims = np.einsum("ij,j->i", part.vectors, query)
    keep = part.mask(clauses)
    if keep is not None:
        sims = np.where(keep, sims, -np.inf)
        k = min(k, int(keep.sum()))
    if k <= 0:
        return []
    k = min(k, len(sims))
    top = np.argpartition(-sims, k - 1)[:k]
    top = top[np.argsort(-sims[top], kind="stable")]
    return [(str(part.ids[i]), float(1.0 - sims[i])) for i in top]


def unit(rows: Any) -> np.ndarray:
    """Rows as float32 unit vectors (cosine similarity is then a dot product)."""
    vectors = np.array(rows, dtype=np.float32, ndmin=2)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def _int(value: object) -> int:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else -1
