"""``dealbot eval extract``: notes to structured deal updates, scored field by field (LABELS.md §3).

Seven fields per case: account, amount, close_date, stage, competitors, contacts, next_step_contains.
The summary line's ``rate`` is the share of fields right. Known accounts come from the demo data's
``accounts.csv`` and our own people from its ``sales_teams.csv`` (what a seeded store holds, and what
ingestion passes the extractor); without them the extractor reads both from the text alone.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from bot.evals.cases import Case, JsonlOut, Summary, date_problems, load_cases
from memory.extract import extract_update

FIELDS = ("account", "amount", "close_date", "stage", "competitors", "contacts", "next_step_contains")
REQUIRED = ("id", "now", "text", "expect")
_ABBREVIATIONS = {"mgr": "manager", "ops": "operations", "dir": "director", "sr": "senior", "eng": "engineering",
                  "vp": "vice president", "&": "and", "exec": "executive", "mktg": "marketing"}  # fmt: skip


def validate(data: dict[str, Any]) -> list[str]:
    problems = date_problems(data["now"], "now")
    if not isinstance(data["text"], str):
        problems.append("text is not a string")
    if not isinstance(data["expect"], dict):
        problems.append("expect is not an object")
    return problems


def predict(data: dict[str, Any], accounts: list[str], ours: Sequence[str] = ()) -> dict[str, Any]:
    """The extractor's answer in the shape of ``expect`` (the next step as a one-item list)."""
    update = extract_update(data["text"], now=date.fromisoformat(str(data["now"])), accounts=accounts,
                            people_to_ignore=list(ours))  # fmt: skip
    out = update.as_json()
    return {
        "account": out["account"],
        "amount": out["amount"],
        "close_date": out["close_date"],
        "stage": out["stage"],
        "competitors": out["competitors"],
        "next_step_contains": [out["next_step"]] if out["next_step"] else [],
        "contacts": out["contacts"],
    }


def field_right(key: str, expected: Any, predicted: Any) -> bool:
    """One field compared by the rules: sets for lists, case-insensitive names, obvious role expansions."""
    if key == "amount":
        if expected is None or predicted is None:
            return expected is None and predicted is None
        return abs(float(expected) - float(predicted)) < 0.5
    if key in ("account", "stage"):
        return (expected or "").strip().lower() == (predicted or "").strip().lower()
    if key == "competitors":
        return {c.lower() for c in expected or []} == {c.lower() for c in predicted or []}
    if key == "contacts":
        return _people(expected) == _people(predicted)
    if key == "next_step_contains":
        step = " ".join(predicted or []).lower()
        return all(word.lower() in step for word in expected) if expected else not step
    return expected == predicted


def _people(contacts: Any) -> set[tuple[str, str]]:
    return {(" ".join(str(c.get("name") or "").lower().split()), _role(c.get("role"))) for c in contacts or []}


def _role(role: Any) -> str:
    words = re.findall(r"[\w&]+", str(role or "").lower())
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words if w not in ("the", "of"))


def known_accounts(data_dir: Path | None) -> list[str]:
    """Account names from ``accounts.csv`` in the demo folder, or none when it is not there."""
    path = (data_dir / "accounts.csv") if data_dir else None
    if path is None or not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return [row["account"].strip() for row in csv.DictReader(fh) if (row.get("account") or "").strip()]


def our_people(data_dir: Path | None) -> list[str]:
    """Our sales agents and managers from ``sales_teams.csv`` in the demo folder, or none."""
    path = (data_dir / "sales_teams.csv") if data_dir else None
    if path is None or not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    names = [(row.get(k) or "").strip() for row in rows for k in ("sales_agent", "manager")]
    return sorted({n for n in names if n})


def run_extract(*, cases_path: Path, data_dir: Path | None, predictions_path: Path | None, out: TextIO) -> Summary:
    """Score every case; failure lines, per-field accuracy and the summary line go to ``out``."""
    entries = load_cases(cases_path, required=REQUIRED, validate=validate)
    accounts = known_accounts(data_dir)
    ours = our_people(data_dir)
    summary = Summary("extract", out)
    right = {k: 0 for k in FIELDS}
    asked = {k: 0 for k in FIELDS}
    with JsonlOut(predictions_path) as predictions:
        for entry in entries:
            if not isinstance(entry, Case):
                summary.record(entry.label, [entry.problem])
                for k in FIELDS:
                    asked[k] += 1
                continue
            expect = entry.data["expect"]
            predicted = predict(entry.data, accounts, ours)
            predictions.write({"id": entry.id, "predicted": {k: predicted[k] for k in expect if k in predicted}})
            problems = []
            for key in FIELDS:
                if key not in expect:
                    continue
                asked[key] += 1
                if field_right(key, expect[key], predicted[key]):
                    right[key] += 1
                else:
                    problems.append(f"{key}: expected {expect[key]!r}, got {predicted[key]!r}")
            summary.record(entry.label, problems)
    for key in FIELDS:
        if asked[key]:
            print(f"  {key:<20} {right[key]}/{asked[key]} = {right[key] / asked[key]:.3f}", file=out)
    total_right, total = sum(right.values()), sum(asked.values())
    rate = total_right / total if total else 0.0
    print(f"extract: cases_passed={summary.passed} cases={summary.total} fields_right={total_right} "
          f"fields={total} rate={rate:.3f}", file=out, flush=True)  # fmt: skip
    return summary
