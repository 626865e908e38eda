"""The special-category detector on real mail, with its cue prefilter and with every cue run, side by side
in one process (so the machine's load hits both alike), and whether both give the same findings.

Usage: .venv/bin/python bench/privacy_bench.py [--emails 1000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policies.privacy import detector  # noqa: E402
from policies.privacy.cues import CUES  # noqa: E402
from policies.privacy.prefilter import Prefilter  # noqa: E402

AESLC = Path(__file__).resolve().parents[2] / "shared" / "data" / "enron_aeslc" / "aeslc_train.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--emails", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    csv.field_size_limit(10**9)
    with AESLC.open(newline="") as fh:
        texts = [row["body"] for _, row in zip(range(args.emails), csv.DictReader(fh), strict=False)]
    built = detector._prefilter()
    modes = {"prefiltered": built, "every cue": Prefilter({}, frozenset(range(len(CUES))))}
    seconds = dict.fromkeys(modes, 0.0)
    found: dict[str, list[detector.Detection]] = {}
    for _ in range(args.rounds):
        for name, prefilter in modes.items():
            detector._prefilter = lambda prefilter=prefilter: prefilter  # type: ignore[assignment]
            start = time.perf_counter()
            found[name] = [detector.detect(text) for text in texts]
            seconds[name] += time.perf_counter() - start
    for name, total in seconds.items():
        print(f"{name:12s} {total / args.rounds * 1000 / len(texts):.2f} ms per email")
    same = found["prefiltered"] == found["every cue"]
    sensitive = sum(d.sensitive for d in found["every cue"])
    print(f"speed-up {seconds['every cue'] / seconds['prefiltered']:.1f}x; same findings: {same} "
          f"({sensitive} of {len(texts)} emails hold special-category data)")  # fmt: skip


if __name__ == "__main__":
    main()
