"""The date filters a plain close or engage range cannot say: months apart added up ("jan and mar combined"), and
the deals that were open at a past day ("my open pipeline ... and last quarter?")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from agents.period_lists import days_of
from agents.periods import Period
from bot.errors import NotFoundError
from memory.analytics import Metrics
from memory.models import Deal
from memory.queries import DealFilter, DealRow

OPEN_AT_BASIS = (
    "open at a past day = engaged on or before it and not closed until after it (won or lost since, or still "
    "open); Prospecting deals have no engage date, so they can't be placed in time and are not counted; "
    "pipeline value = list price of those deals"
)


def by_period(session: Session, where: DealFilter, period: Period | None, date_field: str, today: date) -> DealFilter:
    """``where`` narrowed to the period's parts, or to the deals open at its end (``date_field`` "open_at")."""
    if period is None:
        return where
    if date_field == "open_at":
        return _open_at(session, where, min(period.end, today))
    if not period.parts:
        return where
    if date_field == "close":
        wanted = set(where.close_days) if where.close_days is not None else None
        return replace(where, close_days=[d for d in days_of(period) if wanted is None or d in wanted])
    engaged = or_(*(and_(col(Deal.engage_date) >= a, col(Deal.engage_date) <= b) for a, b in period.parts))
    ids = [i for (i,) in session.execute(select(Deal.external_id).where(engaged))]
    return replace(where, external_ids=_both(where.external_ids, ids))


def _open_at(session: Session, where: DealFilter, day: date) -> DealFilter:
    """Deals open at the end of ``day``: engaged by then and closed (if at all) only after it. Every one was
    Engaging then, so the stage asked for is read as of then: Prospecting ones cannot be dated."""
    if where.stages is not None and all(s.value == "Prospecting" for s in where.stages):
        ids: list[str] = []
    else:
        query = select(Deal.external_id).where(
            col(Deal.engage_date).is_not(None),
            col(Deal.engage_date) <= day,
            or_(col(Deal.close_date).is_(None), col(Deal.close_date) > day),
        )
        ids = [i for (i,) in session.execute(query)]
    bare = replace(where, stages=None, closed_from=None, closed_to=None, engaged_from=None, engaged_to=None)
    return replace(bare, external_ids=_both(where.external_ids, ids))


def _both(given: Sequence[str] | None, found: list[str]) -> list[str]:
    return found if given is None else [i for i in found if i in set(given)]


_GROUP_OF = {None: lambda d: None, "rep": lambda d: d.owner, "product": lambda d: d.product,
             "account": lambda d: d.account}  # fmt: skip


def open_then(deals: list[DealRow], group_by: str | None) -> list[Metrics]:
    """Figures of the deals open at a past day as they stood then: all Engaging, none won or lost yet."""
    if group_by not in _GROUP_OF:
        raise NotFoundError("the pipeline at a past date can be split by rep, product or account only")
    groups: dict[str | None, list[DealRow]] = {}
    for d in deals:
        groups.setdefault(_GROUP_OF[group_by](d), []).append(d)
    if group_by is None and not groups:
        groups[None] = []
    return [Metrics(g, len(rows), 0, 0, len(rows), 0, 0.0, float(sum(d.list_price for d in rows)), 0.0)
            for g, rows in groups.items()]  # fmt: skip
