"""CPU time per email of ingestion's rule stages on real Enron mail, each run alone in one process: the privacy
redaction, the deal-update extractor and the sentiment score. Ingestion's Python work holds the GIL while the
embedding runs on the cores beside it, so these stages bound its throughput (``bench/ingest_bench.py`` measures the
whole). ``--profile STAGE`` prints that stage's cProfile, slowest functions first. Not a test: figures depend on the
machine and its load.

Usage: .venv/bin/python bench/rule_stages_bench.py [--emails 2000] [--profile redact|extract|sentiment]
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import pstats
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from memory.extract import extract_update  # noqa: E402
from memory.ingest.sentiment import sentiment  # noqa: E402
from policies.privacy.redact import redact  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
WRITTEN = date(2001, 5, 1)  # the AESLC mail's own time, for relative dates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--emails", type=int, default=2000)
    parser.add_argument("--profile", choices=["redact", "extract", "sentiment"])
    args = parser.parse_args()
    with (SHARED / "enron_aeslc" / "aeslc_dev_test.csv").open(newline="", encoding="utf-8") as handle:
        bodies = [row["body"] for row in csv.DictReader(handle)][: args.emails]
    with (SHARED / "crm_maven" / "accounts.csv").open(newline="", encoding="utf-8") as handle:
        accounts = [row["account"] for row in csv.DictReader(handle)]
    stages: dict[str, Callable[[str], object]] = {
        "redact": redact,
        "extract": lambda body: extract_update(body, now=WRITTEN, accounts=accounts),
        "sentiment": sentiment,
    }
    for stage in stages.values():
        stage("warm up: rules compiled and caches filled before timing")

    def run(stage: Callable[[str], object]) -> float:
        start = time.process_time()
        for body in bodies:
            stage(body)
        return time.process_time() - start

    print(f"{len(bodies)} AESLC bodies, CPU ms per email:")
    for name, stage in stages.items():
        print(f"  {name:9s} {run(stage) * 1000 / len(bodies):6.2f}")
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(run, stages[args.profile])
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
