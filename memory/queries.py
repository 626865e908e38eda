"""Read-side queries over the deal store, shaped for the agent's tools."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process, utils
from sqlalchemy import ColumnElement, Select, and_, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from memory.models import Account, Deal, Product, Stage, User


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


SORTS: dict[str, tuple[Any, ...]] = {
    "newest": (col(Deal.engage_date).desc().nulls_last(), col(Deal.external_id)),
    "oldest_engaged": (col(Deal.engage_date).asc().nulls_last(), col(Deal.external_id)),
    "largest": (func.coalesce(Deal.close_value, Product.list_price).desc(), col(Deal.external_id)),  # open: list
    "recently_closed": (col(Deal.close_date).desc().nulls_last(), col(Deal.external_id)),
}


def find_deals(session: Session, *, where: DealFilter, sort: str = "newest", limit: int | None = None) -> list[DealRow]:
    """Deals matching ``where`` in the given order (see ``SORTS``), with names resolved."""
    query = (
        sa_select(Deal, col(User.name), col(Product.name), col(Product.list_price), col(Account.name))
        .join(User, col(User.id) == Deal.owner_id)
        .join(Product, col(Product.id) == Deal.product_id)
        .outerjoin(Account, col(Account.id) == Deal.account_id)
        .where(and_(True, *where.conditions()))
        .order_by(*SORTS[sort])
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        DealRow(d.external_id, d.stage, owner, product, account, d.engage_date, d.close_date, d.close_value, price)
        for d, owner, product, price, account in session.execute(query)
    ]


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
