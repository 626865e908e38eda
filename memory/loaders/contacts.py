"""Contacts from CSV rows: ``name,email,account,title`` plus any columns, kept as attributes."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from memory.csvio import CsvRow
from memory.loaders.common import LoadReport, RowError, changed_fields
from memory.models import Account, Contact
from memory.normalise import blank, parse_email
from memory.suppression import email_hash, suppressed_hashes

REQUIRED_COLUMNS = ("name", "email", "account", "title")
_TRUE = {"1", "true", "yes", "y", "x"}
_FALSE = {"0", "false", "no", "n", ""}


def parse_contact(values: dict[str, str], accounts: dict[str, int]) -> dict[str, Any]:
    """Column values of one contact row; the account, when named, must exist."""
    name = values.get("name", "").strip()
    if blank(name):
        raise ValueError("name: missing")
    account_name = values.get("account", "").strip()
    account_id = None
    if not blank(account_name) and (account_id := accounts.get(account_name.lower())) is None:
        raise ValueError(f"account: unknown account {account_name!r}")
    opt_out = values.get("email_opt_out", "").strip().lower()
    if opt_out not in _TRUE | _FALSE:
        raise ValueError(f"email_opt_out: {values['email_opt_out']!r} is not yes/no")
    known = {"name", "email", "account", "title", "phone", "email_opt_out"}
    return {
        "name": name,
        "email": parse_email(values.get("email", "")),
        "account_id": account_id,
        "title": None if blank(values.get("title")) else values["title"],
        "phone": None if blank(values.get("phone")) else values["phone"],
        "email_opt_out": opt_out in _TRUE,
        "attributes": {k: v for k, v in values.items() if k not in known and k and not blank(v)},
    }


def load_contacts(session: Session, rows: list[CsvRow], report: LoadReport | None = None) -> LoadReport:
    """Upsert contacts by email address; bad rows go to the report. People erased on request (the
    suppression list) are skipped and counted, never re-created."""
    report = report or LoadReport(kind="contacts")
    accounts = {a.name.lower(): a.id for a in session.exec(select(Account)) if a.id is not None}
    existing = {c.email: c for c in session.exec(select(Contact))}
    seen: set[str] = set()
    suppressed = suppressed_hashes(session)
    for row in rows:
        try:
            values = parse_contact(row.values, accounts)
        except ValueError as exc:
            report.errors.append(RowError(row.line, str(exc)))
            continue
        if values["email"] in seen:
            report.errors.append(RowError(row.line, f"email {values['email']!r} appears twice in the file"))
            continue
        seen.add(values["email"])
        if email_hash(values["email"]) in suppressed:
            report.suppressed += 1
            continue
        current = existing.get(values["email"])
        if current is None:
            session.add(Contact(**values))
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
