"""Accounts by their own facts: sector, headquarters (a country or a region), headcount and year founded.

The same filters narrow deals (deal_stats, list_deals: "won revenue from accounts founded before 1990")
and answer questions about the accounts themselves (list_accounts: "which of our accounts are in Europe?")."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlmodel import Session, col, select

from agents.context import ToolContext
from agents.tools.base import ToolResult, make_tool
from agents.tools.places import region_countries, region_label
from bot.errors import NotFoundError
from bot.events import Block
from memory import queries
from memory.models import Account, Deal
from memory.normalise import canonical_sector

_US = {"us", "usa", "u.s.", "u.s.a.", "america", "the us", "the usa", "united states", "the united states", "states"}
_RANGE = re.compile(r"^\s*(>=|<=|>|<)?\s*(\d[\d,]*(?:\.\d+)?)\s*(\+)?\s*(?:-\s*(\d[\d,]*(?:\.\d+)?))?\s*$")


class AccountFacts(BaseModel):
    """Filters on the accounts themselves. Leave a field empty to not filter on it."""

    sector: str | None = Field(None, description="an industry sector of the accounts, e.g. retail, software")
    headquarters: str | None = Field(
        None,
        description='where the accounts are headquartered: a country ("United States") or a region ("Europe", '
        '"Asia"); prefix "not " for anywhere else ("not United States")',
    )
    employees: str | None = Field(None, description='a bound on headcount: ">10000", "<=500", "1000-5000"')
    founded: str | None = Field(None, description='a bound on the year founded: "<1990", ">=2000", "1990-1999"')
    annual_revenue: str | None = Field(
        None, description='a bound on the company\'s own annual revenue in $M: ">6000" (over $6 billion)'
    )
    subsidiary: bool = Field(False, description="only accounts that are a subsidiary of another account")
    parent: str | None = Field(None, description="only the subsidiaries of this parent account")


def parse_range(text: str, what: str) -> queries.Range:
    """ ">10000", ">=1990", "<500", "5000+", "1000-5000" as a :class:`queries.Range`."""
    m = _RANGE.match(text)
    if m is None:
        raise NotFoundError(f'I don\'t understand the bound {text!r} on {what}; try ">10000" or "<1990"')
    op, first, plus, second = m.groups()
    low = float(first.replace(",", ""))
    if second is not None:
        return queries.Range(low, float(second.replace(",", "")), True, True)
    if plus or op == ">=":
        return queries.Range(low=low, low_inclusive=True)
    if op == ">":
        return queries.Range(low=low)
    if op == "<":
        return queries.Range(high=low)
    if op == "<=":
        return queries.Range(high=low, high_inclusive=True)
    return queries.Range(low, low, True, True)


def matching_accounts(session: Session, facts: AccountFacts, labels: list[str]) -> list[Account] | None:
    """Accounts that pass every account filter set in ``facts`` (None when none is set); ``labels`` says which."""
    if not (facts.sector or facts.headquarters or facts.employees or facts.founded or facts.subsidiary
            or facts.annual_revenue or facts.parent):  # fmt: skip
        return None
    sector = None
    if facts.sector:
        sector = _one_of(_sectors(session), canonical_sector(facts.sector)[0], "sector")
        labels.append(f"{sector} sector")
    countries, outside = None, False
    if facts.headquarters:
        countries, outside, place = _place(session, facts.headquarters)
        labels.append(f"accounts headquartered {'outside' if outside else 'in'} {place}")
    employees = parse_range(facts.employees, "employees") if facts.employees else None
    if employees is not None:
        labels.append(f"accounts with {employees} employees")
    founded = parse_range(facts.founded, "the year founded") if facts.founded else None
    if founded is not None:
        labels.append(f"accounts founded {_years(founded)}")
    if facts.subsidiary:
        labels.append("accounts that are subsidiaries")
    found = queries.accounts_where(
        session, sector=sector, countries=countries, outside=outside, employees=employees, founded=founded,
        subsidiary=facts.subsidiary,
    )  # fmt: skip
    if facts.parent:  # "which of Golddex's subsidiaries is the biggest"
        parent = queries.match_name(queries.account_names(session), facts.parent, cutoff=80)
        if parent is None:
            raise NotFoundError(f"I can't find an account called {facts.parent!r}")
        labels.append(f"subsidiaries of {parent.name}")
        found = [a for a in found if (a.parent_name or "").lower() == parent.name.lower()]
    if facts.annual_revenue:  # the company's own size, in $M: "accounts with over $6 billion in annual revenue"
        revenue = parse_range(facts.annual_revenue, "annual revenue")
        labels.append(f"accounts with annual revenue {revenue} (in $M)")
        found = [a for a in found if a.revenue_musd is not None and _within(a.revenue_musd, revenue)]
    return found


def _within(value: float, bounds: queries.Range) -> bool:
    low_ok = bounds.low is None or (value >= bounds.low if bounds.low_inclusive else value > bounds.low)
    high_ok = bounds.high is None or (value <= bounds.high if bounds.high_inclusive else value < bounds.high)
    return low_ok and high_ok


def _years(bounds: queries.Range) -> str:
    if bounds.low is not None and bounds.high is not None:
        return f"{bounds.low:.0f} to {bounds.high:.0f}"
    if bounds.high is not None:
        return f"{'in or before' if bounds.high_inclusive else 'before'} {bounds.high:.0f}"
    return f"{'in or after' if bounds.low_inclusive else 'after'} {bounds.low:.0f}"


def _place(session: Session, where: str) -> tuple[list[str], bool, str]:
    """The countries meant by ``where`` ("Japan", "Europe", "not US"), whether it means outside them, and its name."""
    text = where.strip()
    several = [p for p in re.split(r"\s*(?:,|/|\bor\b|\band\b)\s*", text) if p.strip()]
    if len(several) > 1 and not re.match(r"(?i)(?:not|outside|excluding|ex|non)\b", text):
        found = [_place(session, one) for one in several]  # "Japan or Korea": any of them
        countries = list(dict.fromkeys(c for f in found for c in f[0]))
        return countries, False, " or ".join(f[2] for f in found)
    outside = re.match(r"(?i)(?:not|outside|excluding|ex|non)[- ]+(?:of )?(?:in )?", text)
    place = text[outside.end() :] if outside else text
    if outside and len(several) > 1:  # "not United States or Europe": outside all of them
        found = [_place(session, re.sub(r"(?i)^(?:not|nor|outside|excluding|non)[- ]+(?:in )?", "", one))
                 for one in re.split(r"\s*(?:,|/|\bor\b|\band\b)\s*", place) if one.strip()]  # fmt: skip
        return list(dict.fromkeys(c for f in found for c in f[0])), True, " or ".join(f[2] for f in found)
    known = sorted({hq for (hq,) in session.execute(select(Account.headquarters)) if hq})
    if place.lower().strip() in _US:
        return ["United States"], bool(outside), "United States"
    region = region_countries(place)
    if region is not None:
        return [c for c in known if c in region], bool(outside), region_label(place)
    country = _one_of(known, place, "country")
    return [country], bool(outside), country


def _sectors(session: Session) -> list[str]:
    return sorted({s for (s,) in session.execute(select(Account.sector)) if s})


def sector_named(session: Session, text: str) -> str:
    """The sector as stored, for a name as said ("technology" finds the data's "technolgy")."""
    return _one_of(_sectors(session), canonical_sector(text)[0], "sector")


def _one_of(candidates: list[str], text: str, what: str) -> str:
    match = queries.match_name({c: i for i, c in enumerate(candidates)}, text, cutoff=80)
    if match is None:
        raise NotFoundError(f"I can't find a {what} called {text!r}")
    return match.name


# an account's own facts it can be ranked by, and the column each is kept in
AccountFact = Literal["revenue", "employees", "founded"]
FACT_COLUMNS: dict[str, str] = {"revenue": "revenue_musd", "employees": "employees", "founded": "year_established"}


class ListAccountsArgs(AccountFacts):
    sort_by: AccountFact | None = Field(
        None, description="rank the accounts by their own annual revenue, headcount or founding year, highest first"
    )
    lowest_first: bool = Field(False, description="rank from the lowest value up (the oldest company first)")
    top: int | None = Field(None, ge=1, le=100, description="keep only the first N accounts after ranking")
    group_by: Literal["sector", "country"] | None = Field(
        None, description="also count the matching accounts per sector or per headquarters country, most first"
    )
    owner: str | None = Field(
        None, description='only the accounts this rep has had deals with ("me", "my team", or a name)'
    )


def list_accounts(ctx: ToolContext, args: ListAccountsArgs) -> ToolResult:
    """The accounts (customer companies) in the CRM that match filters on the accounts themselves: how many
    there are and which ("which of our accounts are headquartered in Europe?", "how many software companies
    do we have?", "accounts with more than 10,000 employees"), with sector, headquarters, headcount and year."""
    labels: list[str] = []
    with ctx.session() as session:
        found = matching_accounts(session, args, labels)
        accounts = found if found is not None else queries.accounts_where(session)
        if args.owner:  # "which of my accounts are in retail": the ones the rep has had deals with
            dealt = _dealt_with(ctx, session, args.owner, labels)
            accounts = [a for a in accounts if a.id in dealt]
    matched = len(accounts)
    if args.sort_by:
        key = FACT_COLUMNS[args.sort_by]
        accounts = [a for a in accounts if getattr(a, key) is not None]
        accounts.sort(key=lambda a: getattr(a, key), reverse=not args.lowest_first)
        labels.append(f"by {args.sort_by}, {'lowest' if args.lowest_first else 'highest'} first")
        accounts = accounts[: args.top] if args.top else accounts
    rows = [
        {"name": a.name, "sector": a.sector, "headquarters": a.headquarters, "employees": a.employees,
         "year_established": a.year_established, "parent": a.parent_name, "revenue_musd": a.revenue_musd}
        for a in accounts
    ]  # fmt: skip
    columns = ("Account", "Sector", "Headquarters", "Employees", "Founded")
    table = tuple(
        (a.name, a.sector or "-", a.headquarters or "-", f"{a.employees:,}" if a.employees is not None else "-",
         str(a.year_established or "-"))
        for a in accounts
    )  # fmt: skip
    data: dict[str, Any] = {"scope": labels or ["all accounts"], "total": len(rows), "accounts": rows}
    if args.sort_by:
        data["matched"] = matched  # how many matched before the top N was kept
    if args.group_by:  # "which industry has the most companies in our account list?"
        data["groups"] = _counted_by(rows, "sector" if args.group_by == "sector" else "headquarters",
                                     lowest_first=args.lowest_first)  # fmt: skip
    block = Block(title=f"{len(rows)} account{'' if len(rows) == 1 else 's'}", columns=columns, rows=table)
    return ToolResult(data=data, blocks=(block,), basis="the accounts' records")


def _dealt_with(ctx: ToolContext, session: Session, owner: str, labels: list[str]) -> set[int]:
    """The ids of the accounts ``owner`` ("me", "my team", a rep) has had any deal with."""
    from agents.tools.scope import owner_ids  # the scope reads accounts' facts from this module

    ids = owner_ids(ctx, session, owner, labels) or []
    query = select(Deal.account_id).where(col(Deal.owner_id).in_(ids), col(Deal.account_id).is_not(None))
    return {i for (i,) in session.execute(query.distinct()) if i is not None}


def _counted_by(rows: list[dict[str, Any]], key: str, *, lowest_first: bool) -> list[dict[str, Any]]:
    """How many of ``rows`` share each value of ``key``, most first (fewest first with ``lowest_first``)."""
    counts: dict[str, int] = {}
    for r in rows:
        if r.get(key):
            counts[r[key]] = counts.get(r[key], 0) + 1
    order = sorted(counts.items(), key=lambda kv: (kv[1] if lowest_first else -kv[1], kv[0]))
    return [{"group": name, "accounts": n} for name, n in order]


LIST_ACCOUNTS = make_tool(list_accounts, ListAccountsArgs)
