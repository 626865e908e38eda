"""Read-side queries over the deal store, shaped for the agent's tools."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process, utils
from sqlalchemy import ColumnElement, Select, and_, case, func, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from memory.models import OPEN_STAGES, Account, Deal, Product, Stage, User


@dataclass(frozen=True)
class Range:
    """Bounds on a number ("more than 10,000", "1989 or earlier"); None on a side means unbounded."""

    low: float | None = None
    high: float | None = None
    low_inclusive: bool = False
    high_inclusive: bool = False

    def conditions(self, column: Any) -> list[ColumnElement[bool]]:
        conds: list[ColumnElement[bool]] = []
        if self.low is not None:
            conds.append(column >= self.low if self.low_inclusive else column > self.low)
        if self.high is not None:
            conds.append(column <= self.high if self.high_inclusive else column < self.high)
        return conds

    def __str__(self) -> str:
        sides = []
        if self.low is not None:
            sides.append(f"{'at least' if self.low_inclusive else 'over'} {self.low:,.0f}")
        if self.high is not None:
            sides.append(f"{'at most' if self.high_inclusive else 'under'} {self.high:,.0f}")
        return " and ".join(sides) or "any"


_LIST_PRICE = (
    sa_select(col(Product.list_price))
    .where(col(Product.id) == Deal.product_id)
    .correlate_except(Product)
    .scalar_subquery()
)
# What a deal is worth, the one rule for filtering, ranking and showing deals: what it closed at when won, else its
# list price: an open deal's value is still to be settled, and a lost deal's close value is always 0, so ranking
# lost deals by it ("my biggest loss") would pick at random.
DEAL_VALUE = case(
    (col(Deal.stage).in_([*(s.value for s in OPEN_STAGES), Stage.LOST.value]), _LIST_PRICE),
    else_=func.coalesce(Deal.close_value, _LIST_PRICE),
)


@dataclass(frozen=True)
class DealFilter:
    """Which deals to look at. Every field narrows; None means "any"."""

    owner_ids: Sequence[int] | None = None
    stages: Sequence[Stage] | None = None
    account_ids: Sequence[int] | None = None
    product_id: int | None = None
    sector: str | None = None
    without_account: bool = False
    closed_from: date | None = None
    closed_to: date | None = None
    engaged_from: date | None = None
    engaged_to: date | None = None
    external_ids: Sequence[str] | None = None  # opportunity ids
    product_ids: Sequence[int] | None = None  # any of these products ("the MG line")
    exclude_owner_ids: Sequence[int] = ()  # "leave Carl out"
    exclude_account_ids: Sequence[int] = ()  # "besides Kan-code"; deals without an account stay in
    exclude_product_ids: Sequence[int] = ()
    value: Range | None = None  # on DEAL_VALUE: "wins bigger than $5,000"
    vs_list: str | None = None  # close value against the product's list price: "above", "below" or "at"
    close_days: Sequence[date] | None = None  # closed on one of these days: "on the last day of a quarter"

    def conditions(self) -> list[ColumnElement[bool]]:
        conds: list[ColumnElement[bool]] = []
        if self.owner_ids is not None:
            conds.append(col(Deal.owner_id).in_(list(self.owner_ids)))
        if self.stages is not None:
            conds.append(col(Deal.stage).in_([s.value for s in self.stages]))
        if self.account_ids is not None:
            conds.append(col(Deal.account_id).in_(list(self.account_ids)))
        if self.without_account:
            conds.append(col(Deal.account_id).is_(None))
        if self.product_id is not None:
            conds.append(col(Deal.product_id) == self.product_id)
        if self.external_ids is not None:
            conds.append(col(Deal.external_id).in_(list(self.external_ids)))
        if self.product_ids is not None:
            conds.append(col(Deal.product_id).in_(list(self.product_ids)))
        if self.exclude_owner_ids:
            conds.append(col(Deal.owner_id).not_in(list(self.exclude_owner_ids)))
        if self.exclude_account_ids:
            kept = col(Deal.account_id).not_in(list(self.exclude_account_ids))
            conds.append(or_(col(Deal.account_id).is_(None), kept))
        if self.exclude_product_ids:
            conds.append(col(Deal.product_id).not_in(list(self.exclude_product_ids)))
        if self.value is not None:
            conds += self.value.conditions(DEAL_VALUE)
        if self.vs_list is not None:
            price = func.coalesce(Deal.close_value, 0)
            sides = {"above": price > _LIST_PRICE, "below": price < _LIST_PRICE, "at": price == _LIST_PRICE}
            conds.append(sides[self.vs_list])
        if self.close_days is not None:
            conds.append(col(Deal.close_date).in_(list(self.close_days)))
        if self.sector is not None:
            sector_accounts = select(Account.id).where(func.lower(Account.sector) == self.sector.lower())
            conds.append(col(Deal.account_id).in_(sector_accounts))
        for column, low, high in (
            (Deal.close_date, self.closed_from, self.closed_to),
            (Deal.engage_date, self.engaged_from, self.engaged_to),
        ):
            if low is not None:
                conds.append(col(column) >= low)
            if high is not None:
                conds.append(col(column) <= high)
        return conds


@dataclass(frozen=True)
class DealRow:
    external_id: str
    stage: str
    owner: str
    product: str
    account: str | None
    engage_date: date | None
    close_date: date | None
    close_value: float | None
    list_price: float
    value: float  # DEAL_VALUE: close value when won, else list price

    @property
    def value_basis(self) -> str:
        return "close value" if self.stage == Stage.WON.value and self.close_value is not None else "list price"


SORTS: dict[str, tuple[Any, ...]] = {
    "newest": (col(Deal.engage_date).desc().nulls_last(), col(Deal.external_id)),
    "oldest_engaged": (col(Deal.engage_date).asc().nulls_last(), col(Deal.external_id)),
    "largest": (DEAL_VALUE.desc(), col(Deal.external_id)),
    "recently_closed": (col(Deal.close_date).desc().nulls_last(), col(Deal.external_id)),
    "first_closed": (col(Deal.close_date).asc().nulls_last(), col(Deal.external_id)),
    "smallest": (DEAL_VALUE.asc(), col(Deal.external_id)),
}


def cycle_days(session: Session) -> ColumnElement[Any]:
    """Days from engage to close of a deal (None while it has no close date)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.julianday(Deal.close_date) - func.julianday(Deal.engage_date)
    return col(Deal.close_date) - col(Deal.engage_date)  # PostgreSQL: date - date is a number of days


def _order(session: Session, sort: str) -> tuple[Any, ...]:
    """``SORTS``, and the orders on the sales cycle (which need the dialect's date arithmetic)."""
    if sort in ("longest_cycle", "shortest_cycle"):
        days = cycle_days(session)
        return ((days.desc() if sort == "longest_cycle" else days.asc()).nulls_last(), col(Deal.external_id))
    return SORTS[sort]


def find_deals(session: Session, *, where: DealFilter, sort: str = "newest", limit: int | None = None) -> list[DealRow]:
    """Deals matching ``where`` in the given order (see ``SORTS``), with names resolved. Columns, not ORM
    objects: a whole company's deals (8,800) load in a fraction of the time."""
    query = (
        sa_select(
            col(Deal.external_id),
            col(Deal.stage),
            col(User.name),
            col(Product.name),
            col(Account.name),
            col(Deal.engage_date),
            col(Deal.close_date),
            col(Deal.close_value),
            col(Product.list_price),
            DEAL_VALUE,
        )  # fmt: skip
        .join(User, col(User.id) == Deal.owner_id)
        .join(Product, col(Product.id) == Deal.product_id)
        .outerjoin(Account, col(Account.id) == Deal.account_id)
        .where(and_(True, *where.conditions()))
        .order_by(*_order(session, sort))
    )
    if limit is not None:
        query = query.limit(limit)
    return [DealRow(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class StageTotals:
    stage: str
    count: int
    close_value: float  # sum of close_value (closed deals)
    list_value: float  # sum of product list prices (the value of open deals)


def stage_totals(session: Session, *, where: DealFilter) -> list[StageTotals]:
    """Count and value of matching deals per stage."""
    query: Select = (
        sa_select(
            col(Deal.stage),
            func.count(),
            func.coalesce(func.sum(Deal.close_value), 0.0),
            func.coalesce(func.sum(Product.list_price), 0.0),
        )
        .join(Product, col(Product.id) == Deal.product_id)
        .where(and_(True, *where.conditions()))
        .group_by(Deal.stage)
    )
    totals = {
        stage: StageTotals(stage, n, float(cv or 0), float(lv or 0)) for stage, n, cv, lv in session.execute(query)
    }
    return [totals.get(s.value, StageTotals(s.value, 0, 0.0, 0.0)) for s in Stage]


@dataclass(frozen=True)
class NameMatch:
    name: str
    id: int
    score: float


def match_name(candidates: dict[str, int], text: str, *, cutoff: float = 85.0) -> NameMatch | None:
    """The candidate name best matching ``text`` (typo-tolerant), or None below ``cutoff``."""
    best = process.extractOne(
        text, list(candidates), scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=cutoff
    )
    if best is None:
        return None
    return NameMatch(best[0], candidates[best[0]], float(best[1]))


def account_names(session: Session) -> dict[str, int]:
    return {name: i for name, i in session.exec(select(Account.name, Account.id)) if i is not None}


def get_account(session: Session, *, account_id: int) -> Account | None:
    return session.get(Account, account_id)


def subsidiaries_of(session: Session, *, parent: str) -> list[Account]:
    """Accounts whose parent is ``parent`` (case-insensitive), by name."""
    query = select(Account).where(func.lower(Account.parent_name) == parent.lower()).order_by(Account.name)
    return list(session.exec(query))


def accounts_where(
    session: Session,
    *,
    sector: str | None = None,
    countries: Sequence[str] | None = None,
    outside: bool = False,
    employees: Range | None = None,
    founded: Range | None = None,
    subsidiary: bool = False,
) -> list[Account]:
    """Accounts by their own facts (sector, headquarters, headcount, year founded, being a subsidiary), by name.
    ``countries`` with ``outside`` means headquartered anywhere but there."""
    query = select(Account)
    if sector is not None:
        query = query.where(func.lower(Account.sector) == sector.lower())
    if countries is not None:
        located = col(Account.headquarters).in_(list(countries))
        query = query.where(col(Account.headquarters).is_not(None), ~located if outside else located)
    for column, bounds in ((Account.employees, employees), (Account.year_established, founded)):
        if bounds is not None:
            query = query.where(col(column).is_not(None), *bounds.conditions(col(column)))
    if subsidiary:
        query = query.where(col(Account.parent_name).is_not(None), col(Account.parent_name) != "")
    return list(session.exec(query.order_by(Account.name)))


def close_date_span(session: Session, *, where: DealFilter, engaged: bool = False) -> tuple[date, date] | None:
    """The first and last close (or engage) date among matching deals; None when none has one."""
    column = col(Deal.engage_date) if engaged else col(Deal.close_date)
    query = sa_select(func.min(column), func.max(column)).where(and_(True, *where.conditions()))
    low, high = session.execute(query).one()
    if low is None or high is None:
        return None
    as_date = date.fromisoformat
    return (as_date(low) if isinstance(low, str) else low), (as_date(high) if isinstance(high, str) else high)
