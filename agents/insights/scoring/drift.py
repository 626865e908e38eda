"""Is a score still fit for the data it meets? Population stability of its inputs, and its accuracy per period.

- :func:`profile` summarises each input field of the training records as bins with their shares (numbers:
  deciles of the training values plus a "missing" bin; categories: each one holding at least 1% of the rows,
  the rest pooled as "(other)" together with categories never seen in training). It is saved with the model.
- :func:`stability` gives each field's population stability index (PSI) between that profile and new records:
  sum over bins of (new - old) * ln(new / old). Rule of thumb: < 0.1 stable, 0.1-0.2 moderate, > 0.2 shifted.
- :func:`performance` gives AUC, Brier score and a reliability summary (mean predicted vs observed rate) per
  period on rows whose outcome is now known.

Pure numpy: no scikit-learn needed here, except for the AUC (imported when asked for).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

Record = dict[str, Any]
MISSING, OTHER = "(missing)", "(other)"
MIN_SHARE = 0.01  # categories rarer than this in training are pooled: a PSI over many tiny bins is noise
FLOOR = 1e-4  # an empty bin counts as this share, so ln(new / old) stays finite
MIN_ROWS_PSI = 100  # fewer new rows than this: PSI is reported but raises no alert (sampling noise alone nears 0.1)
MIN_ROWS_PERIOD = 30  # a period with fewer closed rows than this is reported but raises no alert


@dataclass(frozen=True)
class Thresholds:
    """When drift is worth an alert."""

    psi: float = 0.2  # any input past this
    auc_drop: float = 0.05  # AUC below the training evaluation's by more than this
    calibration_gap: float = 0.10  # mean predicted vs observed rate apart by more than this


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def profile(records: list[Record]) -> dict[str, dict[str, Any]]:
    """Bins and training shares of every input field (JSON-serialisable; saved in the model's metadata)."""
    fields = sorted({name for record in records for name in record})
    out: dict[str, dict[str, Any]] = {}
    for name in fields:
        values = [r.get(name) for r in records]
        present = [v for v in values if v is not None]
        if present and all(_is_number(v) for v in present) and len(set(present)) > 10:
            edges = sorted(set(np.quantile(np.array(present, dtype=float), np.linspace(0.1, 0.9, 9)).tolist()))
            spec: dict[str, Any] = {"kind": "number", "edges": edges}
        else:
            counts = Counter(str(v) if v is not None else MISSING for v in values)
            kept = sorted(k for k, n in counts.items() if n >= MIN_SHARE * len(values))
            spec = {"kind": "category", "categories": kept}
        spec["shares"] = _shares(spec, values)
        out[name] = spec
    return out


def _labels(spec: dict[str, Any], values: list[Any]) -> list[str]:
    """The bin each value falls in."""
    if spec["kind"] == "number":
        edges = spec["edges"]
        labels = []
        for v in values:
            if v is None or not _is_number(v) or math.isnan(float(v)):
                labels.append(MISSING)
            else:
                labels.append(f"bin{int(np.searchsorted(edges, float(v), side='right'))}")
        return labels
    known = set(spec["categories"]) | {MISSING}  # a field absent in training too is "missing", not "other"
    return [s if (s := (str(v) if v is not None else MISSING)) in known else OTHER for v in values]


def _shares(spec: dict[str, Any], values: list[Any]) -> dict[str, float]:
    counts = Counter(_labels(spec, values))
    return {k: n / max(1, len(values)) for k, n in sorted(counts.items())}


def psi(expected: dict[str, float], actual: dict[str, float]) -> float:
    """Population stability index between two share tables over the same bins (missing bins count as empty)."""
    total = 0.0
    for key in set(expected) | set(actual):
        e, a = max(expected.get(key, 0.0), FLOOR), max(actual.get(key, 0.0), FLOOR)
        total += (a - e) * math.log(a / e)
    return total


@dataclass(frozen=True)
class FieldDrift:
    field: str
    psi: float
    moved: str  # the bin whose share changed most, e.g. "Contract=Month-to-month 55%->90%"


def stability(reference: dict[str, dict[str, Any]], records: list[Record]) -> list[FieldDrift]:
    """Each profiled field's PSI on ``records``, most shifted first."""
    out = []
    for name, spec in reference.items():
        actual = _shares(spec, [r.get(name) for r in records])
        expected = spec["shares"]
        key = max(set(expected) | set(actual), key=lambda k: abs(actual.get(k, 0.0) - expected.get(k, 0.0)))
        moved = f"{_bin_text(spec, key)} {expected.get(key, 0.0):.0%}->{actual.get(key, 0.0):.0%}"
        out.append(FieldDrift(name, round(psi(expected, actual), 4), moved))
    return sorted(out, key=lambda d: -d.psi)


def _bin_text(spec: dict[str, Any], key: str) -> str:
    if spec["kind"] != "number" or not key.startswith("bin"):
        return key
    edges, i = spec["edges"], int(key[3:])
    low = f"{edges[i - 1]:.3g}" if i > 0 else "-inf"
    high = f"{edges[i]:.3g}" if i < len(edges) else "inf"
    return f"[{low}, {high})"


@dataclass
class Period:
    """How the score did on the rows whose outcome became known in one period."""

    label: str
    n: int
    positives: int
    auc: float | None
    brier: float
    predicted: float  # mean predicted probability
    observed: float  # observed positive rate
    bins: list[dict[str, float]] = field(default_factory=list)


def period_of(day: date, period: str) -> str:
    """``2017-07`` for a month, ``2017-Q3`` for a quarter."""
    return f"{day.year}-{day.month:02d}" if period == "month" else f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def performance(y: np.ndarray, p: np.ndarray, label: str) -> Period:
    """AUC (None when one outcome is absent), Brier and a 5-bin reliability table of one group of rows."""
    from sklearn.metrics import roc_auc_score

    auc = float(roc_auc_score(y, p)) if len(set(y.tolist())) > 1 else None
    bins = []
    for chunk in np.array_split(np.argsort(p), min(5, len(p))):
        if len(chunk):
            bins.append({"predicted": round(float(p[chunk].mean()), 3), "observed": round(float(y[chunk].mean()), 3),
                         "n": len(chunk)})  # fmt: skip
    return Period(label, len(y), int(y.sum()), auc, float(np.mean((p - y) ** 2)), float(p.mean()), float(y.mean()),
                  bins)  # fmt: skip


def alerts(
    fields: list[FieldDrift], rows: int, periods: list[Period], reference_auc: float | None, limits: Thresholds
) -> list[str]:
    """One line per threshold crossed (an empty list: no alert)."""
    out = []
    if rows >= MIN_ROWS_PSI:
        out += [f"input {f.field!r} shifted: PSI {f.psi:.3f} > {limits.psi} ({f.moved})" for f in fields
                if f.psi > limits.psi]  # fmt: skip
    for p in periods:
        if p.n < MIN_ROWS_PERIOD:
            continue
        if reference_auc is not None and p.auc is not None and p.auc < reference_auc - limits.auc_drop:
            out.append(f"{p.label}: AUC {p.auc:.3f} is more than {limits.auc_drop} below the training "
                       f"evaluation's {reference_auc:.3f}")  # fmt: skip
        if abs(p.predicted - p.observed) > limits.calibration_gap:
            out.append(f"{p.label}: predicted {p.predicted:.0%} on average but {p.observed:.0%} happened "
                       f"(gap > {limits.calibration_gap:.0%})")  # fmt: skip
    return out
