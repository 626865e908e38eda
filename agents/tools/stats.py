"""deal_stats: counts, revenue, win rate, deal size, pipeline value and cycle time, optionally grouped."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import Field
from sqlmodel import Session, col, select

from agents.context import ToolContext
from agents.tools.base import ToolResult, make_tool
from agents.tools.scope import DealScope, resolve
from bot.events import Block, Fact
from memory.analytics import Dimension, Metrics, deal_metrics
from memory.models import Role, User

Metric = Literal[
    "deals", "won", "lost", "open", "engaging", "prospecting", "won_revenue", "win_rate",
    "avg_won_size", "pipeline_value", "avg_cycle_days",
]  # fmt: skip
BASIS = (
    "open = Prospecting + Engaging; win rate = won / (won + lost); won revenue = close value of won deals; "
    "pipeline value = list price of open deals; cycle = engage to close date of won deals"
)


class DealStatsArgs(DealScope):
    group_by: Dimension | None = Field(
        None,
        description="split the figures by rep, manager (team), office, account, sector, product or stage",
    )
    sort_by: Metric | None = Field(None, description="rank the groups by this figure, highest first")
    top: int | None = Field(None, ge=1, le=50, description="keep only the first N groups after ranking")
    lowest_first: bool = Field(False, description="rank from the lowest value up (worst first)")
    include_empty: bool = Field(
        False, description="with group_by rep: also list the reps in scope who have no matching deals (all figures 0)"
    )


def deal_stats(ctx: ToolContext, args: DealStatsArgs) -> ToolResult:
    """Figures for a set of deals: number of deals by stage, won revenue, win rate, average won deal
    size, open pipeline value at list price and average sales cycle in days. Use group_by with sort_by
    and top for rankings ("top 3 accounts by won revenue", "which rep has the best win rate")."""
    with ctx.session() as session:
        scope = resolve(ctx, session, args)
        groups = deal_metrics(session, where=scope.where, group_by=args.group_by)
        if args.group_by == "rep" and args.include_empty:
            groups += _reps_without_deals(session, scope.where.owner_ids, {g.group for g in groups})
    if args.group_by is not None:
        groups = [g for g in groups if g.group is not None]
        if args.sort_by:
            key = args.sort_by
            known = [g for g in groups if getattr(g, key) is not None]
            known.sort(key=lambda g: getattr(g, key), reverse=not args.lowest_first)
            groups = known + [g for g in groups if getattr(g, key) is None]
        else:
            groups.sort(key=lambda g: str(g.group))
        if args.top:
            groups = groups[: args.top]
    data = {
        "scope": list(scope.labels) or ["all deals"],
        "group_by": args.group_by,
        "sort_by": args.sort_by,
        "groups": [g.as_dict() for g in groups],
    }
    return ToolResult(data=data, blocks=_blocks(groups, args.group_by), basis=BASIS)


def _reps_without_deals(session: Session, owner_ids: Sequence[int] | None, seen: set[str | None]) -> list[Metrics]:
    """Reps in scope with no deal in it: a team's roster counts them, with every figure 0."""
    query = select(User).where(User.role == Role.REP)
    if owner_ids is not None:
        query = query.where(col(User.id).in_(list(owner_ids)))
    return [Metrics(u.name, 0, 0, 0, 0, 0, 0.0, 0.0, 0.0) for u in session.exec(query) if u.name not in seen]


def _blocks(groups: list[Metrics], group_by: str | None) -> tuple[Block, ...]:
    if group_by is None and groups:
        g = groups[0]
        facts = (
            Fact("Deals", f"{g.deals:,}"),
            Fact("Won / Lost", f"{g.won:,} / {g.lost:,}"),
            Fact("Engaging / Prospecting", f"{g.engaging:,} / {g.prospecting:,}"),
            Fact("Won revenue", f"${g.won_revenue:,.0f}"),
            Fact("Win rate", f"{g.win_rate:.1f}%" if g.win_rate is not None else "-"),
            Fact("Open pipeline (list price)", f"${g.pipeline_value:,.0f}"),
        )
        return (Block(title="Figures", facts=facts),)
    columns = ((group_by or "group").capitalize(), "Deals", "Won", "Lost", "Open", "Won revenue", "Win rate")
    rows = tuple(
        (
            str(g.group),
            f"{g.deals:,}",
            f"{g.won:,}",
            f"{g.lost:,}",
            f"{g.open:,}",
            f"${g.won_revenue:,.0f}",
            f"{g.win_rate:.1f}%" if g.win_rate is not None else "-",
        )  # fmt: skip
        for g in groups
    )
    return (Block(title=f"By {group_by}", columns=columns, rows=rows),)


DEAL_STATS = make_tool(deal_stats, DealStatsArgs)
