"""Train, evaluate, save and explain the three scores: what ``dealbot model train|evaluate|explain`` runs.

Models are saved with joblib under ``<var>/models/<dataset>.joblib``. Evaluation never reuses the rows a
score is tested on: k-fold cross-validation for leads and churn, a time-based split for deals (train on
the deals that started first, test on the ones that started last).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import joblib
from sqlalchemy import Engine

from agents.insights.scoring.datasets import SPECS, load_churn, load_deals, load_leads
from agents.insights.scoring.tabular import Dataset, Explanation, Record, ScoreModel, cross_validate, time_split, train
from bot.errors import DataError, NotFoundError


@dataclass(frozen=True)
class Sources:
    """Where each history is read from: the two CSV files, and the store for deals."""

    leads_csv: Path
    churn_csv: Path
    engine: Engine | None = None


def load(name: str, sources: Sources, sample: int | None = None) -> tuple[Dataset, dict[str, Record]]:
    """The dataset ``name`` (optionally a stratified sample) and, for deals, the open deals' records."""
    if name not in SPECS:
        raise DataError(f"unknown dataset {name!r}: choose {', '.join(SPECS)}")
    extra: dict[str, Record] = {}
    if name == "leads":
        data = load_leads(sources.leads_csv)
    elif name == "churn":
        data = load_churn(sources.churn_csv)
    else:
        if sources.engine is None:
            raise DataError("the deals score is trained on the store's deals: no store was given")
        data, extra = load_deals(sources.engine)
        if len(set(data.labels.tolist())) < 2:
            raise DataError("the store has no closed deals of both outcomes to learn from (run `dealbot seed --demo`)")
    return data.sample(sample), extra


def evaluate(name: str, sources: Sources, *, sample: int | None = None, folds: int = 5) -> dict[str, Any]:
    """Honest held-out scores for ``name``: AUC, Brier score and a calibration table."""
    data, _ = load(name, sources, sample)
    spec = SPECS[name]
    started = time.perf_counter()
    result = time_split(data, spec.kind) if spec.evaluation == "time" else cross_validate(data, spec.kind, folds)
    result.update(dataset=name, model=spec.kind, seconds=round(time.perf_counter() - started, 1),
                  base_rate=float(data.labels.mean()), dropped=list(data.dropped))  # fmt: skip
    return result


def model_path(var_dir: Path, name: str) -> Path:
    return var_dir / "models" / f"{name}.joblib"


def train_and_save(
    name: str, sources: Sources, var_dir: Path, *, sample: int | None = None, folds: int = 5
) -> ScoreModel:
    """Evaluate, then fit on every row and save; the evaluation is stored with the model."""
    metrics = evaluate(name, sources, sample=sample, folds=folds)
    data, _ = load(name, sources, sample)
    model = train(data, SPECS[name].kind)
    model.metrics = metrics
    path = model_path(var_dir, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, path)
    return model


def load_model(var_dir: Path, name: str) -> ScoreModel:
    path = model_path(var_dir, name)
    if not path.is_file():
        raise NotFoundError(f"no trained {name} model at {path}: run `dealbot model train --dataset {name}` first")
    model = joblib.load(path)
    if not isinstance(model, ScoreModel):
        raise DataError(f"{path} is not a dealbot model")
    return model


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
