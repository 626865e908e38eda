"""Column helpers shared by the table modules."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column


def utcnow() -> datetime:
    """Aware UTC now. SQLModel's UTCDateTime stores aware datetimes and reads them back in UTC
    on SQLite and PostgreSQL alike, so every timestamp in the store is aware."""
    return datetime.now(UTC)


def json_column() -> Any:
    """A JSON column (JSON on SQLite, json on PostgreSQL) that is never NULL."""
    return Column(JSON, nullable=False, default=dict)
