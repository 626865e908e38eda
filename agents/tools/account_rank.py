"""Accounts among a set of deals ranked by their own facts: "which of my accounts is the biggest company by
headcount, and what have I won with them", "of the accounts I've won deals with, which is the smallest". The deal
figures stay those of the deals in scope; the ranking is by the company's own size, revenue or founding year."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from agents.tools.accounts import FACT_COLUMNS, AccountFact
from memory.analytics import Metrics
from memory.models import Account


def ranked_by_account_fact(
    session: Session, groups: list[Metrics], fact: AccountFact, *, lowest_first: bool
) -> tuple[list[Metrics], dict[str, Any]]:
    """``groups`` (one per account) ordered by the account's ``fact``, highest first unless ``lowest_first``; an
    account without that fact on record goes last. Also each account's value, by name."""
    key = FACT_COLUMNS[fact]
    names = [str(g.group) for g in groups]
    values = {a.name: getattr(a, key) for a in session.exec(select(Account).where(col(Account.name).in_(names)))}
    known = [g for g in groups if values.get(str(g.group)) is not None]
    known.sort(key=lambda g: values[str(g.group)], reverse=not lowest_first)
    return known + [g for g in groups if values.get(str(g.group)) is None], values
