"""The chat normaliser (agents.offline.normalise) with its literal gates and with every rewrite run, side by side
in one process (so the machine's load hits both alike), over real mail whole and sentence by sentence (as the
safety screen reads pasted mail), and whether both give the same words.

Usage: .venv/bin/python bench/normalise_bench.py [--emails 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agents.offline import normalise  # noqa: E402
from agents.offline.gated import Gated  # noqa: E402

AESLC = Path(__file__).resolve().parents[2] / "shared" / "data" / "enron_aeslc" / "aeslc_train.csv"


def _cpu(texts: list[str]) -> tuple[float, list[str]]:
    start = time.process_time()
    words = [normalise.normalised(t) for t in texts]
    return time.process_time() - start, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--emails", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    csv.field_size_limit(10**9)
    with AESLC.open(newline="") as fh:
        bodies = [row["body"] for _, row in zip(range(args.emails), csv.DictReader(fh), strict=False)]
    sentences = [s for body in bodies for s in re.split(r"(?<=[.!?])\s+|\n+", body) if s.strip()]
    gate = Gated.may_match
    for label, texts in (("bodies", bodies), ("sentences", sentences)):
        gated, every = [], []
        for _ in range(args.rounds):
            Gated.may_match = gate  # type: ignore[method-assign]
            seconds, with_gates = _cpu(texts)
            gated.append(seconds)
            Gated.may_match = lambda self, text: True  # type: ignore[method-assign]
            seconds, without = _cpu(texts)
            every.append(seconds)
            Gated.may_match = gate  # type: ignore[method-assign]
            assert with_gates == without, "the gates changed a text's words"
        print(f"{label}: {len(texts)} texts; CPU best of {args.rounds}: gated {min(gated):.2f} s, every rewrite "
              f"{min(every):.2f} s, {min(every) / min(gated):.2f}x; same words: yes")  # fmt: skip


if __name__ == "__main__":
    main()
