"""Deal figures split by the country an account is headquartered in ("which country do we win the most revenue
from?"): the account split summed up per country, since a country is a fact of the account, not of the deal.
Deals with no account have no country and are left out, as from every account figure."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import Session, select

from memory.analytics import Metrics, deal_metrics, pooled
from memory.models import Account
from memory.queries import DealFilter


def metrics_by_country(session: Session, where: DealFilter) -> list[Metrics]:
    """One :class:`Metrics` per headquarters country of the accounts the matching deals are with."""
    countries = {name: hq for name, hq in session.exec(select(Account.name, Account.headquarters))}
    totals: dict[str, Metrics] = {}
    for g in deal_metrics(session, where=where, group_by="account"):
        country = countries.get(g.group) if g.group is not None else None
        if not country:
            continue
        seen = totals.get(country)
        totals[country] = replace(g, group=country) if seen is None else pooled((seen, g), country)
    return list(totals.values())
