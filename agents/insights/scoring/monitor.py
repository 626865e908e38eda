"""Keeping the scores honest after they ship: ``dealbot model drift`` and ``dealbot model retrain``.

Drift compares the model in use with what it meets now: the population stability of each input (training
profile vs recent rows) and, where outcomes are known, AUC and calibration per period (deals: by close month
or quarter, on deals that closed after the model's data window; leads and churn: on a recent labelled file).

Retrain fits a candidate the same way, scores the old and the new model on the same held-out rows (deals: the
most recent period of closed deals; leads and churn: a held-out file, or a fixed stratified fifth of the data)
and promotes the candidate only when its AUC beats the old one's. Both figures and the decision are recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from agents.insights.scoring import registry
from agents.insights.scoring.datasets import SPECS, load_deals
from agents.insights.scoring.drift import FieldDrift, Period, Thresholds, alerts, performance, period_of, stability
from agents.insights.scoring.service import Sources, load, load_csv, metadata
from agents.insights.scoring.tabular import Dataset, Record, ScoreModel, train
from bot.errors import DataError, NotFoundError


@dataclass
class DriftReport:
    """What ``dealbot model drift`` prints."""

    dataset: str
    version: str
    since: str  # what "recent" means here, for the report
    rows: int  # recent rows whose inputs were compared
    reference_auc: float | None
    fields: list[FieldDrift]
    periods: list[Period]
    alerts: list[str] = field(default_factory=list)


def check_drift(
    name: str, sources: Sources, var_dir: Path, *, recent_csv: Path | None = None, since: date | None = None,
    period: str = "month", limits: Thresholds | None = None,
) -> DriftReport:  # fmt: skip
    """Compare the model in use for ``name`` with recent data; the result is also appended to its history."""
    limits = limits or Thresholds()
    model = registry.load(var_dir, name)
    meta = registry.read_meta(var_dir, name)
    if "profile" not in meta:
        raise DataError(f"the {name} model has no input profile (it predates the registry): run "
                        f"`dealbot model train --dataset {name}` again")  # fmt: skip
    if name == "deals":
        records, periods, since_text = _recent_deals(model, meta, sources, since, period)
    else:
        path = recent_csv or (sources.leads_csv if name == "leads" else sources.churn_csv)
        recent = load_csv(name, path)
        records, since_text = recent.records, f"rows of {path}"
        # accuracy only on rows the model never learnt from: on its own training rows it would flatter itself
        seen: frozenset[str] = getattr(model, "train_ids", frozenset())
        unseen = [i for i, row_id in enumerate(recent.ids) if row_id not in seen]
        if len(unseen) < len(recent):
            since_text += f" ({len(recent) - len(unseen):,} of them used in training: accuracy on the other rows only)"
        fresh = recent.subset(unseen)
        periods = [performance(fresh.labels, model.score(fresh.records), path.name)] if len(fresh) else []
    fields = stability(meta["profile"], records) if records else []
    reference = meta.get("metrics", {}).get("auc")
    found = alerts(fields, len(records), periods, reference, limits)
    report = DriftReport(name, str(meta.get("version", "?")), since_text, len(records), reference, fields, periods,
                         found)  # fmt: skip
    registry.record(var_dir, name, {"event": "drift", "version": report.version, "rows": report.rows,
                                    "max_psi": fields[0].psi if fields else None, "alerts": found})  # fmt: skip
    return report


def _recent_deals(
    model: ScoreModel, meta: dict[str, Any], sources: Sources, since: date | None, period: str
) -> tuple[list[Record], list[Period], str]:
    """Inputs of deals started after the window, and the score's record per period on deals closed after it."""
    if sources.engine is None:
        raise DataError("the deals drift check reads the store's deals: no store was given")
    if since is None:
        until = meta.get("window", {}).get("closed_until")
        if until is None:
            raise DataError("the deals model does not say which deals it was trained on: pass --since YYYY-MM-DD")
        since = date.fromisoformat(until)
    data, open_records, open_started = load_deals(sources.engine)
    when, closed = data.when or [], data.closed or []
    records = [r for r, d in zip(data.records, when, strict=True) if d > since]
    records += [r for key, r in open_records.items() if open_started[key] > since]
    later = [i for i, d in enumerate(closed) if d > since]
    periods = []
    if later:
        p = model.score([data.records[i] for i in later])
        y = data.labels[later]
        labels = [period_of(closed[i], period) for i in later]
        for label in sorted(set(labels)):
            mask = np.array([x == label for x in labels])
            periods.append(performance(y[mask], p[mask], label))
        if len(periods) > 1:
            periods.append(performance(y, p, "all since"))
    return records, periods, f"deals started after {since} (inputs), closed after it (outcomes)"


@dataclass
class RetrainResult:
    """Old and new model on the same held-out rows, and what was decided."""

    dataset: str
    holdout: str
    holdout_rows: int
    old: dict[str, float] | None
    new: dict[str, float]
    promoted: bool
    reason: str
    old_saw: int = 0  # held-out rows the old model was trained on (its figure is then optimistic)
    version: str | None = None


def _figures(model: ScoreModel, data: Dataset) -> dict[str, float]:
    from sklearn.metrics import roc_auc_score

    p = model.score(data.records)
    return {"auc": float(roc_auc_score(data.labels, p)), "brier": float(np.mean((p - data.labels) ** 2))}


def _split(name: str, sources: Sources, holdout_csv: Path | None, holdout_days: int) -> tuple[Dataset, Dataset, str]:
    """Training rows for the candidate, the held-out rows both models are scored on, and their description."""
    data, _ = load(name, sources)
    if name == "deals":
        closed = data.closed or []
        start = max(closed) - timedelta(days=holdout_days)
        train_idx = [i for i, d in enumerate(closed) if d <= start]
        test_idx = [i for i, d in enumerate(closed) if d > start]
        text = f"deals closed after {start} (the last {holdout_days} days)"
        return data.subset(train_idx), data.subset(test_idx), text
    if holdout_csv is not None:
        return data, load_csv(name, holdout_csv), f"the rows of {holdout_csv}"
    from sklearn.model_selection import train_test_split

    train_idx, test_idx = train_test_split(np.arange(len(data)), test_size=0.2, stratify=data.labels, random_state=0)
    return data.subset(train_idx), data.subset(test_idx), "a fixed stratified fifth of the data (seed 0)"


def retrain(
    name: str, sources: Sources, var_dir: Path, *, holdout_csv: Path | None = None, holdout_days: int = 90,
    min_gain: float = 0.0,
) -> RetrainResult:  # fmt: skip
    """Train a candidate; put it in use only if its held-out AUC beats the current model's by more than ``min_gain``."""
    if name not in SPECS:
        raise DataError(f"unknown dataset {name!r}: choose {', '.join(SPECS)}")
    train_data, test, text = _split(name, sources, holdout_csv, holdout_days)
    for part, rows in (("training", train_data), ("held-out", test)):
        if len(set(rows.labels.tolist())) < 2:
            raise DataError(f"the {part} rows of {name} ({len(rows)}) do not hold both outcomes: nothing to compare")
    candidate = train(train_data, SPECS[name].kind)
    new = _figures(candidate, test)
    candidate.metrics = {"method": f"held out: {text}", **new, "rows": len(train_data), "test_rows": len(test)}
    missing = "no model in use yet"
    try:
        old_model: ScoreModel | None = registry.load(var_dir, name)
    except NotFoundError:
        old_model = None
    except Exception as exc:  # a damaged file must not block replacing it: say so in the decision
        old_model, missing = None, f"the model in use could not be read ({type(exc).__name__})"
    old = _figures(old_model, test) if old_model is not None else None
    old_saw = len(set(test.ids) & getattr(old_model, "train_ids", frozenset())) if old_model is not None else 0
    if old is None:
        promoted, reason = True, missing
    elif new["auc"] > old["auc"] + min_gain:
        promoted, reason = True, f"the candidate's AUC is higher by {new['auc'] - old['auc']:.3f}"
    else:
        promoted, reason = False, f"the candidate's AUC does not beat the current one's by more than {min_gain}"
    result = RetrainResult(name, text, len(test), old, new, promoted, reason, old_saw)
    if promoted:
        meta = metadata(candidate, train_data, sources)
        registry.save(var_dir, name, candidate, meta, event="promoted")
        result.version = meta["version"]
    registry.record(var_dir, name, {"event": "retrain", "decision": "promoted" if promoted else "kept",
                                    "old": old, "new": new, "holdout": text, "reason": reason})  # fmt: skip
    return result
