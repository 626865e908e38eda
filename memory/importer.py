"""``dealbot import deals|accounts|contacts FILE.csv``: one file, one transaction, a per-row report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from bot.errors import DataError
from memory.csvio import CsvRow, read_csv
from memory.db import session_scope
from memory.loaders import LoadReport, accounts, contacts, deals

Loader = Callable[[Session, list[CsvRow]], LoadReport]
KINDS: dict[str, tuple[tuple[str, ...], Loader]] = {
    "accounts": (accounts.REQUIRED_COLUMNS, lambda s, rows: accounts.load_accounts(s, rows)),
    "contacts": (contacts.REQUIRED_COLUMNS, lambda s, rows: contacts.load_contacts(s, rows)),
    "deals": (deals.REQUIRED_COLUMNS, lambda s, rows: deals.load_deals(s, rows)),
}


def import_csv(engine: Engine, *, kind: str, path: Path) -> LoadReport:
    """Write every good row of ``path`` in one transaction and report the bad ones by line.

    A row is either written whole or reported; a failure of the database itself rolls the
    whole file back, so nothing is ever half-written."""
    if kind not in KINDS:
        raise DataError(f"cannot import {kind!r}; choose one of {', '.join(KINDS)}")
    required, loader = KINDS[kind]
    rows = read_csv(path, required=required)
    with session_scope(engine) as session:
        return loader(session, rows)
