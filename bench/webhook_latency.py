"""Deal closed -> signed webhook received: end-to-end latency through one real `dealbot worker`.

Usage: .venv/bin/python bench/webhook_latency.py [--events 200] [--rate 20] [--poll SECONDS]
                                                 [--database-url postgresql://...]
Seeds the Maven demo data into a fresh store (SQLite under a temporary folder, or a private schema
of the given PostgreSQL), subscribes a loopback receiver (which checks every signature) to
``deal.won``, starts one `dealbot worker` process polling every ``--poll`` seconds, then closes
``--events`` open deals as Won at ``--rate`` per second, each in its own transaction. Latency is
from the commit of the change to the receiver accepting the event; reports p50/p99/max.
Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402
from sqlmodel import col, select  # noqa: E402

from memory.db import make_engine, session_scope  # noqa: E402
from memory.migrate import upgrade  # noqa: E402
from memory.models import OPEN_STAGES, Deal, OutboxEvent  # noqa: E402
from memory.seed import seed_demo  # noqa: E402
from memory.stage_changes import change_stage  # noqa: E402
from memory.webhooks import add_endpoint  # noqa: E402
from tests.fakes.webhook_receiver import WebhookReceiver  # noqa: E402

MAVEN = ROOT.parent / "shared" / "data" / "crm_maven"
SECRET = "bench-secret"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def store_url(args: argparse.Namespace, var: Path) -> tuple[str, str | None]:
    """The store the bench and the worker share: a SQLite file, or a fresh PostgreSQL schema."""
    if not args.database_url:
        return f"sqlite:///{var / 'dealbot.db'}", None
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = make_engine(args.database_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    separator = "&" if "?" in args.database_url else "?"
    return f"{args.database_url}{separator}options=-csearch_path%3D{schema}", schema


def drop_schema(args: argparse.Namespace, schema: str | None) -> None:
    if schema is not None:
        admin = make_engine(args.database_url)
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def start_worker(url: str, var: Path, poll: float) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "DEALBOT_", "WEBHOOK_"))}
    env |= {"DEALBOT_VAR_DIR": str(var), "DATABASE_URL": url, "WORKER_POLL_SECONDS": str(poll),
            "PYTHONPATH": str(ROOT), "LOG_LEVEL": "INFO"}  # fmt: skip
    worker = subprocess.Popen([sys.executable, "-m", "bot.cli", "worker"], env=env, cwd=ROOT,
                              stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert worker.stderr is not None
    for line in worker.stderr:  # wait until its loop runs, so start-up is not counted as latency
        if "worker started" in line:
            threading.Thread(target=worker.stderr.read, daemon=True).start()  # keep the pipe drained
            return worker
    raise SystemExit(f"the worker did not start (exit {worker.wait()})")


def run(args: argparse.Namespace, url: str, var: Path) -> None:
    engine = make_engine(url)
    upgrade(engine)
    started = time.perf_counter()
    seed_demo(engine, MAVEN)
    print(f"seeded the Maven demo data in {time.perf_counter() - started:.1f} s ({engine.dialect.name})")
    with session_scope(engine) as s:
        open_deals = select(Deal).where(col(Deal.stage).in_([st.value for st in OPEN_STAGES])).limit(args.events)
        deals = [d.external_id for d in s.exec(open_deals)]
    with WebhookReceiver({"/billing": SECRET}) as receiver:
        with session_scope(engine) as s:
            add_endpoint(s, url=receiver.url("/billing"), events=["deal.won"], secret=SECRET)
        worker = start_worker(url, var, args.poll)
        try:
            closed_at = close_deals(engine, deals, args.rate)
            deadline = time.time() + 60
            while len(receiver.received) < len(deals) and time.time() < deadline:
                time.sleep(0.05)
        finally:
            worker.terminate()
            worker.wait(timeout=30)
        report(receiver, closed_at, args)
        with session_scope(engine) as s:
            statuses = [e.status for e in s.exec(select(OutboxEvent))]
        print(f"outbox: {statuses.count('delivered')} delivered, {len(statuses) - statuses.count('delivered')} other")
    engine.dispose()


def close_deals(engine: object, deals: list[str], rate: float) -> dict[str, float]:
    closed_at: dict[str, float] = {}
    start = time.perf_counter()
    for i, opportunity in enumerate(deals):
        time.sleep(max(0.0, start + i / rate - time.perf_counter()))
        with session_scope(engine) as s:  # type: ignore[arg-type]
            deal = s.exec(select(Deal).where(Deal.external_id == opportunity)).one()
            change_stage(s, deal=deal, to_stage="Won", source="bench", actor="bench")
        closed_at[opportunity] = time.time()
    return closed_at


def report(receiver: WebhookReceiver, closed_at: dict[str, float], args: argparse.Namespace) -> None:
    latencies = [r.arrived - closed_at[r.payload["data"]["opportunity_id"]] for r in receiver.received]
    ids = [r.event_id for r in receiver.received]
    print(f"worker polling every {args.poll:g} s; {len(closed_at)} deals closed at {args.rate:g}/s")
    print(f"received {len(latencies)}/{len(closed_at)} (duplicates: {len(ids) - len(set(ids))}, "
          f"bad signatures: {len(receiver.rejected)})")  # fmt: skip
    if latencies:
        print(f"deal closed -> webhook received: p50={percentile(latencies, 0.5) * 1000:.0f} ms  "
              f"p99={percentile(latencies, 0.99) * 1000:.0f} ms  max={max(latencies) * 1000:.0f} ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--rate", type=float, default=20.0, help="deals closed per second")
    parser.add_argument("--poll", type=float, default=1.0, help="WORKER_POLL_SECONDS (default 1, as the product)")
    parser.add_argument("--database-url", help="a PostgreSQL to use instead of SQLite (a private schema is made)")
    args = parser.parse_args()
    if not MAVEN.is_dir():
        raise SystemExit(f"demo data not found at {MAVEN}")
    with tempfile.TemporaryDirectory(prefix="dealbot-webhook-bench-") as tmp:
        url, schema = store_url(args, Path(tmp))
        try:
            run(args, url, Path(tmp))
        finally:
            drop_schema(args, schema)


if __name__ == "__main__":
    main()
