"""POST /ingest under load: items/s through the endpoint, and how responsive the server stays meanwhile.

Sends ``--emails`` real Enron emails (AESLC bodies, as JSON fields) in batches of ``--batch``, ``--clients``
requests at a time, to the app as `dealbot serve` builds it (in this process, on loopback, a fresh SQLite
store with the small demo data), while a poller GETs /healthz every 10 ms. Reports items/s, request latency
and /healthz latency (p50/p95/max), first idle, then during ingestion with ingestion in the thread pool (the
product), then — for comparison only — with ingestion run on the event loop (``--compare-inline``), which is
what the thread pool avoids. ``--vectors`` also embeds into a temporary embedded Chroma (slower; the
embedding model dominates). Not a test: nothing here asserts a time.

Usage: .venv/bin/python bench/ingest_http_bench.py [--emails 1000] [--batch 50] [--clients 2] [--vectors]
       [--compare-inline]
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import sys
import tempfile
import time
import types
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp.test_utils import TestServer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bot.ingest_route as route  # noqa: E402
from agents.agent import Agent  # noqa: E402
from bot.app import create_app  # noqa: E402
from bot.pipeline import Pipeline  # noqa: E402
from bot.services import Services  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from memory.db import make_engine  # noqa: E402
from memory.migrate import upgrade  # noqa: E402
from memory.seed import seed_demo  # noqa: E402
from memory.vector_open import lazy_vector_memory  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
TOKEN = "bench-ingest-token-0123456789"
ACCOUNTS = ["Cancity", "Acme Corporation", "Betatech", "Bioholding", "Cheers"]


def emails(n: int, prefix: str) -> list[dict[str, Any]]:
    """AESLC bodies as JSON email items; every third from an account's domain."""
    csv.field_size_limit(10**9)
    with (SHARED / "enron_aeslc" / "aeslc_train.csv").open(newline="") as fh:
        rows = [r for _, r in zip(range(n), csv.DictReader(fh), strict=False)]
    start = datetime(2017, 1, 2, 9, tzinfo=UTC)
    out = []
    for i, row in enumerate(rows):
        domain = ACCOUNTS[i % len(ACCOUNTS)].lower().replace(" ", "") + ".example"
        sender = f"person{i % 97}@{domain}" if i % 3 == 0 else f"someone{i % 50}@enron.example"
        out.append({"kind": "email", "from": sender, "to": ["darcel.schlecht@dealbot-demo.example"],
                    "subject": row["subject"], "text": row["body"], "message_id": f"<{prefix}-{i}@bench.example>",
                    "date": (start + timedelta(minutes=37 * i)).isoformat()})  # fmt: skip
    return out


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else float("nan")


async def poll(session: aiohttp.ClientSession, url: str, stop: asyncio.Event, out: list[float]) -> None:
    while not stop.is_set():
        t = time.perf_counter()
        async with session.get(url) as response:
            await response.read()
        out.append((time.perf_counter() - t) * 1000)
        await asyncio.sleep(0.01)


async def run(base: str, items: list[dict[str, Any]], batch: int, clients: int) -> dict[str, Any]:
    batches = [items[i : i + batch] for i in range(0, len(items), batch)]
    latencies: list[float] = []
    health: list[float] = []
    queue: asyncio.Queue[list[dict[str, Any]]] = asyncio.Queue()
    for b in batches:
        queue.put_nowait(b)
    async with aiohttp.ClientSession() as session:
        stop = asyncio.Event()
        poller = asyncio.create_task(poll(session, f"{base}/healthz", stop, health))

        async def client() -> None:
            while not queue.empty():
                body = queue.get_nowait()
                t = time.perf_counter()
                headers = {"Authorization": f"Bearer {TOKEN}"}
                async with session.post(f"{base}/ingest", json=body, headers=headers) as response:
                    assert response.status in (200, 207), await response.text()
                    await response.read()
                latencies.append((time.perf_counter() - t) * 1000)

        t0 = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(clients)))
        wall = time.perf_counter() - t0
        stop.set()
        await poller
    return {"items_per_s": len(items) / wall, "wall_s": wall, "req": latencies, "health": health}


async def idle_health(base: str, seconds: float = 2.0) -> list[float]:
    out: list[float] = []
    async with aiohttp.ClientSession() as session:
        stop = asyncio.Event()
        task = asyncio.create_task(poll(session, f"{base}/healthz", stop, out))
        await asyncio.sleep(seconds)
        stop.set()
        await task
    return out


def line(label: str, values: list[float]) -> str:
    worst = max(values) if values else float("nan")
    return f"{label}: p50 {pct(values, 50):.1f} ms, p95 {pct(values, 95):.1f} ms, max {worst:.1f} ms (n={len(values)})"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--emails", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--vectors", action="store_true")
    parser.add_argument("--compare-inline", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.db")
        upgrade(engine)
        seed_demo(engine, ROOT / "tests" / "fixtures" / "maven_mini")
        settings = load_settings(INGEST_TOKEN=TOKEN, INGEST_MAX_ITEMS=max(100, args.batch), DEALBOT_VAR_DIR=tmp)
        agent = Agent(engine)
        services = Services(settings, engine, lambda: Pipeline(engine, agent))
        if args.vectors:
            services.vectors = lazy_vector_memory(var_dir=Path(tmp))
            services.vectors().upsert([])  # open Chroma and load the model before timing
        server = TestServer(create_app(settings, services), host="127.0.0.1")
        await server.start_server()
        base = str(server.make_url("")).rstrip("/")
        try:
            print(line("healthz idle", await idle_health(base)))
            result = await run(base, emails(args.emails, "pool"), args.batch, args.clients)
            how = f"batches of {args.batch}, {args.clients} clients, vectors {'on' if args.vectors else 'off'}"
            print(f"thread pool: {args.emails} emails in {result['wall_s']:.1f} s = "
                  f"{result['items_per_s']:.0f} emails/s ({how})")  # fmt: skip
            print(line("  POST /ingest", result["req"]))
            print(line("  healthz during ingestion", result["health"]))
            if args.compare_inline:

                async def inline(fn: Any, *a: Any, **kw: Any) -> Any:
                    return fn(*a, **kw)  # blocks the event loop: what the product does not do

                route.asyncio = types.SimpleNamespace(to_thread=inline)  # type: ignore[assignment]
                inl = await run(base, emails(args.emails, "inline"), args.batch, args.clients)
                print(f"on the event loop (comparison): {inl['items_per_s']:.0f} emails/s")
                print(line("  POST /ingest", inl["req"]))
                print(line("  healthz during ingestion", inl["health"]))
        finally:
            await server.close()
            engine.dispose()


if __name__ == "__main__":
    asyncio.run(main())
