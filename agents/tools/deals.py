"""list_deals and account_info: the deals themselves, and what we know about one account."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, Field
from sqlmodel import select

from agents.context import ToolContext
from agents.tools.base import ToolResult, make_tool
from agents.tools.scope import DealScope, resolve
from bot.errors import NotFoundError
from bot.events import Block, Fact
from memory import queries
from memory.analytics import deal_metrics
from memory.models import Contact
from memory.queries import DealRow


class ListDealsArgs(DealScope):
    sort: Literal[
        "newest", "oldest_engaged", "largest", "smallest", "recently_closed", "first_closed", "longest_cycle",
        "shortest_cycle",
    ] = Field(
        "newest",
        description="order: newest engaged first, oldest engaged first, largest value, smallest value, latest "
        "closed, first closed, longest or shortest engage-to-close cycle",
    )  # fmt: skip
    limit: int = Field(20, ge=1, le=100, description="how many deals to list at most")


def _cycle_days(r: DealRow) -> int | None:
    """Days from engage to close; None while a deal is open or was never engaged."""
    return (r.close_date - r.engage_date).days if r.close_date and r.engage_date else None


# what a one-deal answer is ordered by, to find the deals level with it
_TIE_KEYS: dict[str, Callable[[DealRow], object]] = {
    "largest": lambda r: r.value,
    "smallest": lambda r: r.value,
    "oldest_engaged": lambda r: r.engage_date,
    "recently_closed": lambda r: r.close_date,
    "first_closed": lambda r: r.close_date,
    "longest_cycle": lambda r: _cycle_days(r),
    "shortest_cycle": lambda r: _cycle_days(r),
}
_TIES_SEEN = 101  # rows read to count the deals level with the first; a count past that is "over 100"


def list_deals(ctx: ToolContext, args: ListDealsArgs) -> ToolResult:
    """List individual deals (opportunity id, account, product, owner, stage, dates, value), e.g. the
    oldest open deal, the biggest won deal at an account, or the ids of my open deals with an account."""
    with ctx.session() as session:
        scope = resolve(ctx, session, args)
        tie_key = _TIE_KEYS.get(args.sort) if args.limit == 1 else None
        rows = queries.find_deals(
            session, where=scope.where, sort=args.sort, limit=_TIES_SEEN if tie_key else args.limit
        )
        total = deal_metrics(session, where=scope.where)[0].deals
    # "my biggest open deal" when 19 share the top list price: the one shown is one of them, and the reply says so
    tied = [r.external_id for r in rows[1:] if tie_key is not None and tie_key(r) == tie_key(rows[0])]
    rows = rows[: args.limit]
    deals = [
        {
            "id": r.external_id,
            "account": r.account,
            "product": r.product,
            "owner": r.owner,
            "stage": r.stage,
            "engage_date": r.engage_date,
            "close_date": r.close_date,
            "value": r.value,
            "value_basis": r.value_basis,
            "list_price": r.list_price,  # the product's list price: what a win closed for against it
            "cycle_days": _cycle_days(r),
            # how long an open deal has sat since it was engaged ("stuck in Engaging for how many days?")
            "open_days": (ctx.today - r.engage_date).days if r.engage_date and not r.close_date else None,
        }  # fmt: skip
        for r in rows
    ]
    columns = ("Opportunity", "Account", "Product", "Owner", "Stage", "Engaged", "Closed", "Value")
    table = tuple(
        tuple(
            str(cell)
            for cell in (
                d["id"],
                d["account"] or "(no account)",
                d["product"],
                d["owner"],
                d["stage"],
                d["engage_date"] or "-",
                d["close_date"] or "-",
                f"${d['value']:,.0f}",
            )
        )  # fmt: skip
        for d in deals
    )
    data = {"scope": list(scope.labels) or ["all deals"], "total": total, "sort": args.sort, "deals": deals}
    if tied:
        data["tied_with"] = tied  # at most _TIES_SEEN - 1 of them: "and more" past that
    block = Block(title=f"{len(deals)} of {total:,} deals", columns=columns, rows=table)
    return ToolResult(data=data, blocks=(block,), basis="open and lost deals are valued at list price")


class AccountInfoArgs(BaseModel):
    account: str = Field(description="the account (customer company) name; typos are fine")


def account_info(ctx: ToolContext, args: AccountInfoArgs) -> ToolResult:
    """Facts about one account: sector, headquarters, employees, revenue, parent company, subsidiaries, sister
    companies (the parent's other subsidiaries), contacts, and its deals by stage with won revenue (and its
    parent's own deals, not the subsidiaries')."""
    with ctx.session() as session:
        match = queries.match_name(queries.account_names(session), args.account, cutoff=80)
        if match is None:
            raise NotFoundError(f"I can't find an account called {args.account!r}")
        account = queries.get_account(session, account_id=match.id)
        assert account is not None
        subsidiary_accounts = list(queries.subsidiaries_of(session, parent=account.name))
        subsidiaries = [a.name for a in subsidiary_accounts]
        group_members = [{"name": a.name, "employees": a.employees} for a in (account, *subsidiary_accounts)]
        sisters = [a.name for a in queries.subsidiaries_of(session, parent=account.parent_name)
                   if a.name != account.name] if account.parent_name else []  # fmt: skip
        contacts = list(session.exec(select(Contact).where(Contact.account_id == account.id)))
        m = deal_metrics(session, where=queries.DealFilter(account_ids=[match.id]))[0]
        parent_id = queries.account_names(session).get(account.parent_name or "")
        parent_deals = None
        if parent_id is not None:  # the parent's own deals, not its subsidiaries'
            parent_deals = deal_metrics(session, where=queries.DealFilter(account_ids=[parent_id]))[0]
    data = {
        "account": account.name, "sector": account.sector, "headquarters": account.headquarters,
        "employees": account.employees, "revenue_musd": account.revenue_musd,
        "year_established": account.year_established, "parent": account.parent_name,
        "subsidiaries": subsidiaries, "sisters": sisters, "group_members": group_members if subsidiaries else [],
        "contacts": [{"name": c.name, "title": c.title, "email": c.email} for c in contacts],
        "deals": m.as_dict(), "parent_deals": parent_deals.as_dict() if parent_deals else None,
    }  # fmt: skip
    facts = (
        Fact("Sector", account.sector or "-"),
        Fact("Headquarters", account.headquarters or "-"),
        Fact("Employees", f"{account.employees:,}" if account.employees is not None else "-"),
        Fact("Parent", account.parent_name or "-"),
        Fact("Subsidiaries", ", ".join(subsidiaries) or "-"),
        Fact("Won / Lost / Engaging / Prospecting", f"{m.won} / {m.lost} / {m.engaging} / {m.prospecting}"),
        Fact("Won revenue", f"${m.won_revenue:,.0f}"),
    )
    return ToolResult(data=data, blocks=(Block(title=account.name, facts=facts),), basis="the account's record")


LIST_DEALS = make_tool(list_deals, ListDealsArgs)
ACCOUNT_INFO = make_tool(account_info, AccountInfoArgs)
