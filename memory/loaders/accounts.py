"""Accounts from CSV rows (the Maven ``accounts.csv`` layout)."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from memory.csvio import CsvRow
from memory.loaders.common import LoadReport, RowError, changed_fields
from memory.models import Account
from memory.normalise import blank, canonical_sector, parse_number

REQUIRED_COLUMNS = ("account",)
KNOWN_COLUMNS = {
    "account", "sector", "year_established", "revenue", "employees", "office_location", "subsidiary_of",
}  # fmt: skip


def parse_account(values: dict[str, str], report: LoadReport) -> dict[str, Any]:
    """Column values of one account row, repaired where the repair is unambiguous."""
    name = values.get("account", "").strip()
    if blank(name):
        raise ValueError("account: missing name")
    sector = None
    if not blank(values.get("sector")):
        sector, repaired = canonical_sector(values["sector"])
        if repaired:
            report.repairs[f"sector {values['sector'].strip()!r} spelt {sector!r}"] += 1
    year = parse_number(values.get("year_established", ""), field="year_established", integer=True)
    employees = parse_number(values.get("employees", ""), field="employees", integer=True)
    extras = {k: v for k, v in values.items() if k not in KNOWN_COLUMNS and k and not blank(v)}
    return {
        "name": name,
        "sector": sector,
        "year_established": int(year) if year is not None else None,
        "revenue_musd": parse_number(values.get("revenue", ""), field="revenue"),
        "employees": int(employees) if employees is not None else None,
        "headquarters": None if blank(values.get("office_location")) else values["office_location"],
        "parent_name": None if blank(values.get("subsidiary_of")) else values["subsidiary_of"],
        "attributes": extras,
    }


def load_accounts(session: Session, rows: list[CsvRow], report: LoadReport | None = None) -> LoadReport:
    """Upsert accounts by name; bad rows go to the report, good ones are written."""
    report = report or LoadReport(kind="accounts")
    existing = {a.name.lower(): a for a in session.exec(select(Account))}
    seen: set[str] = set()
    for row in rows:
        try:
            values = parse_account(row.values, report)
        except ValueError as exc:
            report.errors.append(RowError(row.line, str(exc)))
            continue
        key = values["name"].lower()
        if key in seen:
            report.errors.append(RowError(row.line, f"account {values['name']!r} appears twice in the file"))
            continue
        seen.add(key)
        current = existing.get(key)
        if current is None:
            account = Account(**values)
            session.add(account)
            existing[key] = account
            report.created += 1
        elif changes := changed_fields(current, values):
            for k, v in changes.items():
                setattr(current, k, v)
            session.add(current)
            report.updated += 1
        else:
            report.unchanged += 1
    session.flush()
    return report
