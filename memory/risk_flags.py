"""Recording risk flags: when the risk engine first flags a deal for a reason, and when the reason clears.

Idempotent by construction: an open flag is unique per deal and reason (a partial unique index), the
insert skips a conflicting row (two processes seeing the same deal at once), and a reason that is
still present changes nothing. Nothing here commits; callers hold the transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from memory.models import OPEN_STAGES, Deal, RiskFlag, utcnow

_OPEN = text("cleared_on IS NULL")


@dataclass(frozen=True)
class Seen:
    """One reason the engine found for a deal, as the store keeps it."""

    reason: str
    weight: float = 0.0
    evidence: Mapping[str, Any] = field(default_factory=dict)  # of the first evidence: {"date", "source"}


@dataclass(frozen=True)
class FlagChanges:
    raised: tuple[str, ...] = ()
    cleared: tuple[str, ...] = ()


def record_assessment(session: Session, *, deal_id: int, seen: Iterable[Seen], today: date, source: str) -> FlagChanges:
    """Open a flag for each newly seen reason and clear the open flags whose reason is gone.

    An assessment "as of" a day before an open flag was raised (someone asking about the past) clears
    nothing: it cannot tell whether the reason went away."""
    current = {s.reason: s for s in seen}
    open_flags = {f.reason: f for f in session.exec(select(RiskFlag).where(RiskFlag.deal_id == deal_id, _OPEN))}
    raised = [r for r in current if r not in open_flags]
    for reason in raised:
        s = current[reason]
        _insert_open(session, deal_id=deal_id, reason=reason, today=today, source=source, weight=s.weight,
                     evidence=dict(s.evidence))  # fmt: skip
    gone = [f for r, f in open_flags.items() if r not in current and f.flagged_on <= today]
    _clear(session, [f.id for f in gone if f.id is not None], today=today, by=source)
    return FlagChanges(tuple(raised), tuple(f.reason for f in gone))


def clear_closed_deals(session: Session, *, today: date) -> int:
    """Clear the open flags of deals that are no longer open (won or lost); returns how many."""
    closed = select(Deal.id).where(col(Deal.stage).not_in([s.value for s in OPEN_STAGES]))
    ids = [i for i in session.exec(select(RiskFlag.id).where(col(RiskFlag.deal_id).in_(closed), _OPEN)) if i]
    _clear(session, ids, today=today, by="closed")
    return len(ids)


def open_flags(session: Session, *, deal_ids: Iterable[int]) -> list[RiskFlag]:
    """The open flags of these deals, oldest first."""
    ids = list(deal_ids)
    if not ids:
        return []
    query = select(RiskFlag).where(col(RiskFlag.deal_id).in_(ids), _OPEN).order_by(col(RiskFlag.flagged_on))
    return list(session.exec(query))


def _insert_open(session: Session, *, deal_id: int, reason: str, today: date, source: str, weight: float,
                 evidence: dict[str, Any]) -> None:  # fmt: skip
    values = {"deal_id": deal_id, "reason": reason, "flagged_on": today, "flagged_at": utcnow(), "source": source,
              "weight": round(weight, 3), "evidence": evidence}  # fmt: skip
    table: Any = RiskFlag.__table__  # type: ignore[attr-defined]
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = (
        insert(table).values(**values).on_conflict_do_nothing(index_elements=["deal_id", "reason"], index_where=_OPEN)
    )
    session.execute(statement)


def _clear(session: Session, ids: list[int], *, today: date, by: str) -> None:
    if not ids:
        return
    session.execute(
        update(RiskFlag)
        .where(col(RiskFlag.id).in_(ids), _OPEN)
        .values(cleared_on=today, cleared_at=utcnow(), cleared_by=by)
    )
