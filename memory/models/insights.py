"""What the insights said and when: a deal flagged at risk for a reason, and when that reason cleared.

One row per flag episode. While a flag is open (``cleared_on`` is NULL) there is at most one row per deal and
reason (a partial unique index), so the chat, the home screen and the worker can all record what they see
without creating duplicates. The KPI report counts flags and what happened on the deal after each one."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Index, String, text
from sqlmodel import Field, SQLModel

from memory.models._base import json_column, utcnow


class RiskFlag(SQLModel, table=True):
    """A deal at risk for one reason, from the first assessment that saw it to the first that no longer did."""

    __table_args__ = (
        Index("uq_riskflag_open", "deal_id", "reason", unique=True, sqlite_where=text("cleared_on IS NULL"),
              postgresql_where=text("cleared_on IS NULL")),
    )  # fmt: skip

    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(foreign_key="deal.id", index=True)
    reason: str = Field(sa_type=String(30))  # a risk reason code, e.g. "gone_quiet"
    flagged_on: date = Field(index=True)  # the business day of the assessment ("today" for the asker)
    flagged_at: datetime = Field(default_factory=utcnow)  # when it was recorded
    source: str = Field(default="chat", max_length=20)  # chat, home or worker: who saw it first
    weight: float = 0.0
    evidence: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())  # first evidence: date, source
    cleared_on: date | None = None
    cleared_at: datetime | None = None
    cleared_by: str | None = Field(default=None, max_length=20)  # chat, home, worker, or "closed"
