"""Slack ack latency: N concurrent signed events against a running `dealbot serve`, the agent working after the ack.

Usage: .venv/bin/python bench/slack_ack.py [--events 50] [--rounds 3] [--data DIR] [--database-url postgresql://...]
Seeds the Maven demo data (default ../shared/data/crm_maven; --data tests/fixtures/maven_mini for a quick run)
into a fresh store (SQLite under a temporary folder, or a private schema of the given PostgreSQL), starts the
fake Slack Web API (tests/fakes/slack_api.py) in this process and `dealbot serve` as a separate process pointed
at it, warms up (Bolt's auth.test, the agent's first load), then per round POSTs ``--events`` signed
app_mention events to /slack/events at once and times each HTTP response: that is Slack's ack. It also reports
how long until every answer was in (the chat.update that replaces each placeholder), which happens after the ack.
Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.webhook_latency import drop_schema, percentile, store_url  # noqa: E402
from memory.db import make_engine, session_scope  # noqa: E402
from memory.migrate import upgrade  # noqa: E402
from memory.seed import seed_demo  # noqa: E402
from memory.users import link_identity  # noqa: E402
from tests.fakes.slack_api import FakeSlackApi, signed_headers, slack_api  # noqa: E402
from tests.fakes.slack_payloads import mention  # noqa: E402

MAVEN = ROOT.parent / "shared" / "data" / "crm_maven"
SECRET = "bench-signing-secret"
USER = "U0BENCH"
QUESTIONS = ("tell me about Cancity", "how many open deals do I have?", "pipeline", "how is Isdom doing?")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def prepare_store(url: str, data: Path) -> None:
    engine = make_engine(url)
    upgrade(engine)
    started = time.perf_counter()
    seed_demo(engine, data)
    with session_scope(engine) as session:
        link_identity(session, name="Darcel Schlecht", slack=USER)
    engine.dispose()
    print(f"seeded {data.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def start_server(url: str, var: Path, port: int, api_url: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "DEALBOT_", "SLACK_"))}
    env |= {
        "DEALBOT_VAR_DIR": str(var),
        "DATABASE_URL": url,
        "PORT": str(port),
        "PYTHONPATH": str(ROOT),
        "SLACK_BOT_TOKEN": "xoxb-bench",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": api_url,
        "LOG_LEVEL": "WARNING",
    }
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "serve"], env=env, cwd=ROOT)


async def wait_until_up(http: aiohttp.ClientSession, base: str) -> None:
    for _ in range(300):
        try:
            async with http.get(f"{base}/healthz") as response:
                if response.status == 200:
                    return
        except aiohttp.ClientConnectionError:
            pass
        await asyncio.sleep(0.1)
    raise SystemExit("dealbot serve did not come up")


async def one_event(http: aiohttp.ClientSession, base: str, text: str) -> float:
    body, content_type = mention(text, user=USER)
    headers = {"Content-Type": content_type, **signed_headers(SECRET, body)}
    started = time.perf_counter()
    async with http.post(f"{base}/slack/events", data=body.encode(), headers=headers) as response:
        await response.read()
        assert response.status == 200, response.status
    return time.perf_counter() - started


async def round_of(
    http: aiohttp.ClientSession, base: str, fake: FakeSlackApi, events: int
) -> tuple[list[float], float]:
    answered = len(fake.to("chat.update"))
    started = time.perf_counter()
    acks = await asyncio.gather(*(one_event(http, base, QUESTIONS[i % len(QUESTIONS)]) for i in range(events)))
    await fake.wait_for("chat.update", answered + events, timeout=300)
    return list(acks), time.perf_counter() - started


async def run(args: argparse.Namespace, url: str, var: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    async with slack_api() as fake:
        server = start_server(url, var, port, fake.url)
        try:
            connector = aiohttp.TCPConnector(limit=0)  # every event on its own connection, as Slack sends them
            async with aiohttp.ClientSession(connector=connector) as http:
                await wait_until_up(http, base)
                warm = [await one_event(http, base, q) for q in QUESTIONS]
                await fake.wait_for("chat.update", len(QUESTIONS), timeout=120)
                print(f"warm-up acks (first request pays auth.test): {', '.join(f'{w * 1000:.0f}' for w in warm)} ms")
                all_acks: list[float] = []
                for number in range(1, args.rounds + 1):
                    acks, answered = await round_of(http, base, fake, args.events)
                    all_acks += acks
                    print(
                        f"round {number}: {args.events} concurrent events"
                        f"  ack p50 {percentile(acks, 0.5) * 1000:.0f} ms"
                        f"  p99 {percentile(acks, 0.99) * 1000:.0f} ms  max {max(acks) * 1000:.0f} ms"
                        f"  | all {args.events} answers in after {answered:.2f} s"
                    )
                print(
                    f"overall ({len(all_acks)} events): ack p50 {percentile(all_acks, 0.5) * 1000:.0f} ms, "
                    f"p99 {percentile(all_acks, 0.99) * 1000:.0f} ms, max {max(all_acks) * 1000:.0f} ms "
                    f"(target: p99 < 300 ms)"
                )
        finally:
            server.terminate()
            server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data", type=Path, default=MAVEN, help="Maven CSV folder to seed")
    parser.add_argument("--database-url", help="a PostgreSQL to use instead of a SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        var = Path(tmp)
        url, schema = store_url(args, var)
        try:
            prepare_store(url, args.data)
            asyncio.run(run(args, url, var))
        finally:
            drop_schema(args, schema)


if __name__ == "__main__":
    main()
