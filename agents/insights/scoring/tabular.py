"""Scores trained on the organisation's own history, each one explainable.

A :class:`Dataset` is records (field -> value; strings are categories, numbers are numbers) with 0/1
labels. A :class:`ScoreModel` wraps a scikit-learn pipeline and explains one score as signed
contributions per field: the score minus the average score with that field replaced by the values of
training records (occlusion against a background sample). It works for any model, and a factor's sign
and size read directly as "this pushed the probability up/down by N points".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler
from threadpoolctl import threadpool_limits

Record = dict[str, Any]
BACKGROUND = 60  # training records an explanation compares against
# One native thread: on a shared 2-core machine OpenMP's spinning threads made a 5-fold run of the leads model
# take 130 s instead of 13 s; single-threaded it is as fast when idle and stays fast when busy.
_ONE_THREAD = 1


@dataclass
class Dataset:
    """Feature records, 0/1 labels, an id per row and (for time-based evaluation) when each row began."""

    name: str
    records: list[Record]
    labels: np.ndarray
    ids: list[str]
    when: list[date] | None = None
    dropped: tuple[str, ...] = ()  # columns left out on purpose (leaking, identifiers), for the report
    label_name: str = "positive"
    closed: list[date] | None = None  # when each row's outcome became known (deals: the close date)

    def __len__(self) -> int:
        return len(self.records)

    def subset(self, index: np.ndarray | list[int]) -> Dataset:
        idx = [int(i) for i in index]
        when = [self.when[i] for i in idx] if self.when is not None else None
        closed = [self.closed[i] for i in idx] if self.closed is not None else None
        return Dataset(self.name, [self.records[i] for i in idx], self.labels[idx], [self.ids[i] for i in idx], when,
                       self.dropped, self.label_name, closed)  # fmt: skip

    def sample(self, n: int | None, seed: int = 0) -> Dataset:
        """A stratified random sample of ``n`` rows (all rows when ``n`` is None or large)."""
        if n is None or n >= len(self):
            return self
        rng = np.random.default_rng(seed)
        keep: list[int] = []
        for label in (0, 1):
            rows = np.flatnonzero(self.labels == label)
            take = max(2, round(n * len(rows) / len(self)))
            keep += list(rng.choice(rows, size=min(take, len(rows)), replace=False))
        return self.subset(sorted(keep))


def estimator(kind: str) -> Pipeline:
    """``logistic`` (scaled one-hot logistic regression) or ``boosting`` (histogram gradient boosting)."""
    if kind == "logistic":
        return make_pipeline(DictVectorizer(sparse=False), StandardScaler(), LogisticRegression(C=0.5, max_iter=3000))
    return make_pipeline(
        DictVectorizer(sparse=False),
        HistGradientBoostingClassifier(
            max_iter=150,
            learning_rate=0.08,
            max_leaf_nodes=15,
            min_samples_leaf=30,
            l2_regularization=1.0,
            random_state=0,
        ),  # fmt: skip
    )


@dataclass(frozen=True)
class Factor:
    """One field's signed contribution to a score, in probability points."""

    field: str
    value: Any
    contribution: float


@dataclass(frozen=True)
class Explanation:
    score: float
    base_rate: float
    factors: tuple[Factor, ...]


@dataclass
class ScoreModel:
    """A trained model, what it was trained on, and how well it did."""

    dataset: str
    kind: str
    pipeline: Pipeline
    background: list[Record]
    base_rate: float
    label_name: str
    metrics: dict[str, Any] = field(default_factory=dict)
    trained_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    rows: int = 0
    train_ids: frozenset[str] = frozenset()  # which rows it learnt from, to tell a fair held-out test from one it saw

    def score(self, records: list[Record]) -> np.ndarray:
        """Probability of the positive label for each record."""
        with threadpool_limits(_ONE_THREAD):
            return np.asarray(self.pipeline.predict_proba(records)[:, 1])

    def explain(self, record: Record, top: int = 5) -> Explanation:
        """The score of ``record`` and its ``top`` factors, largest effect first, with signed contributions."""
        score = float(self.score([record])[0])
        fields = sorted(record)
        batch = []
        for name in fields:
            for other in self.background:
                variant = {k: v for k, v in record.items() if k != name}
                if name in other:
                    variant[name] = other[name]
                batch.append(variant)
        scores = self.score(batch).reshape(len(fields), len(self.background))
        effects = [
            Factor(name, record[name], round(score - float(scores[i].mean()), 4)) for i, name in enumerate(fields)
        ]
        ranked = sorted(effects, key=lambda f: -abs(f.contribution))
        return Explanation(round(score, 4), round(self.base_rate, 4), tuple(ranked[:top]))


def train(data: Dataset, kind: str) -> ScoreModel:
    """Fit ``kind`` on every row of ``data``."""
    with threadpool_limits(_ONE_THREAD):
        pipeline = estimator(kind).fit(data.records, data.labels)
    rng = np.random.default_rng(0)
    pick = rng.choice(len(data), size=min(BACKGROUND, len(data)), replace=False)
    return ScoreModel(data.name, kind, pipeline, [data.records[int(i)] for i in pick], float(data.labels.mean()),
                      data.label_name, rows=len(data), train_ids=frozenset(data.ids))  # fmt: skip


def cross_validate(data: Dataset, kind: str, folds: int = 5) -> dict[str, Any]:
    """Stratified k-fold AUC (mean and spread) and the Brier score of the pooled out-of-fold predictions."""
    oof = np.zeros(len(data))
    aucs = []
    with threadpool_limits(_ONE_THREAD):
        for train_idx, test_idx in _folds(data, folds):
            model = estimator(kind).fit([data.records[i] for i in train_idx], data.labels[train_idx])
            oof[test_idx] = model.predict_proba([data.records[i] for i in test_idx])[:, 1]
            aucs.append(roc_auc_score(data.labels[test_idx], oof[test_idx]))
    return {"method": f"{folds}-fold stratified cross-validation", "auc": float(np.mean(aucs)),
            "auc_std": float(np.std(aucs)), "brier": float(brier_score_loss(data.labels, oof)),
            "rows": len(data), "calibration": calibration(data.labels, oof)}  # fmt: skip


def _folds(data: Dataset, folds: int) -> list[tuple[np.ndarray, np.ndarray]]:
    return list(StratifiedKFold(folds, shuffle=True, random_state=0).split(data.records, data.labels))


def time_split(data: Dataset, kind: str, holdout: float = 0.25) -> dict[str, Any]:
    """Train on the earliest rows, test on the latest ``holdout`` share: how a model meets the future."""
    if data.when is None:
        raise ValueError(f"{data.name} has no dates for a time-based split")
    order = np.argsort(np.array([d.toordinal() for d in data.when]), kind="stable")
    cut = int(len(order) * (1 - holdout))
    train_idx, test_idx = order[:cut], order[cut:]
    with threadpool_limits(_ONE_THREAD):
        model = estimator(kind).fit([data.records[i] for i in train_idx], data.labels[train_idx])
        p = model.predict_proba([data.records[i] for i in test_idx])[:, 1]
    y = data.labels[test_idx]
    naive = np.full(len(y), data.labels[train_idx].mean())
    return {"method": f"time split: train on the first {1 - holdout:.0%} by start date, test on the last {holdout:.0%}",
            "train_until": data.when[int(train_idx[-1])].isoformat(),
            "test_from": data.when[int(test_idx[0])].isoformat(),
            "auc": float(roc_auc_score(y, p)) if len(set(y)) > 1 else float("nan"),
            "brier": float(brier_score_loss(y, p)), "brier_base_rate": float(brier_score_loss(y, naive)),
            "rows": len(data), "test_rows": len(y), "calibration": calibration(y, p)}  # fmt: skip


def calibration(y: np.ndarray, p: np.ndarray, bins: int = 5) -> list[dict[str, float]]:
    """Predicted vs observed rate in equal-count bins of the predictions."""
    order = np.argsort(p)
    out = []
    for chunk in np.array_split(order, bins):
        if len(chunk):
            out.append({"predicted": round(float(p[chunk].mean()), 3), "observed": round(float(y[chunk].mean()), 3),
                        "n": len(chunk)})  # fmt: skip
    return out
