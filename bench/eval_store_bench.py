"""Time one QA evaluation set answered on a freshly seeded demo store against the same set on a copy of a store
seeded earlier in the process (what `bot.evals.cases.fresh_services` now does for every set after the first), side
by side in one run. The regression guards answer every QA set back to back, so the difference is paid per set.

Usage: .venv/bin/python bench/eval_store_bench.py [--cases tests/evals/qa_blind41.jsonl] [--rounds 2]
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evals import cases  # noqa: E402
from bot.evals.qa import run_qa  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MAVEN = ROOT.parent / "shared" / "data" / "crm_maven"


def answer_set(path: Path) -> float:
    started = time.perf_counter()
    run_qa(cases_path=path, data_dir=MAVEN, answers_path=None, out=io.StringIO())
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=ROOT / "tests" / "evals" / "qa_blind41.jsonl")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    answer_set(args.cases)  # imports, models and caches warmed before anything is timed
    for n in range(1, args.rounds + 1):
        cases._SEEDED.clear()  # the next set seeds a new store
        seeded = answer_set(args.cases)
        copied = answer_set(args.cases)  # the store seeded just now, copied
        print(f"round {n}: seed + answer {seeded:.2f} s, copy + answer {copied:.2f} s, ratio {seeded / copied:.2f}")


if __name__ == "__main__":
    main()
