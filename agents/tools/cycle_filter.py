"""Narrowing deals to those whose sales cycle (engage to close, in days) is within a bound: "wins that took
more than 90 days". The cycle is a won deal's measure, so only won deals with both dates can pass."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import Session

from agents.tools.accounts import parse_range
from memory import queries
from memory.models import Stage


def by_cycle(session: Session, where: queries.DealFilter, bound: str) -> tuple[queries.DealFilter, str]:
    """``where`` narrowed to the won deals whose cycle meets ``bound`` (">90", "<=7"), and its label."""
    limits = parse_range(bound, "the sales cycle")
    kept = [
        row.external_id
        for row in queries.find_deals(session, where=replace(where, stages=(Stage.WON,)))
        if row.engage_date is not None and row.close_date is not None
        and _within(limits, (row.close_date - row.engage_date).days)
    ]  # fmt: skip
    if where.external_ids is not None:
        kept = [i for i in kept if i in set(where.external_ids)]
    return replace(where, stages=(Stage.WON,), external_ids=kept), f"sales cycle {limits} days"


def _within(limits: queries.Range, days: int) -> bool:
    if limits.low is not None and (days < limits.low or (days == limits.low and not limits.low_inclusive)):
        return False
    return not (limits.high is not None and (days > limits.high or (days == limits.high and not limits.high_inclusive)))
