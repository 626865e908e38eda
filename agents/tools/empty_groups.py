"""The groups a dimension has whether or not any deal in scope falls in them, each with every figure 0: a team's
rep without a deal, a product never won ("which products have I never won?"), an account of mine with none."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from memory.analytics import Metrics
from memory.models import Account, Deal, Product, Role, User
from memory.queries import DealFilter


def _reps_without_deals(session: Session, where: DealFilter, seen: set[str | None]) -> list[Metrics]:
    """Reps in scope with no deal in it: a team's roster counts them, with every figure 0."""
    query = select(User.name).where(User.role == Role.REP)
    if where.owner_ids is not None:
        query = query.where(col(User.id).in_(list(where.owner_ids)))
    if where.exclude_owner_ids:
        query = query.where(col(User.id).not_in(list(where.exclude_owner_ids)))
    return _empty(session.exec(query), seen)


def _empty(names: Iterable[Any], seen: set[str | None]) -> list[Metrics]:
    return [Metrics(n, 0, 0, 0, 0, 0, 0.0, 0.0, 0.0) for n in sorted({n for n in names if n}) if n not in seen]


def _products_without_deals(session: Session, where: DealFilter, seen: set[str | None]) -> list[Metrics]:
    query = select(Product.name)
    if where.product_ids is not None:
        query = query.where(col(Product.id).in_(list(where.product_ids)))
    if where.product_id is not None:
        query = query.where(Product.id == where.product_id)
    if where.exclude_product_ids:
        query = query.where(col(Product.id).not_in(list(where.exclude_product_ids)))
    return _empty(session.exec(query), seen)


def _accounts_without_deals(session: Session, where: DealFilter, seen: set[str | None]) -> list[Metrics]:
    query = select(Account.name)
    if where.account_ids is not None:
        query = query.where(col(Account.id).in_(list(where.account_ids)))
    if where.exclude_account_ids:
        query = query.where(col(Account.id).not_in(list(where.exclude_account_ids)))
    if where.sector is not None:
        query = query.where(func.lower(Account.sector) == where.sector.lower())
    if where.owner_ids is not None:  # "my accounts": those I have had a deal with, at any stage and time
        theirs = select(Deal.account_id).where(col(Deal.owner_id).in_(list(where.owner_ids)))
        query = query.where(col(Account.id).in_(theirs))
    return _empty(session.exec(query), seen)


def _sectors_without_deals(session: Session, where: DealFilter, seen: set[str | None]) -> list[Metrics]:
    query = select(Account.sector)
    if where.account_ids is not None:
        query = query.where(col(Account.id).in_(list(where.account_ids)))
    return _empty(session.exec(query), seen)


def _offices_without_deals(session: Session, where: DealFilter, seen: set[str | None]) -> list[Metrics]:
    query = select(User.office).where(User.role == Role.REP)
    if where.owner_ids is not None:
        query = query.where(col(User.id).in_(list(where.owner_ids)))
    return _empty(session.exec(query), seen)


# the groups a dimension has whether or not any deal in scope falls in them: "which products have I never won?"
EMPTY_GROUPS = {"rep": _reps_without_deals, "product": _products_without_deals, "account": _accounts_without_deals,
                 "sector": _sectors_without_deals, "office": _offices_without_deals}  # fmt: skip
