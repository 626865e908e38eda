"""Deal metrics in SQL: counts by stage, won revenue, win rate, deal size, pipeline value and cycle
time, for everything or grouped by rep, team, office, account, sector or product."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, and_, case, func, literal
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from memory.models import Account, Deal, Product, Stage, User
from memory.queries import DealFilter, cycle_days

Dimension = Literal["rep", "manager", "office", "account", "sector", "product", "series", "stage"]


@dataclass(frozen=True)
class Metrics:
    """Everything the tools report about one group of deals. Money in dollars, rates in percent."""

    group: str | None
    deals: int
    won: int
    lost: int
    engaging: int
    prospecting: int
    won_revenue: float
    pipeline_value: float  # list price of open deals (open deals have no close_value)
    won_cycle_days_total: float

    @property
    def open(self) -> int:
        return self.engaging + self.prospecting

    @property
    def closed(self) -> int:
        return self.won + self.lost

    @property
    def win_rate(self) -> float | None:
        return round(100.0 * self.won / self.closed, 1) if self.closed else None

    @property
    def avg_won_size(self) -> float | None:
        return round(self.won_revenue / self.won) if self.won else None

    @property
    def avg_cycle_days(self) -> float | None:
        return round(self.won_cycle_days_total / self.won, 1) if self.won else None

    def as_dict(self) -> dict[str, Any]:
        keys = ("group", "deals", "won", "lost", "engaging", "prospecting", "open", "closed", "won_revenue",
                "pipeline_value", "win_rate", "avg_won_size", "avg_cycle_days")  # fmt: skip
        return {k: getattr(self, k) for k in keys}


def pooled(groups: Sequence[Metrics], group: str | None = None) -> Metrics:
    """The deals of every one of ``groups`` as one group named ``group``: counts and totals added, so its rates and
    averages are those of all the deals together."""
    return Metrics(
        group, sum(g.deals for g in groups), sum(g.won for g in groups), sum(g.lost for g in groups),
        sum(g.engaging for g in groups), sum(g.prospecting for g in groups), sum(g.won_revenue for g in groups),
        sum(g.pipeline_value for g in groups), sum(g.won_cycle_days_total for g in groups),
    )  # fmt: skip


_MANAGER = User.__table__.alias("manager")  # type: ignore[attr-defined]


def _group_column(dimension: Dimension | None) -> ColumnElement[Any]:
    columns: dict[str, Any] = {
        "rep": col(User.name), "manager": _MANAGER.c.name, "office": col(User.office),
        "account": col(Account.name), "sector": col(Account.sector), "product": col(Product.name),
        "series": col(Product.series), "stage": col(Deal.stage),
    }  # fmt: skip
    return literal(None) if dimension is None else columns[dimension]


def deal_metrics(session: Session, *, where: DealFilter, group_by: Dimension | None = None) -> list[Metrics]:
    """One :class:`Metrics` per group (a single one with ``group=None`` when not grouped)."""
    stage = col(Deal.stage)
    won = stage == Stage.WON.value
    open_ = stage.in_([Stage.ENGAGING.value, Stage.PROSPECTING.value])
    group = _group_column(group_by).label("grp")
    query: Select = (
        sa_select(
            group,
            func.count(),
            func.sum(case((won, 1), else_=0)),
            func.sum(case((stage == Stage.LOST.value, 1), else_=0)),
            func.sum(case((stage == Stage.ENGAGING.value, 1), else_=0)),
            func.sum(case((stage == Stage.PROSPECTING.value, 1), else_=0)),
            func.sum(case((won, func.coalesce(Deal.close_value, 0)), else_=0)),
            func.sum(case((open_, Product.list_price), else_=0)),
            func.sum(case((won, cycle_days(session)), else_=0)),
        )
        .select_from(Deal)
        .join(User, col(User.id) == Deal.owner_id)
        .join(Product, col(Product.id) == Deal.product_id)
        .outerjoin(Account, col(Account.id) == Deal.account_id)
        .outerjoin(_MANAGER, _MANAGER.c.id == User.manager_id)
        .where(and_(True, *where.conditions()))
    )
    if group_by is not None:
        query = query.group_by("grp")
    rows = session.execute(query).all()
    metrics = [
        Metrics(
            grp,
            int(n),
            int(w or 0),
            int(lo or 0),
            int(e or 0),
            int(p or 0),
            float(rev or 0),
            float(pipe or 0),
            float(cyc or 0),
        )  # fmt: skip
        for grp, n, w, lo, e, p, rev, pipe, cyc in rows
    ]
    if group_by is None and not metrics:
        return [Metrics(None, 0, 0, 0, 0, 0, 0.0, 0.0, 0.0)]
    return metrics
