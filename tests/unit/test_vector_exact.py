"""Queries filtered to one account are answered exactly from cached vectors: same answers as brute force,
and never stale when another VectorMemory (another process) writes, re-links or erases."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import chromadb
import numpy as np
import pytest
from chromadb.config import Settings as ChromaSettings

from memory.chunks import make_chunks
from memory.embedding_function import LocalMiniLM
from memory.vector import HNSW, VectorMemory
from memory.vector_exact import account_plan

DIM = 384


def _client(path: Path) -> chromadb.ClientAPI:
    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))


def _random_store(vm: VectorMemory, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``n`` random chunks over 4 accounts and 100 days, written straight as vectors."""
    vectors = rng.normal(size=(n, DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    accounts, days = rng.integers(0, 4, n), rng.integers(0, 100, n)
    chunks = [
        make_chunks(text=f"chunk {i}", interaction_id=i, source_ref=f"r{i}", kind="email" if i % 3 else "call",
                    occurred_at=datetime.fromtimestamp(int(days[i]) * 86_400, tz=UTC), account_id=int(accounts[i]),
                    deal_id=int(accounts[i]) * 10 + i % 2)[0]
        for i in range(n)
    ]  # fmt: skip
    vm.upsert(chunks, embeddings=vectors)
    return vectors, accounts, days


def test_filtered_answers_equal_brute_force(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    vm = VectorMemory(_client(tmp_path), collection="exact")
    vectors, accounts, days = _random_store(vm, 600, rng)
    for _ in range(20):
        q = rng.normal(size=DIM).astype(np.float32)
        q /= np.linalg.norm(q)
        account, since = int(rng.integers(0, 4)), int(rng.integers(0, 60))
        where = {"$and": [{"account_id": account}, {"ts": {"$gte": since * 86_400}}, {"kind": "email"}]}
        allowed = (accounts == account) & (days >= since) & (np.arange(600) % 3 != 0)
        sims = np.where(allowed, vectors @ q, -np.inf)
        expected = np.array([i for i in np.argsort(-sims)[:5] if np.isfinite(sims[i])], dtype=int)
        hits = vm.search_vector(q, where=where, k=5)
        assert [h.interaction_id for h in hits] == expected.tolist()
        assert [h.score for h in hits] == pytest.approx(sims[expected].tolist(), abs=1e-3)
        assert all(h.account_id == account and h.kind == "email" for h in hits)
        deal = account * 10 + int(rng.integers(0, 2))  # no account named: the small-filter brute force
        sims = np.where((accounts * 10 + np.arange(600) % 2 == deal) & (days <= since), vectors @ q, -np.inf)
        where = {"$and": [{"deal_id": deal}, {"ts": {"$lte": since * 86_400}}]}
        expected = [int(i) for i in np.argsort(-sims)[:5] if np.isfinite(sims[i])]
        assert [h.interaction_id for h in vm.search_vector(q, where=where, k=5)] == expected


def test_another_writer_invalidates_the_cache(tmp_path: Path, embedding_model: None) -> None:
    client = _client(tmp_path)
    writer, reader = VectorMemory(client), VectorMemory(client)  # two processes' worth of caches

    def note(i: int, text: str, account: int, contacts: tuple[int, ...] = ()) -> list:
        return make_chunks(text=text, interaction_id=i, source_ref=f"<n{i}>", kind="note", contact_ids=contacts,
                           occurred_at=datetime(2017, 3, i, tzinfo=UTC), account_id=account, deal_id=None)  # fmt: skip

    writer.upsert(note(1, "The customer loves the dashboards.", 10))
    assert [h.interaction_id for h in reader.search("dashboards", account_id=10)] == [1]  # reader's cache is warm
    writer.upsert(note(2, "Procurement wants a discount on the renewal price.", 10, (7,)))
    assert reader.search("discount on price", account_id=10, k=1)[0].interaction_id == 2
    writer.upsert(note(2, "Procurement wants a discount on the renewal price.", 20, (7,)))  # re-linked
    assert {h.interaction_id for h in reader.search("discount on price", account_id=10)} == {1}
    assert [h.interaction_id for h in reader.search("discount on price", account_id=20)] == [2]
    assert writer.delete_contact(7) == 1
    assert reader.search("discount on price", account_id=20) == []


def test_a_chunk_removed_behind_the_cache_is_never_returned(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    vm = VectorMemory(_client(tmp_path), collection="behind")
    vectors, accounts, _ = _random_store(vm, 200, rng)
    first = vm.search_vector(vectors[0], where={"account_id": int(accounts[0])}, k=3)
    assert first[0].interaction_id == 0
    vm.collection.delete(ids=[first[0].chunk_id])  # bypasses VectorMemory: no stamp bump
    again = vm.search_vector(vectors[0], where={"account_id": int(accounts[0])}, k=3)
    assert 0 not in {h.interaction_id for h in again} and len(again) == 3


def test_a_collection_written_before_the_cache_existed_is_searchable(tmp_path: Path, embedding_model: None) -> None:
    path = tmp_path / "chroma"
    old = _client(path).get_or_create_collection(
        "interactions", embedding_function=LocalMiniLM(), configuration={"hnsw": dict(HNSW)}
    )
    when = datetime(2017, 1, 1, tzinfo=UTC)
    chunk = make_chunks(text="They asked for the pricing breakdown.", interaction_id=5, source_ref="<old>",
                        kind="email", occurred_at=when, account_id=3, deal_id=None)[0]  # fmt: skip
    old.add(ids=[chunk.id], documents=[chunk.text], metadatas=[chunk.metadata()])
    vm = VectorMemory.open(var_dir=tmp_path)
    assert [h.interaction_id for h in vm.search("pricing", account_id=3)] == [5]


@pytest.mark.parametrize(
    ("where", "account"),
    [
        ({"account_id": 4}, 4),
        ({"account_id": {"$eq": 4}}, 4),
        ({"$and": [{"account_id": 4}, {"ts": {"$gte": 1}}, {"ts": {"$lte": 9}}, {"deal_id": 2}]}, 4),
        ({"account_id": {"$gte": 1, "$lte": 9}}, None),
        (None, None),
        ({"deal_id": 2}, None),
        ({"$or": [{"account_id": 4}, {"account_id": 5}]}, None),
        ({"$and": [{"account_id": 4}, {"account_id": 5}]}, None),
        ({"account_id": {"$in": [4]}}, None),
        ({"contact_ids": {"$contains": 1}}, None),
        ({"$and": [{"account_id": 4}, {"kind": {"$ne": "call"}}]}, None),
    ],
)
def test_only_single_account_filters_take_the_exact_path(where: dict | None, account: int | None) -> None:
    plan = account_plan(where)
    assert (plan[0] if plan else None) == account
