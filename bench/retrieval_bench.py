"""Retrieval quality and speed of the vector memory at 100k chunks: top-5 recall against exact
(brute-force) search, unfiltered and filtered to one account, and filtered-query latency.

The 100k vectors are clustered like real mail: real MiniLM embeddings of AESLC email sentences as
centres, each with many near neighbours (centre + small noise, renormalised), spread over 85 accounts.
Compares Chroma's HNSW defaults with our settings (memory.vector.HNSW), and sweeps ef_search.

Usage: .venv/bin/python bench/retrieval_bench.py [--chunks 100000] [--centres 2000] [--queries 200]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import chromadb  # noqa: E402
from chromadb.config import Settings as ChromaSettings  # noqa: E402

from memory.embeddings import encode  # noqa: E402
from memory.vector import HNSW, VectorMemory  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
ACCOUNTS = 85


def sentences(n: int) -> list[str]:
    csv.field_size_limit(10**9)
    out: list[str] = []
    with (SHARED / "enron_aeslc" / "aeslc_train.csv").open(newline="") as fh:
        for row in csv.DictReader(fh):
            out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", row["body"]) if len(s.split()) >= 6]
            if len(out) >= n:
                break
    return out[:n]


def clustered(centres: np.ndarray, n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """``n`` unit vectors near the centres, and which centre each came from."""
    which = rng.integers(0, len(centres), n)
    vectors = centres[which] + rng.normal(0.0, noise, (n, centres.shape[1])).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors.astype(np.float32), which


def fill(client: Any, name: str, hnsw: dict[str, Any] | None, vectors: np.ndarray, accounts: np.ndarray) -> Any:
    config = {"hnsw": hnsw} if hnsw else {"hnsw": {"space": "cosine"}}
    vm = VectorMemory(client, collection=name, hnsw=config["hnsw"])
    col = vm.collection
    t = time.perf_counter()
    for start in range(0, len(vectors), 5000):
        end = min(start + 5000, len(vectors))
        col.add(
            ids=[str(i) for i in range(start, end)],
            embeddings=vectors[start:end],
            metadatas=[
                {"account_id": int(accounts[i]), "interaction_id": i, "kind": "email", "ts": 0}
                for i in range(start, end)
            ],  # fmt: skip
        )
    print(f"  {name}: inserted {len(vectors):,} in {time.perf_counter() - t:.0f} s")
    return col


def recall(
    col: Any, queries: np.ndarray, exact: list[set[int]], where: list[dict[str, Any] | None]
) -> tuple[float, list[float]]:
    hits, times = 0, []
    for q, truth, w in zip(queries, exact, where, strict=True):
        t = time.perf_counter()
        result = col.query(query_embeddings=[q], n_results=5, where=w, include=[])
        times.append((time.perf_counter() - t) * 1000)
        hits += len(truth & {int(i) for i in result["ids"][0]})
    return hits / (5 * len(queries)), times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--centres", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--noise", type=float, default=0.03, help="per-dimension noise around a centre")
    args = parser.parse_args()
    rng = np.random.default_rng(7)
    t = time.perf_counter()
    centres = encode(sentences(args.centres))
    print(f"embedded {len(centres)} real sentences as centres in {time.perf_counter() - t:.0f} s")
    vectors, _ = clustered(centres, args.chunks, args.noise, rng)
    accounts = rng.integers(0, ACCOUNTS, args.chunks)
    queries, _ = clustered(centres, args.queries, args.noise, rng)
    query_accounts = rng.integers(0, ACCOUNTS, args.queries)
    sims = queries @ vectors.T
    exact = [set(np.argsort(-row)[:5].tolist()) for row in sims]
    exact_f = []
    for row, account in zip(sims, query_accounts, strict=True):
        masked = np.where(accounts == account, row, -np.inf)
        exact_f.append(set(np.argsort(-masked)[:5].tolist()))
    none: list[dict[str, Any] | None] = [None] * args.queries
    filters: list[dict[str, Any] | None] = [{"account_id": int(a)} for a in query_accounts]
    with tempfile.TemporaryDirectory(prefix="dealbot-retrieval-bench-") as tmp:
        client = chromadb.PersistentClient(path=tmp, settings=ChromaSettings(anonymized_telemetry=False))
        for name, hnsw in (("chroma-defaults", None), ("dealbot-tuned", dict(HNSW))):
            col = fill(client, name, hnsw, vectors, accounts)
            col.query(query_embeddings=[queries[0]], n_results=5)  # load the index
            r_all, t_all = recall(col, queries, exact, none)
            r_f, t_f = recall(col, queries, exact_f, filters)
            p50, p95 = np.percentile(t_f, 50), np.percentile(t_f, 95)
            print(f"  {name}: recall@5 unfiltered {r_all:.3f} (p95 {np.percentile(t_all, 95):.1f} ms), "
                  f"one account {r_f:.3f} (p50 {p50:.1f} ms, p95 {p95:.1f} ms)")  # fmt: skip
            if hnsw:
                for ef in (64, 128, 512):
                    col.modify(configuration={"hnsw": {"ef_search": ef}})
                    r_all, t_all = recall(col, queries, exact, none)
                    print(
                        f"    ef_search={ef}: recall@5 unfiltered {r_all:.3f} (p95 {np.percentile(t_all, 95):.1f} ms)"
                    )


if __name__ == "__main__":
    main()
