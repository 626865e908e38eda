"""Scoring models: leak-free evaluation figures, explanation latency, and the cost of a drift check and a retrain.

Usage: .venv/bin/python bench/model_bench.py [--explain N]
On a fresh SQLite store seeded with the demo data: evaluates leads, churn and deals (AUC, Brier, seconds),
trains each, explains N scores per model (p50/max milliseconds), then times `model drift` and `model retrain`
for deals (trained on deals closed up to 2017-06-30, so there is a recent period to check).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine  # noqa: E402

from agents.insights.scoring.monitor import check_drift, retrain  # noqa: E402
from agents.insights.scoring.service import Sources, evaluate, load, train_and_save  # noqa: E402
from memory.migrate import upgrade  # noqa: E402
from memory.seed import seed_demo  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--explain", type=int, default=20, help="scores explained per model")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        var = Path(tmp)
        engine = create_engine(f"sqlite:///{var / 'bench.db'}")
        upgrade(engine)
        seed_demo(engine, DATA / "crm_maven")
        sources = Sources(DATA / "leads_xeducation" / "Leads.csv", DATA / "telco_churn" / "Telco-Customer-Churn.csv",
                          engine)  # fmt: skip
        for name in ("leads", "churn", "deals"):
            r = evaluate(name, sources)
            print(f"{name}: evaluate auc={r['auc']:.3f} brier={r['brier']:.4f} seconds={r['seconds']}")
            model = train_and_save(name, sources, var)
            data, _ = load(name, sources)
            took = []
            for record in data.records[: args.explain]:
                started = time.perf_counter()
                model.explain(record)
                took.append((time.perf_counter() - started) * 1000)
            print(f"{name}: explain p50={statistics.median(took):.0f} ms max={max(took):.0f} ms (n={len(took)})")
        train_and_save("deals", sources, var, until=date(2017, 6, 30))
        started = time.perf_counter()
        report = check_drift("deals", sources, var)
        print(f"deals: drift check {time.perf_counter() - started:.1f} s, {len(report.periods)} periods, "
              f"{len(report.alerts)} alerts")  # fmt: skip
        started = time.perf_counter()
        result = retrain("deals", sources, var)
        print(f"deals: retrain {time.perf_counter() - started:.1f} s, old={result.old} new={result.new} "
              f"promoted={result.promoted}")  # fmt: skip
        engine.dispose()


if __name__ == "__main__":
    main()
