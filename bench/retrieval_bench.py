"""Retrieval quality and speed of the vector memory at 100k chunks, designs side by side in one run:
top-5 recall against exact (brute-force) search and p50/p95 latency, unfiltered, filtered to one
account, and filtered to one account and a time window.

The chunks are real: 100k sentences of Enron mail (AESLC train + dev/test, >= 6 words) embedded with
our MiniLM (cached under var/bench/ after the first run, which takes a few minutes). Each Enron mailbox
is an account (the 85 largest; smaller ones share), so account sizes are skewed and each account's
mail is topically coherent, like a real customer's. Queries are the subject lines of stored mails,
filtered to that mail's account (and to a window around its date): what a rep asks.

Designs: Chroma's HNSW defaults and the previous configuration (HNSW M=32, ef_construction=200,
ef_search=256), both with Chroma's own filtering; (a) other ef_search values on those indexes; (b) one
Chroma collection per account; (c) the chosen design, memory.vector.VectorMemory: the HNSW index for
unfiltered queries, exact search over the account's cached vectors for filtered ones (cold = first query
of each account pays the load); with --server, (c) again through a `chroma run` server on loopback.
CPU columns are this process's CPU time (all threads), steadier than wall time on a shared machine.

Recall counts a returned chunk as correct when it is one of the exact top 5 or ties with the 5th
(Enron repeats sentences verbatim: identical vectors are interchangeable); ``strict`` counts ids only.

Usage: .venv/bin/python bench/retrieval_bench.py [--chunks 100000] [--real N] [--queries 200] [--server]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import chromadb  # noqa: E402
from chromadb.api.client import SharedSystemClient  # noqa: E402
from chromadb.config import Settings as ChromaSettings  # noqa: E402

from memory.embedding_function import LocalMiniLM  # noqa: E402
from memory.embeddings import encode  # noqa: E402
from memory.vector import HNSW, VectorMemory  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
AESLC = ROOT.parent / "shared" / "data" / "enron_aeslc"
CACHE = ROOT / "var" / "bench"
ACCOUNTS, K, DAY = 85, 5, 86_400
T0 = 1_451_606_400  # 2016-01-01: mail spread over two years
PREVIOUS = {"space": "cosine", "max_neighbors": 32, "ef_construction": 200, "ef_search": 256}
DEFAULTS = {"space": "cosine", "max_neighbors": 16, "ef_construction": 100, "ef_search": 100}  # Chroma's own
Query = tuple[np.ndarray, dict[str, Any] | None, np.ndarray]  # vector, Chroma filter, rows allowed


def corpus(n: int) -> tuple[list[str], np.ndarray, np.ndarray, list[tuple[str, int, int]]]:
    """Sentences, their account and time, and (subject, account, time) of each mail they came from."""
    csv.field_size_limit(10**9)
    rows: list[dict[str, str]] = []
    for name in ("aeslc_train.csv", "aeslc_dev_test.csv"):
        with (AESLC / name).open(newline="") as fh:
            rows += list(csv.DictReader(fh))
    boxes = Counter(r["file"].split("_")[0] for r in rows)
    rank = {box: i for i, (box, _) in enumerate(boxes.most_common())}
    rng = np.random.default_rng(7)
    texts, accounts, stamps, mails = [], [], [], []
    for r in rows:
        account, ts = rank[r["file"].split("_")[0]] % ACCOUNTS, T0 + int(rng.integers(0, 730 * DAY))
        pieces = [s.strip() for s in re.split(r"(?<=[.!?])\s+", r["body"]) if len(s.split()) >= 6]
        pieces = pieces[: n - len(texts)]
        texts += pieces
        accounts += [account] * len(pieces)
        stamps += [ts] * len(pieces)
        if pieces and len(r["subject"].split()) >= 2:
            mails.append((r["subject"], account, ts))
        if len(texts) >= n:
            break
    return texts, np.array(accounts), np.array(stamps), mails


def _key(texts: list[str]) -> str:
    return hashlib.sha1("\n".join(texts).encode()).hexdigest()[:12]


def embedded(texts: list[str]) -> np.ndarray:
    """MiniLM vectors of ``texts``, cached on disk (float16) because 100k take minutes."""
    key = _key(texts)
    path = CACHE / f"aeslc-{len(texts)}-{key}.npy"
    for bigger in sorted(CACHE.glob("aeslc-*.npy")):  # a longer run's cache holds these first (same order)
        n = int(bigger.name.split("-")[1])
        if n > len(texts) and _key(corpus(n)[0]) == bigger.stem.split("-")[2]:
            vectors = np.load(bigger)[: len(texts)].astype(np.float32)
            return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    if not path.exists():
        t = time.perf_counter()
        print(f"embedding {len(texts):,} sentences (once; cached in {path}) ...", flush=True)
        vectors = np.concatenate([encode(texts[i : i + 5000]) for i in range(0, len(texts), 5000)])
        CACHE.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors.astype(np.float16))
        print(f"  {len(texts) / (time.perf_counter() - t):.0f} sentences/s")
    vectors = np.load(path).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


_TRUTH: dict[int, tuple[set[int], float]] = {}


def near_copies(vectors: np.ndarray, texts: list[str], accounts: np.ndarray, ts: np.ndarray,
                total: int) -> tuple[np.ndarray, list[str], np.ndarray, np.ndarray]:  # fmt: skip
    """Pad to ``total`` with perturbed copies of real chunks (cosine ~0.9-0.98 to the original, same account,
    later date): how quoted replies, forwards and templates crowd a real mailbox. Harder for HNSW than real
    text alone, and far cheaper than embedding more."""
    rng = np.random.default_rng(13)
    src = rng.integers(0, len(vectors), total - len(vectors))
    noise = rng.normal(0.0, 1.0, (len(src), vectors.shape[1])).astype(np.float32)
    noise *= rng.uniform(0.01, 0.025, (len(src), 1)).astype(np.float32)
    extra = vectors[src] + noise
    extra /= np.linalg.norm(extra, axis=1, keepdims=True)
    later = ts[src] + rng.integers(0, 60 * DAY, len(src))
    return (np.concatenate([vectors, extra]), texts + [texts[i] for i in src],
            np.concatenate([accounts, accounts[src]]), np.concatenate([ts, later]))  # fmt: skip


def truth(vectors: np.ndarray, q: Query) -> tuple[set[int], float]:
    """Exact top-K row ids among the rows the filter allows, and the K-th similarity (for ties)."""
    if id(q) not in _TRUTH:
        sims = np.where(q[2], vectors @ q[0], -np.inf)
        top = [int(i) for i in np.argsort(-sims)[:K] if np.isfinite(sims[i])]
        _TRUTH[id(q)] = set(top), float(sims[top[-1]]) if top else np.inf
    return _TRUTH[id(q)]


def score(vectors: np.ndarray, q: Query, got: list[str]) -> tuple[int, int, int]:
    """(tie-aware hits, strict hits, hits possible) of one answer."""
    exact, kth = truth(vectors, q)
    rows = [int(i) for i in got]
    tied = sum(1 for i in rows if q[2][i] and float(vectors[i] @ q[0]) >= kth - 1e-6)
    return min(tied, len(exact)), len(exact & set(rows)), len(exact)


def measure(name: str, run: Callable[[Query], list[str]], qs: list[Query], vectors: np.ndarray) -> str:
    """One row: recall, wall-clock p50/p95 and CPU p50/p95 (this process, all threads: less sensitive to
    other load on a shared machine than wall time)."""
    wall, cpu, tied, strict, n = [], [], 0, 0, 0
    for q in qs:
        t, c = time.perf_counter(), time.process_time()
        got = run(q)
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        a, b, most = score(vectors, q, got)
        tied, strict, n = tied + a, strict + b, n + most
    n, pct = max(n, 1), np.percentile
    return (
        f"{name:<52} recall@5 {tied / n:.3f} (strict {strict / n:.3f})  wall p50 {pct(wall, 50):5.1f} "
        f"p95 {pct(wall, 95):5.1f} ms  cpu p50 {pct(cpu, 50):5.1f} p95 {pct(cpu, 95):5.1f} ms"
    )


def fill(col: Any, vectors: np.ndarray, texts: list[str], accounts: np.ndarray, ts: np.ndarray, rows: Any) -> None:
    rows = [int(i) for i in rows]
    for s in range(0, len(rows), 2000):
        part = rows[s : s + 2000]
        col.add(
            ids=[str(i) for i in part],
            embeddings=vectors[part],
            documents=[texts[i] for i in part],
            metadatas=[
                {"account_id": int(accounts[i]), "interaction_id": i, "kind": "email", "ts": int(ts[i])} for i in part
            ],
        )


def queries(mails: list[tuple[str, int, int]], accounts: np.ndarray, ts: np.ndarray, n: int) -> dict[str, list]:
    rng = np.random.default_rng(11)
    picked = [mails[i] for i in rng.choice(len(mails), n, replace=False)]
    vecs = encode([s for s, _, _ in picked])
    everything = np.ones(len(accounts), dtype=bool)
    out: dict[str, list[Query]] = {"unfiltered": [], "one account": [], "account + 120 days": []}
    for v, (_, account, when) in zip(vecs, picked, strict=True):
        lo, hi = when - 90 * DAY, when + 30 * DAY
        out["unfiltered"].append((v, None, everything))
        out["one account"].append((v, {"account_id": account}, accounts == account))
        window = {"$and": [{"account_id": account}, {"ts": {"$gte": lo}}, {"ts": {"$lte": hi}}]}
        out["account + 120 days"].append((v, window, (accounts == account) & (ts >= lo) & (ts <= hi)))
    return out


def _params(hnsw: dict[str, Any]) -> tuple[int, int, int]:
    """(M, ef_construction, ef_search)."""
    return int(hnsw["max_neighbors"]), int(hnsw["ef_construction"]), int(hnsw["ef_search"])


def _label(hnsw: dict[str, Any]) -> str:
    m, efc, ef = _params(hnsw)
    return f"M={m} ef_construction={efc} ef_search={ef}"


def hnsw_run(vm: VectorMemory) -> Callable[[Query], list[str]]:
    return lambda q: [h.chunk_id for h in vm.search_vector(q[0], where=q[1], k=K)]


def reopen(path: str) -> Any:
    """A fresh embedded client: Chroma applies ``ef_search`` only when it loads an index, so a changed
    setting needs the process's cached indexes dropped (a restart, in production)."""
    SharedSystemClient.clear_system_cache()
    return chromadb.PersistentClient(path=path, settings=ChromaSettings(anonymized_telemetry=False))


def with_ef(path: str, name: str, ef: int, *, exact: bool) -> VectorMemory:
    """The collection ``name`` searched with ``ef_search`` = ``ef``."""
    VectorMemory(reopen(path), collection=name).collection.modify(configuration={"hnsw": {"ef_search": ef}})
    return VectorMemory(reopen(path), collection=name, exact_accounts=exact)


def ef_sweep(path: str, qs: dict[str, list[Query]], vectors: np.ndarray) -> list[str]:
    """(a) ef_search, the query-time setting: lower on the previous index (filtered queries walk less of
    the graph), higher on the defaults' (unfiltered recall)."""
    out = []
    for label, ef, kinds in (("previous", 64, ("one account",)), ("previous", 16, ("one account",)),
                             ("defaults", 200, ("unfiltered",)), ("defaults", 400, ("unfiltered",))):  # fmt: skip
        vm = with_ef(path, f"config-{label}", ef, exact=False)
        for kind in kinds:
            out.append("  " + measure(f"(a) {label} index, ef_search {ef} / {kind}", hnsw_run(vm), qs[kind], vectors))
    print("\n".join(out), flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--real", type=int, help="embed only this many real sentences; the rest are near-copies")
    parser.add_argument("--server", action="store_true", help="also run the chosen design through `chroma run`")
    args = parser.parse_args()
    real = min(args.real or args.chunks, args.chunks)
    texts, accounts, ts, mails = corpus(real)
    vectors = embedded(texts)
    if args.chunks > real:
        vectors, texts, accounts, ts = near_copies(vectors, texts, accounts, ts, args.chunks)
    sizes = np.bincount(accounts, minlength=ACCOUNTS)
    print(f"{len(texts):,} chunks ({real:,} real sentences), {ACCOUNTS} accounts (sizes: min {sizes.min()}, "
          f"median {int(np.median(sizes))}, max {sizes.max()})")  # fmt: skip
    qs = queries(mails, accounts, ts, args.queries)
    configs = {"defaults": DEFAULTS, "previous": PREVIOUS}
    with tempfile.TemporaryDirectory(prefix="dealbot-retrieval-bench-") as tmp:
        client = chromadb.PersistentClient(path=tmp, settings=ChromaSettings(anonymized_telemetry=False))
        report: list[str] = []
        built = {}
        for label, hnsw in configs.items():
            t = time.perf_counter()
            vm = built[label] = VectorMemory(client, collection=f"config-{label}", hnsw=hnsw, exact_accounts=False)
            fill(vm.collection, vectors, texts, accounts, ts, range(len(texts)))
            report.append(
                f"{label} HNSW {_label(hnsw)}: {len(texts):,} chunks inserted in {time.perf_counter() - t:.0f} s"
            )
            vm.search_vector(qs["unfiltered"][0][0])  # load the index
            for kind, group in qs.items():
                report.append("  " + measure(f"{label} HNSW / {kind}", hnsw_run(vm), group, vectors))
            print("\n".join(report[-4:]), flush=True)
        report += partitioned(client, vectors, texts, accounts, ts, qs)
        # The chosen design on the index built with its construction parameters, at its ef_search.
        base = next(label for label, h in configs.items() if _params(h)[:2] == _params(dict(HNSW))[:2])
        vm = with_ef(tmp, f"config-{base}", HNSW["ef_search"], exact=True)
        report.append(f"chosen (c): {_label(dict(HNSW))} for unfiltered queries, exact per account")
        report += chosen(vm, "chosen (c) exact per account", qs, vectors)
        report += ef_sweep(tmp, qs, vectors)
        if args.server:
            report += server_run(vectors, texts, accounts, ts, qs)
    print("\n== side by side ==\n" + "\n".join(report))


def partitioned(client: Any, vectors: np.ndarray, texts: list[str], accounts: np.ndarray, ts: np.ndarray,
                qs: dict[str, list[Query]]) -> list[str]:  # fmt: skip
    """(b): one collection per account (Chroma defaults); filtered queries search only that one."""
    t = time.perf_counter()
    cols = {}
    for a in range(ACCOUNTS):
        cols[a] = client.get_or_create_collection(
            f"acct-{a}", embedding_function=LocalMiniLM(), configuration={"hnsw": {"space": "cosine"}}
        )
        fill(cols[a], vectors, texts, accounts, ts, np.flatnonzero(accounts == a))
    out = [f"(b) per-account collections: {len(texts):,} chunks inserted again in {time.perf_counter() - t:.0f} s"]
    for kind in ("one account", "account + 120 days"):

        def run(q: Query) -> list[str]:
            clauses = q[1]["$and"] if q[1] and "$and" in q[1] else [q[1]]
            account = next(c["account_id"] for c in clauses if c and "account_id" in c)
            rest = [c for c in clauses if c and "account_id" not in c]
            where = None if not rest else rest[0] if len(rest) == 1 else {"$and": rest}
            r = cols[account].query(
                query_embeddings=[q[0]], n_results=K, where=where, include=["documents", "metadatas", "distances"]
            )
            return list(r["ids"][0])

        out.append("  " + measure(f"(b) per account / {kind}", run, qs[kind], vectors))
    print("\n".join(out), flush=True)
    return out


def chosen(vm: VectorMemory, label: str, qs: dict[str, list[Query]], vectors: np.ndarray) -> list[str]:
    """(c): the product's VectorMemory; the first pass loads each account once (cold), the second is warm."""
    out = []
    run = hnsw_run(vm)
    for kind, group in qs.items():
        if kind == "one account":
            out.append("  " + measure(f"{label} / {kind}, cold", run, group, vectors))
        out.append("  " + measure(f"{label} / {kind}", run, group, vectors))
    t = time.perf_counter()
    for a in range(ACCOUNTS):
        assert vm._exact is not None
        vm._exact.partition(a, reload=True)
    out.append(f"  {label}: loading all {ACCOUNTS} accounts from Chroma took {time.perf_counter() - t:.1f} s")
    print("\n".join(out), flush=True)
    return out


def server_run(vectors: np.ndarray, texts: list[str], accounts: np.ndarray, ts: np.ndarray,
               qs: dict[str, list[Query]]) -> list[str]:  # fmt: skip
    """The chosen design against a real Chroma server (`chroma run`) on loopback."""
    from tests.fakes.chroma_server import running_chroma_server

    with tempfile.TemporaryDirectory(prefix="dealbot-chroma-server-") as tmp, running_chroma_server(Path(tmp)) as port:
        client = chromadb.HttpClient(host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False))
        vm = VectorMemory(client, collection="server")
        t = time.perf_counter()
        fill(vm.collection, vectors, texts, accounts, ts, range(len(texts)))
        head = f"server: {len(texts):,} chunks inserted over HTTP in {time.perf_counter() - t:.0f} s"
        return [head, *chosen(vm, "chosen (c) on `chroma run`", qs, vectors)]


if __name__ == "__main__":
    main()
