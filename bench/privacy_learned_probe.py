"""Would a learned second opinion help the special-category detector on text nobody wrote rules for?

The rule detector scores 1.0 on every registered privacy set, yet a new blind set written by someone who never saw
the code still finds its first-run recall at 0.5-0.9. This probe asks whether a logistic regression on the offline
sentence embeddings (MiniLM), trained on the labelled privacy sets we hold, catches what the rules miss, and at
what cost on ordinary business mail. For each of the newest blind sets it trains on every other set (leave one set
out: the held-out set is as unseen as a hidden one), then reports F1 of the rules alone (as they are now, so the
sets the rules were fixed on score 1.0), the model alone, and either of them; and the share of AESLC dev/test
bodies the model flags (it trains with AESLC train bodies as negatives, weighted, so real mail is its base rate).
Not a test, and nothing in the product uses it: figures for deciding whether to build it.

Usage: .venv/bin/python bench/privacy_learned_probe.py [--held 8] [--enron 4000]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from memory.embeddings import encode  # noqa: E402
from policies.privacy.detector import detect  # noqa: E402

SHARED = ROOT.parent / "shared"
CONFIGS = ((4.0, 1.0, 0.5), (4.0, 3.0, 0.7))  # (C, weight of a mail negative, threshold)


def load_sets() -> dict[str, list[dict]]:
    paths = [*sorted((ROOT / "tests" / "evals").glob("privacy_*.jsonl")), SHARED / "evals" / "dev" / "privacy.jsonl"]
    return {p.stem: [json.loads(line) for line in p.open() if line.strip()] for p in paths if p.exists()}


def bodies(name: str, n: int) -> list[str]:
    csv.field_size_limit(10**9)
    with (SHARED / "data" / "enron_aeslc" / name).open(newline="") as handle:
        return [row["body"] for _, row in zip(range(n), csv.DictReader(handle), strict=False)]


def f1(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    tp, fp, fn = int((pred & gold).sum()), int((pred & ~gold).sum()), int((~pred & gold).sum())
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held", type=int, default=8, help="newest blind sets held out in turn")
    parser.add_argument("--enron", type=int, default=4000, help="AESLC train bodies used as negatives")
    args = parser.parse_args()
    sets = load_sets()
    texts = [c["text"] for cases in sets.values() for c in cases]
    owner = np.array([name for name, cases in sets.items() for _ in cases])
    y = np.array([bool(c["expect"]["sensitive"]) for cases in sets.values() for c in cases])
    number = {n: int(m.group(1)) for n in sets if (m := re.search(r"blind(\d+)$", n))}
    held = sorted(number, key=number.__getitem__)[-args.held :]
    x = encode(texts, backend="onnx")
    mail_x = encode(bodies("aeslc_train.csv", args.enron), backend="onnx")
    unseen_mail = encode(bodies("aeslc_dev_test.csv", 2000), backend="onnx")
    rules = np.array([detect(t).sensitive for t in texts])
    print(f"{len(texts)} labelled texts in {len(sets)} sets; {len(mail_x)} AESLC train bodies as negatives")
    for c, weight, threshold in CONFIGS:
        print(f"C={c}, mail negative weight {weight}, threshold {threshold}:")
        for name in held:
            train = owner != name
            fit_x = np.vstack([x[train], mail_x])
            fit_y = np.concatenate([y[train], np.zeros(len(mail_x), dtype=bool)])
            weights = np.concatenate([np.ones(int(train.sum())), np.full(len(mail_x), weight)])
            model = LogisticRegression(C=c, max_iter=3000).fit(fit_x, fit_y, sample_weight=weights)
            learned = model.predict_proba(x[~train])[:, 1] >= threshold
            gold, ruled = y[~train], rules[~train]
            cells = [f"{label} f1 {f1(p, gold)[2]:.3f} (p {f1(p, gold)[0]:.2f} r {f1(p, gold)[1]:.2f})"
                     for label, p in (("rules", ruled), ("model", learned), ("either", ruled | learned))]  # fmt: skip
            print(f"  {name:18s} " + "  ".join(cells))
        model = LogisticRegression(C=c, max_iter=3000).fit(
            np.vstack([x, mail_x]), np.concatenate([y, np.zeros(len(mail_x), dtype=bool)]),
            sample_weight=np.concatenate([np.ones(len(x)), np.full(len(mail_x), weight)]),
        )  # fmt: skip
        flagged = float((model.predict_proba(unseen_mail)[:, 1] >= threshold).mean())
        print(f"  AESLC dev/test bodies the model flags: {flagged:.2%} of {len(unseen_mail)}")


if __name__ == "__main__":
    main()
