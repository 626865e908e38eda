"""The model registry: files on disk under ``<var>/models/``, no database.

```
models/<name>.joblib            the model in use (what explain, drift and the chat tools load)
models/<name>.json              its metadata: version, trained_at, data window, metrics, feature list, input profile
models/<name>/<version>.joblib  models replaced by a promotion (with their .json), kept to roll back by hand
models/<name>/history.jsonl     one line per event: trained, retrain decision (promoted or kept), drift check
```
Writes go to a temporary file first and are renamed into place, so a reader never sees half a model.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import joblib

from agents.insights.scoring.tabular import ScoreModel
from bot.errors import DataError, NotFoundError


def model_path(var_dir: Path, name: str) -> Path:
    """Where the model in use for ``name`` lives."""
    return var_dir / "models" / f"{name}.joblib"


def meta_path(var_dir: Path, name: str) -> Path:
    return var_dir / "models" / f"{name}.json"


def history_path(var_dir: Path, name: str) -> Path:
    return var_dir / "models" / name / "history.jsonl"


def new_version() -> str:
    """A sortable version id: the UTC time to the microsecond."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _atomic(path: Path, write: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    def write(tmp: str) -> None:
        Path(tmp).write_text(json.dumps(data, indent=1, default=str) + "\n", encoding="utf-8")

    _atomic(path, write)


def save(var_dir: Path, name: str, model: ScoreModel, meta: dict[str, Any], *, event: str = "trained") -> Path:
    """Put ``model`` in use for ``name``; the one it replaces is archived under ``models/<name>/``."""
    current = model_path(var_dir, name)
    if current.is_file():
        old = read_meta(var_dir, name)
        version = str(
            old.get("version") or datetime.fromtimestamp(current.stat().st_mtime, UTC).strftime("%Y%m%dT%H%M%S%fZ")
        )
        archive = var_dir / "models" / name
        archive.mkdir(parents=True, exist_ok=True)
        os.replace(current, archive / f"{version}.joblib")
        if meta_path(var_dir, name).is_file():
            os.replace(meta_path(var_dir, name), archive / f"{version}.json")
    _atomic(current, lambda tmp: joblib.dump(model, tmp))
    _write_json(meta_path(var_dir, name), meta)
    record(var_dir, name, {"event": event, "version": meta.get("version"), "metrics": _headline(meta)})
    return current


def _headline(meta: dict[str, Any]) -> dict[str, Any]:
    metrics = meta.get("metrics") or {}
    return {k: metrics[k] for k in ("auc", "brier", "method") if k in metrics}


def load(var_dir: Path, name: str) -> ScoreModel:
    """The model in use for ``name``."""
    path = model_path(var_dir, name)
    if not path.is_file():
        raise NotFoundError(f"no trained {name} model at {path}: run `dealbot model train --dataset {name}` first")
    model = joblib.load(path)
    if not isinstance(model, ScoreModel):
        raise DataError(f"{path} is not a dealbot model")
    return model


def read_meta(var_dir: Path, name: str) -> dict[str, Any]:
    """The metadata of the model in use (empty for a model saved before the registry kept any)."""
    path = meta_path(var_dir, name)
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read the model metadata {path}: {exc}") from None
    return data if isinstance(data, dict) else {}


def record(var_dir: Path, name: str, entry: dict[str, Any]) -> None:
    """Append one event to the model's history (appends of one line are atomic enough for a log)."""
    path = history_path(var_dir, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps({"at": datetime.now(UTC).isoformat(timespec="seconds"), **entry}, default=str)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def history(var_dir: Path, name: str) -> list[dict[str, Any]]:
    """Every recorded event for ``name``, oldest first."""
    path = history_path(var_dir, name)
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
