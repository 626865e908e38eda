"""Train, evaluate, save and explain the three scores: what ``dealbot model train|evaluate|explain`` runs.

Models are saved with joblib under ``<var>/models/<dataset>.joblib`` with their metadata beside them
(:mod:`agents.insights.scoring.registry`). Evaluation never reuses the rows a
score is tested on: k-fold cross-validation for leads and churn, a time-based split for deals (train on
the deals that started first, test on the ones that started last).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Engine

from agents.insights.scoring import registry
from agents.insights.scoring.datasets import SPECS, load_churn, load_deals, load_leads
from agents.insights.scoring.drift import profile
from agents.insights.scoring.tabular import Dataset, Explanation, Record, ScoreModel, cross_validate, time_split, train
from bot.errors import DataError, NotFoundError


@dataclass(frozen=True)
class Sources:
    """Where each history is read from: the two CSV files, and the store for deals."""

    leads_csv: Path
    churn_csv: Path
    engine: Engine | None = None


def load(
    name: str, sources: Sources, sample: int | None = None, *, until: date | None = None
) -> tuple[Dataset, dict[str, Record]]:
    """The dataset ``name`` (optionally a stratified sample; deals: closed up to ``until``) and open deals' records."""
    if name not in SPECS:
        raise DataError(f"unknown dataset {name!r}: choose {', '.join(SPECS)}")
    extra: dict[str, Record] = {}
    if name in ("leads", "churn"):
        data = load_csv(name, sources.leads_csv if name == "leads" else sources.churn_csv)
    else:
        if sources.engine is None:
            raise DataError("the deals score is trained on the store's deals: no store was given")
        data, extra, _ = load_deals(sources.engine)
        if until is not None:
            data = data.subset([i for i, d in enumerate(data.closed or []) if d <= until])
    if len(set(data.labels.tolist())) < 2:
        which = f"closed up to {until}" if until else "to learn from"
        raise DataError(f"the {name} data has no rows of both outcomes {which} (deals: run `dealbot seed --demo`)")
    return data.sample(sample), extra


def load_csv(name: str, path: Path) -> Dataset:
    """The leads or churn CSV at ``path``; a file without the outcome column is refused in one line."""
    try:
        return load_leads(path) if name == "leads" else load_churn(path)
    except KeyError as exc:
        raise DataError(f"{path} is not a {name} file: it has no {exc.args[0]!r} column") from None


def evaluate(
    name: str, sources: Sources, *, sample: int | None = None, folds: int = 5, until: date | None = None
) -> dict[str, Any]:
    """Honest held-out scores for ``name``: AUC, Brier score and a calibration table."""
    data, _ = load(name, sources, sample, until=until)
    return evaluate_data(name, data, folds=folds)


def evaluate_data(name: str, data: Dataset, *, folds: int = 5) -> dict[str, Any]:
    """:func:`evaluate` on a dataset already loaded."""
    spec = SPECS[name]
    started = time.perf_counter()
    result = time_split(data, spec.kind) if spec.evaluation == "time" else cross_validate(data, spec.kind, folds)
    result.update(dataset=name, model=spec.kind, seconds=round(time.perf_counter() - started, 1),
                  base_rate=float(data.labels.mean()), dropped=list(data.dropped))  # fmt: skip
    return result


model_path = registry.model_path
load_model = registry.load


def train_and_save(
    name: str, sources: Sources, var_dir: Path, *, sample: int | None = None, folds: int = 5, until: date | None = None
) -> ScoreModel:
    """Evaluate, then fit on every row (deals: closed up to ``until``) and put it in use, with its metadata."""
    data, _ = load(name, sources, sample, until=until)
    metrics = evaluate_data(name, data, folds=folds)
    model = train(data, SPECS[name].kind)
    model.metrics = metrics
    registry.save(var_dir, name, model, metadata(model, data, sources))
    return model


def metadata(model: ScoreModel, data: Dataset, sources: Sources) -> dict[str, Any]:
    """What the registry keeps beside a model: when, on what window of data, how well, on which inputs."""
    window: dict[str, Any] = {"rows": len(data), "positive_rate": round(float(np.mean(data.labels)), 4)}
    if data.closed:
        window.update(closed_from=min(data.closed).isoformat(), closed_until=max(data.closed).isoformat())
    if data.when:
        window.update(started_from=min(data.when).isoformat(), started_until=max(data.when).isoformat())
    if data.name in ("leads", "churn"):
        window["source"] = str(sources.leads_csv if data.name == "leads" else sources.churn_csv)
    vectorizer = model.pipeline.steps[0][1]
    return {"dataset": data.name, "version": registry.new_version(), "kind": model.kind, "trained_at": model.trained_at,
            "window": window, "metrics": model.metrics, "features": sorted({k for r in data.records for k in r}),
            "encoded_features": len(getattr(vectorizer, "feature_names_", [])),
            "dropped": list(data.dropped), "profile": profile(data.records)}  # fmt: skip


def explain(name: str, sources: Sources, var_dir: Path, row_id: str | None, *, top: int = 5) -> tuple[str, Explanation]:
    """Explain the score of one row (by its id: opportunity, Prospect ID or customerID; default: the first)."""
    model = load_model(var_dir, name)
    data, extra = load(name, sources)
    records = {**dict(zip(data.ids, data.records, strict=True)), **extra}
    if row_id is None:
        row_id = next(iter(extra), data.ids[0])
    key = next((k for k in records if k.lower() == row_id.strip().lower()), None)
    if key is None:
        raise NotFoundError(f"no {SPECS[name].subject} with id {row_id!r} in the {name} data")
    return key, model.explain(records[key], top=top)
