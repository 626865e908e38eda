"""Read-only tools over deals and accounts."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from agents.context import ToolContext
from agents.tools.base import Tool, ToolResult
from bot.errors import NotFoundError
from bot.events import Block, Fact
from memory import queries
from memory.models import OPEN_STAGES, Role, Stage
from memory.users import get_user_by_name, team_of

StageChoice = Literal["open", "won", "lost", "prospecting", "engaging", "closed", "all"]
_STAGE_SETS: dict[str, tuple[Stage, ...] | None] = {
    "open": OPEN_STAGES,
    "closed": (Stage.WON, Stage.LOST),
    "won": (Stage.WON,),
    "lost": (Stage.LOST,),
    "prospecting": (Stage.PROSPECTING,),
    "engaging": (Stage.ENGAGING,),
    "all": None,
}


class ListDealsArgs(BaseModel):
    owner: str | None = Field(
        None, description='"me" for the asking user, "my team" for a manager\'s reps, or a rep\'s name'
    )
    stage: StageChoice = Field("open", description="which deals: open = Prospecting + Engaging")
    account: str | None = Field(None, description="an account (company) name")
    limit: int = Field(10, ge=1, le=100, description="how many deals to list at most")


def owner_ids(ctx: ToolContext, owner: str | None) -> list[int] | None:
    """Resolve "me", "my team" or a name to user ids; None means everyone."""
    if owner is None:
        return None
    key = owner.strip().lower()
    if key in {"me", "my", "mine", "i"}:
        return [ctx.user.id] if ctx.user.id is not None else []
    if key in {"my team", "team", "our team"}:
        members = team_of(ctx.session, manager=ctx.user)
        return (
            [u.id for u in members if u.id is not None]
            if ctx.user.role == Role.MANAGER
            else [ctx.user.id or 0]
        )
    return [get_user_by_name(ctx.session, name=owner).id or 0]


def resolve_account(ctx: ToolContext, name: str) -> queries.NameMatch:
    match = queries.match_name(queries.account_names(ctx.session), name)
    if match is None:
        raise NotFoundError(f"I can't find an account called {name!r}")
    return match


def list_deals(ctx: ToolContext, args: ListDealsArgs) -> ToolResult:
    """List deals with their count and value, filtered by owner, stage and account."""
    account = resolve_account(ctx, args.account) if args.account else None
    where = queries.DealFilter(
        owner_ids=owner_ids(ctx, args.owner),
        stages=_STAGE_SETS[args.stage],
        account_ids=[account.id] if account else None,
    )
    totals = queries.stage_totals(ctx.session, where=where)
    count = sum(t.count for t in totals)
    rows = queries.find_deals(ctx.session, where=where, limit=args.limit)
    whose = "your" if args.owner in {"me", "my", "mine"} else (f"{args.owner}'s" if args.owner else "all")
    scope = f" with {account.name}" if account else ""
    text = f"{whose.capitalize()} {args.stage} deals{scope}: {count:,}"
    if args.stage == "open":
        text += f", worth ${sum(t.list_value for t in totals):,.0f} at list price"
    columns = ("Opportunity", "Account", "Product", "Stage", "Engaged", "Closed", "Value")
    table = tuple(
        (
            r.external_id,
            r.account or "(no account)",
            r.product,
            r.stage,
            _d(r.engage_date),
            _d(r.close_date),
            f"${(r.close_value or r.list_price):,.0f}",
        )  # fmt: skip
        for r in rows
    )
    facts = tuple(Fact(t.stage, f"{t.count:,}") for t in totals if t.count)
    blocks = (
        Block(title="By stage", facts=facts),
        Block(title=f"Latest {len(rows)}", columns=columns, rows=table),
    )
    return ToolResult(
        text=text,
        data={"count": count, "by_stage": {t.stage: t.count for t in totals}},
        blocks=blocks,
        basis="open = Prospecting + Engaging; open value = product list price; closed value = close_value",
    )


class AccountArgs(BaseModel):
    account: str = Field(description="the account (company) name, typos allowed")


def account_overview(ctx: ToolContext, args: AccountArgs) -> ToolResult:
    """Facts about one account and its deals by stage."""
    match = resolve_account(ctx, args.account)
    account = queries.get_account(ctx.session, account_id=match.id)
    assert account is not None
    totals = queries.stage_totals(ctx.session, where=queries.DealFilter(account_ids=[match.id]))
    won = next(t for t in totals if t.stage == Stage.WON.value)
    facts = (
        Fact("Sector", account.sector or "-"),
        Fact("Headquarters", account.headquarters or "-"),
        Fact("Employees", f"{account.employees:,}" if account.employees else "-"),
        *(Fact(t.stage, f"{t.count:,}") for t in totals),
        Fact("Won revenue", f"${won.close_value:,.0f}"),
    )
    open_count = sum(t.count for t in totals if t.stage in {s.value for s in OPEN_STAGES})
    text = (
        f"{account.name} ({account.sector or 'sector unknown'}): {open_count:,} open deals, "
        f"{won.count:,} won for ${won.close_value:,.0f}"
    )
    return ToolResult(
        text=text,
        data={"account": account.name, "by_stage": {t.stage: t.count for t in totals}},
        blocks=(Block(title=account.name, facts=facts),),
        basis="all deals on record for the account",
    )


def _d(value: object) -> str:
    return str(value) if value else "-"


LIST_DEALS: Tool[ListDealsArgs] = Tool("list_deals", list_deals.__doc__ or "", ListDealsArgs, list_deals)
ACCOUNT_OVERVIEW: Tool[AccountArgs] = Tool(
    "account_overview", account_overview.__doc__ or "", AccountArgs, account_overview
)
