"""Offline answer latency in a warm process, peak memory, and the cold start of a one-shot `dealbot ask`.

Usage: .venv/bin/python bench/agent_latency.py [--cases FILE.jsonl] [--rounds N]
Runs every case's question (default: the dev QA set) through the same pipeline as chat, on a fresh
SQLite store seeded with the demo data; reports p50/p95/max per question and peak RSS, then times
`dealbot ask` in fresh processes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.events import IncomingMessage  # noqa: E402
from bot.services import build_services  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from memory.migrate import upgrade  # noqa: E402
from memory.seed import seed_demo  # noqa: E402

SHARED = ROOT.parent / "shared"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def warm(cases: list[dict], rounds: int, var: Path) -> None:
    services = build_services(load_settings(var_dir=var, database_url=None))
    upgrade(services.engine)
    seed_demo(services.engine, SHARED / "data" / "crm_maven")
    ask = services.pipeline.handle_sync
    first = cases[0]
    ask(IncomingMessage("console", first["as_user"], first["text"], today=date(2017, 12, 31)))  # warm-up
    timings = []
    for r in range(rounds):
        for case in cases:
            message = IncomingMessage(
                "console", case["as_user"], case["text"], conversation_id=f"{case['id']}-{r}",
                today=date.fromisoformat(case.get("now", "2017-12-31")),
            )  # fmt: skip
            start = time.perf_counter()
            ask(message)
            timings.append((time.perf_counter() - start) * 1000)
    print(f"warm: {len(timings)} questions  p50={statistics.median(timings):.1f} ms  "
          f"p95={percentile(timings, 0.95):.1f} ms  max={max(timings):.1f} ms")  # fmt: skip
    print(f"peak RSS of the warm process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def cold(var: Path, runs: int) -> None:
    env = {**os.environ, "DEALBOT_VAR_DIR": str(var)}
    dealbot = [sys.executable, "-m", "bot.cli", "ask", "--as", "Darcel Schlecht", "--now", "2017-12-31",
               "how many open deals do I have?"]  # fmt: skip
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(dealbot, env=env, cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    print(f"cold `dealbot ask` (new process, {runs} runs): median={statistics.median(times):.2f} s  "
          f"max={max(times):.2f} s")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=Path, default=SHARED / "evals" / "dev" / "qa.jsonl")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cold-runs", type=int, default=5)
    args = parser.parse_args()
    cases = [json.loads(line) for line in args.cases.read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        warm(cases, args.rounds, Path(tmp))
        cold(Path(tmp), args.cold_runs)


if __name__ == "__main__":
    main()
