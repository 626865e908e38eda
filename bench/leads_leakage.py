"""Where the leads AUC comes from: the shipped leak-free model beside each left-out column added back alone, and
other model families on the same leak-free columns, all on the same 5 stratified folds.

Why it exists: the issue asks for AUC 0.90 leak-free and cites published notebooks at 0.91-0.92 with tree
ensembles. The data's README names the columns sales staff fill in after contact (Tags, Lead Quality, Lead
Profile, Asymmetrique*, Last Activity, Last Notable Activity). This shows how much each one lifts the AUC, and
whether another model on the honest columns gets further than the shipped one. Not a test: a report.

Usage: .venv/bin/python bench/leads_leakage.py [--data Leads.csv] [--folds 5]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from scipy.stats import rankdata
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline, make_pipeline
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agents.insights.scoring.datasets import LEADS_LEAKING, SPECS, load_leads  # noqa: E402
from agents.insights.scoring.tabular import Record, estimator  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "leads_xeducation" / "Leads.csv"


def _hgb(**params: Any) -> Callable[[], Pipeline]:
    base = {"max_iter": 150, "learning_rate": 0.08, "max_leaf_nodes": 15, "min_samples_leaf": 30,
            "l2_regularization": 1.0, "random_state": 0}  # fmt: skip
    return lambda: make_pipeline(DictVectorizer(sparse=False), HistGradientBoostingClassifier(**(base | params)))


ALTERNATIVES: dict[str, Callable[[], Pipeline]] = {
    "logistic regression (one-hot, scaled)": lambda: estimator("logistic"),
    "boosting, smaller trees (7 leaves, 200 rounds, lr 0.05)": _hgb(max_leaf_nodes=7, max_iter=200, learning_rate=0.05),
    "boosting, larger trees (31 leaves, 500 rounds, lr 0.03)": _hgb(max_leaf_nodes=31, max_iter=500,
                                                                     learning_rate=0.03, min_samples_leaf=20),
    "random forest (500 trees)": lambda: make_pipeline(
        DictVectorizer(sparse=False), RandomForestClassifier(500, min_samples_leaf=3, n_jobs=1, random_state=0)
    ),
    "extra trees (500 trees)": lambda: make_pipeline(
        DictVectorizer(sparse=False), ExtraTreesClassifier(500, min_samples_leaf=3, n_jobs=1, random_state=0)
    ),
}  # fmt: skip


def out_of_fold(records: list[Record], y: np.ndarray, make: Callable[[], Pipeline], folds: list[Any]) -> np.ndarray:
    oof = np.zeros(len(y))
    with threadpool_limits(1):
        for train, test in folds:
            model = make().fit([records[i] for i in train], y[train])
            oof[test] = model.predict_proba([records[i] for i in test])[:, 1]
    return oof


def fold_auc(y: np.ndarray, scores: np.ndarray, folds: list[Any]) -> tuple[float, float]:
    aucs = [roc_auc_score(y[test], scores[test]) for _, test in folds]
    return float(np.mean(aucs)), float(np.std(aucs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    data = load_leads(args.data)
    with args.data.open(newline="", encoding="utf-8-sig") as handle:
        raw = list(csv.DictReader(handle))
    y = data.labels
    folds = list(StratifiedKFold(args.folds, shuffle=True, random_state=0).split(data.records, y))

    def line(name: str, make: Callable[[], Pipeline], records: list[Record]) -> np.ndarray:
        started = time.perf_counter()
        oof = out_of_fold(records, y, make, folds)
        mean, std = fold_auc(y, oof, folds)
        print(f"  {name:58s} AUC {mean:.3f} (±{std:.3f})  {time.perf_counter() - started:4.1f} s", flush=True)
        return oof

    print(f"leads: {len(y):,} rows, {args.folds}-fold stratified CV, the same folds on every line")
    shipped = lambda: estimator(SPECS["leads"].kind)  # noqa: E731
    base = line(f"shipped model ({SPECS['leads'].kind}), leak-free columns", shipped, data.records)
    print("each left-out column added back alone (shipped model):")
    for column in LEADS_LEAKING:
        records = [dict(r, **{column: (raw[i][column] or "missing")}) for i, r in enumerate(data.records)]
        line(f"+ {column}", shipped, records)
    print("other models on the leak-free columns:")
    others = {name: line(name, make, data.records) for name, make in ALTERNATIVES.items()}
    ranks = rankdata(base) + rankdata(others["random forest (500 trees)"])
    mean, std = fold_auc(y, ranks, folds)
    print(f"  {'shipped + random forest, mean rank':58s} AUC {mean:.3f} (±{std:.3f})")


if __name__ == "__main__":
    main()
