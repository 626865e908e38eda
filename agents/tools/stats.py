"""deal_stats: counts, revenue, win rate, deal size, pipeline value and cycle time, optionally grouped."""

from __future__ import annotations

import calendar
import operator
import re
import statistics
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any, Literal, get_args

from pydantic import Field
from sqlmodel import Session

from agents.context import ToolContext
from agents.tools.account_rank import ranked_by_account_fact
from agents.tools.accounts import FACT_COLUMNS, AccountFact
from agents.tools.base import ToolResult, make_tool
from agents.tools.by_country import metrics_by_country
from agents.tools.empty_groups import EMPTY_GROUPS
from agents.tools.in_each import kept_by_period
from agents.tools.period_filter import OPEN_AT_BASIS, open_then
from agents.tools.scope import DealScope, ResolvedScope, resolve
from bot.errors import NotFoundError
from bot.events import Block, Fact
from memory import queries
from memory.analytics import Dimension, Metrics, deal_metrics, pooled
from memory.queries import DealFilter

TimeBucket = Literal["month", "quarter"]
DayBucket = Literal["weekday"]  # the day of the week deals closed on
PlaceBucket = Literal["country"]  # where the account is headquartered

Metric = Literal[
    "deals", "won", "lost", "open", "closed", "engaging", "prospecting", "won_revenue", "win_rate",
    "avg_won_size", "pipeline_value", "avg_cycle_days",
]  # fmt: skip
_FIGURES = set(get_args(Metric))
BASIS = (
    "open = Prospecting + Engaging; win rate = won / (won + lost); won revenue = close value of won deals; "
    "pipeline value = list price of open deals; cycle = engage to close date of won deals"
)


class DealStatsArgs(DealScope):
    group_by: Dimension | TimeBucket | DayBucket | PlaceBucket | None = Field(
        None,
        description="split the figures by rep, manager (team), office, account, sector, product, product series "
        "(GTX, MG, GTK), stage, by the "
        "country the account is headquartered in, or by calendar month or quarter (of the close date; of the engage "
        "date when date_field is engage), or by the weekday deals closed on",
    )
    sort_by: Metric | None = Field(None, description="rank the groups by this figure, highest first")
    sort_by_account: AccountFact | None = Field(
        None,
        description="with group_by account: rank the accounts by their own headcount, annual revenue or "
        'founding year instead ("which of my accounts is the biggest company")',
    )
    top: int | None = Field(None, ge=1, le=50, description="keep only the first N groups after ranking")
    lowest_first: bool = Field(False, description="rank from the lowest value up (worst first)")
    having: list[str] | None = Field(
        None,
        description="with group_by: keep only the groups meeting every condition, a figure against a number, another "
        'figure or the plain mean of that figure over the groups: "won>=20", "closed>=100", "lost>won", '
        '"won_revenue<mean" (with include_empty, a rep with nothing counts as 0 in a sum)',
    )
    empty_in: TimeBucket | None = Field(
        None,
        description="with group_by: keep only the groups that had no matching deal in at least one calendar month or "
        'quarter of the period ("accounts that went a whole quarter without a win"); each names its empty ones',
    )
    in_each: list[str] | None = Field(
        None,
        description='with group_by: keep only the groups with a matching deal in each of these periods ("both halves '
        'of 2017": ["H1 2017", "H2 2017"]); set period to the span they make',
    )
    none_in: list[str] | None = Field(
        None,
        description='with group_by: drop the groups with a matching deal in any of these periods ("but not in Q4")',
    )
    include_empty: bool = Field(
        False,
        description="with group_by rep, product, account, sector or office: also list those in scope that have no "
        "matching deals (all figures 0), e.g. the products I have never won",
    )


def deal_stats(ctx: ToolContext, args: DealStatsArgs) -> ToolResult:
    """Figures for a set of deals: number of deals by stage, won revenue, win rate, average won deal
    size, open pipeline value at list price and average sales cycle in days. Use group_by with sort_by
    and top for rankings ("top 3 accounts by won revenue", "which rep has the best win rate")."""
    means: dict[str, float] = {}
    facts: dict[str, Any] = {}
    with ctx.session() as session:
        scope = resolve(ctx, session, args)
        if args.date_field == "open_at" and args.period:  # the pipeline as it stood then, not today's stages
            groups = open_then(queries.find_deals(session, where=scope.where), args.group_by)
        elif args.group_by == "weekday":
            groups = _by_weekday(queries.find_deals(session, where=scope.where))
        elif args.group_by == "country":
            groups = metrics_by_country(session, scope.where)
        elif args.group_by in ("month", "quarter"):
            groups = _by_time(session, scope.where, args.group_by, engaged=args.date_field == "engage")
        else:
            groups = deal_metrics(session, where=scope.where, group_by=args.group_by)  # type: ignore[arg-type]
        if (args.include_empty or args.empty_in) and args.group_by in EMPTY_GROUPS:
            groups += EMPTY_GROUPS[args.group_by](session, scope.where, {g.group for g in groups})
    gaps: dict[str, list[str]] = {}
    if args.empty_in and args.group_by not in (None, "month", "quarter"):
        with ctx.session() as session:
            gaps = _empty_buckets(session, scope, args.group_by, args.empty_in, groups)  # type: ignore[arg-type]
        groups = [g for g in groups if g.group in gaps]
    if (args.in_each or args.none_in) and args.group_by not in (None, "month", "quarter", "weekday", "country"):
        with ctx.session() as session:
            groups = kept_by_period(ctx, session, args, args.group_by, groups, args.in_each or [], args.none_in or [])  # type: ignore[arg-type]
    if args.group_by is not None:
        means = _means([g for g in groups if g.group is not None], args.having or ())
        groups = [g for g in groups if g.group is not None and all(_meets(g, h, means) for h in args.having or ())]
        if args.sort_by_account and args.group_by == "account":
            with ctx.session() as session:
                groups, facts = ranked_by_account_fact(session, groups, args.sort_by_account,
                                                       lowest_first=args.lowest_first)  # fmt: skip
        elif args.sort_by:
            key = args.sort_by
            known = [g for g in groups if getattr(g, key) is not None]
            known.sort(key=lambda g: getattr(g, key), reverse=not args.lowest_first)
            groups = known + [g for g in groups if getattr(g, key) is None]
        elif args.group_by not in ("month", "quarter", "weekday"):  # time buckets stay in calendar order
            groups.sort(key=lambda g: str(g.group))
        if args.top:  # a group level with the last one kept is kept too: "my best month" may be two
            ranked_by: str = args.sort_by or ""
            last = getattr(groups[args.top - 1], ranked_by) if ranked_by and len(groups) > args.top else None
            tied = [g for g in groups[args.top :] if last is not None and getattr(g, ranked_by) == last]
            groups = groups[: args.top] + tied
    rows = [g.as_dict() | ({"empty_in": gaps[str(g.group)]} if gaps else {}) for g in groups]
    if args.sort_by_account and args.group_by == "account":  # each account's own figure, to be told with it
        rows = [r | {FACT_COLUMNS[args.sort_by_account]: facts.get(str(r["group"]))} for r in rows]
    if args.group_by is None and rows:
        with ctx.session() as session:
            rows[0].update(_per_deal_figures(queries.find_deals(session, where=scope.where), ctx.today))
    data: dict[str, Any] = {
        "scope": list(scope.labels) or ["all deals"],
        "group_by": args.group_by,
        "sort_by": args.sort_by,
        "groups": rows,
    }
    if means:
        data["means"] = means  # the bar a "below the team average" filter set, to be told with the names
    basis = OPEN_AT_BASIS if args.date_field == "open_at" and args.period else BASIS
    closed_only = args.stage in ("won", "lost", "closed") or (bool(args.period) and args.date_field == "close")
    return ToolResult(data=data, blocks=_blocks(groups, args.group_by, args.stage, closed_only), basis=basis)


def _per_deal_figures(deals: list[queries.DealRow], today: date) -> dict[str, float | None]:
    """Figures that need each deal rather than sums: the median won deal, the list-price value of every deal (lost ones
    too: "what did the deals I lost cost me at list") and the mean list price of the won ones, the engage-to-close
    cycle of lost deals, and how long the open deals have been engaged so far ("how many days has each been sitting in
    engaging")."""
    won = [d.close_value for d in deals if d.stage == "Won" and d.close_value is not None]
    won_list = [d.list_price for d in deals if d.stage == "Won" and d.close_value is not None]
    lost_days = [(d.close_date - d.engage_date).days for d in deals
                 if d.stage == "Lost" and d.close_date and d.engage_date]  # fmt: skip
    ages = [(today - d.engage_date).days for d in deals if d.stage in ("Engaging", "Prospecting") and d.engage_date]
    return {
        "avg_open_age_days": round(sum(ages) / len(ages), 1) if ages else None,
        "median_won_size": round(statistics.median(won)) if won else None,
        "min_won_size": min(won) if won else None,  # "the lowest and the highest we've closed one for"
        "max_won_size": max(won) if won else None,
        "list_value": float(sum(d.list_price for d in deals)),
        "avg_won_list_price": round(sum(won_list) / len(won_list)) if won_list else None,  # to set wins against
        "won_list_value": float(sum(won_list)),  # what the same wins were worth at list: "how far short of list"
        "avg_lost_cycle_days": round(sum(lost_days) / len(lost_days), 1) if lost_days else None,
    }


_CONDITION = re.compile(r"^\s*(\w+)\s*(>=|<=|>|<|=)\s*(\w+(?:\.\d+)?)\s*$")
_COMPARE = {">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt, "=": operator.eq}


# figures that are ratios: the groups' bar is the figure of all their deals pooled ("the team's win rate" is its wins
# over its closed deals), not a mean of the groups' own ratios, which would weigh a rep with 3 deals like one with 300
POOLED = ("win_rate", "avg_won_size", "avg_cycle_days")


def _means(groups: list[Metrics], having: Iterable[str]) -> dict[str, float]:
    """The bar of each figure a condition holds to its "mean": the plain mean over ``groups`` of a sum or count (a
    group without the figure does not count), the pooled figure of a ratio."""
    means = {}
    for condition in having:
        m = _CONDITION.match(condition)
        if m is None or m.group(3) != "mean" or m.group(1) not in _FIGURES:
            continue
        name = m.group(1)
        if name in POOLED:
            if (whole := getattr(pooled(groups), name)) is not None:
                means[name] = whole
            continue
        values = [v for g in groups if (v := getattr(g, name)) is not None]
        if values:
            means[name] = sum(values) / len(values)
    return means


def _meets(group: Metrics, condition: str, means: dict[str, float]) -> bool:
    """Whether ``group`` meets "won>=20" (a figure against a number), "lost>won" (against another figure) or
    "won_revenue<mean" (against the mean of the groups)."""
    m = _CONDITION.match(condition)
    if m is None or m.group(1) not in _FIGURES:
        raise NotFoundError(f'I don\'t understand the condition {condition!r}; try "won>=20" or "lost>won"')
    left, op, right = m.groups()
    value = getattr(group, left)
    other = getattr(group, right) if right in _FIGURES else means.get(left) if right == "mean" else float(right)
    return value is not None and other is not None and _COMPARE[op](value, other)


def _empty_buckets(session: Session, scope: ResolvedScope, group_by: Dimension, bucket: TimeBucket,
                   groups: list[Metrics]) -> dict[str, list[str]]:  # fmt: skip
    """The months or quarters of the period (or of the deals' close dates) in which each group had no matching deal,
    for the groups with at least one such bucket. ``groups`` are every group in scope, the empty ones included."""
    where = scope.where
    span = queries.close_date_span(session, where=where)  # no bucket before the first deal closed, or after the last
    if span is None:
        return {}
    first, last = span
    if scope.period is not None:
        first, last = max(first.replace(day=1), scope.period.start), min(last, scope.period.end)
    gaps: dict[str, list[str]] = {}
    for name, start, end in _buckets(first, last, bucket):
        narrowed = replace(
            where, closed_from=_later(start, where.closed_from), closed_to=_earlier(end, where.closed_to)
        )
        present = {g.group for g in deal_metrics(session, where=narrowed, group_by=group_by) if g.deals}
        for g in groups:
            if g.group is not None and g.group not in present:
                gaps.setdefault(g.group, []).append(name)
    return gaps


def _by_time(session: Session, where: DealFilter, bucket: TimeBucket, *, engaged: bool) -> list[Metrics]:
    """One group per calendar month or quarter that has matching deals, named like "March 2017" or "Q1 2017"."""
    span = queries.close_date_span(session, where=where, engaged=engaged)
    if span is None:
        return []
    groups = []
    for name, start, end in _buckets(span[0], span[1], bucket):
        if engaged:
            narrowed = replace(
                where, engaged_from=_later(start, where.engaged_from), engaged_to=_earlier(end, where.engaged_to)
            )
        else:
            narrowed = replace(
                where, closed_from=_later(start, where.closed_from), closed_to=_earlier(end, where.closed_to)
            )
        metrics = deal_metrics(session, where=narrowed)[0]
        if metrics.deals:
            groups.append(replace(metrics, group=name))
    return groups


def _by_weekday(deals: list[queries.DealRow]) -> list[Metrics]:
    """One group per day of the week the deals closed on ("which weekday do I close the most wins on"), Monday first;
    deals without a close date (open ones) have no weekday."""
    days: dict[int, list[queries.DealRow]] = {}
    for d in deals:
        if d.close_date is not None:
            days.setdefault(d.close_date.weekday(), []).append(d)
    groups = []
    for day, rows in sorted(days.items()):
        won = [d for d in rows if d.stage == "Won"]
        cycle = sum((d.close_date - d.engage_date).days for d in won if d.close_date and d.engage_date)
        groups.append(Metrics(calendar.day_name[day], len(rows), len(won), len(rows) - len(won), 0, 0,
                              float(sum(d.close_value or 0 for d in won)), 0.0, float(cycle)))  # fmt: skip
    return groups


def _buckets(first: date, last: date, bucket: TimeBucket) -> list[tuple[str, date, date]]:
    step = 3 if bucket == "quarter" else 1
    year, month = first.year, first.month - (first.month - 1) % step
    out = []
    while date(year, month, 1) <= last:
        end_month = month + step - 1
        end = date(year, end_month, calendar.monthrange(year, end_month)[1])
        name = f"Q{(month - 1) // 3 + 1} {year}" if bucket == "quarter" else f"{calendar.month_name[month]} {year}"
        out.append((name, date(year, month, 1), end))
        year, month = (year + 1, 1) if month + step > 12 else (year, month + step)
    return out


def _later(bucket: date, scope: date | None) -> date:
    """The narrower start: a bucket's, or the period the question already asked for."""
    return bucket if scope is None else max(bucket, scope)


def _earlier(bucket: date, scope: date | None) -> date:
    return bucket if scope is None else min(bucket, scope)


# cells that say nothing about a scope: open deals have no close date (so none closed in a period, none won or lost),
# and closed deals are in no open stage
_OPEN_CELLS = ("Engaging / Prospecting", "Open pipeline (list price)", "Open")
_CLOSED_CELLS = ("Won / Lost", "Won revenue", "Win rate", "Won", "Lost")


_GROUP_COLUMNS = {
    "all": ("Deals", "Won", "Lost", "Open", "Won revenue", "Win rate"),
    "won": ("Won", "Won revenue"),
    "lost": ("Lost",),
    "open": ("Deals", "Pipeline (list price)"),
    "engaging": ("Deals", "Pipeline (list price)"),
    "prospecting": ("Deals", "Pipeline (list price)"),
}


def _blocks(
    groups: list[Metrics], group_by: str | None, stage: str = "all", closed_only: bool = False
) -> tuple[Block, ...]:
    """The figures as a table, without the cells the scope makes empty by construction (a period on close dates holds
    no open deal; open deals hold no won or lost one)."""
    empty = _OPEN_CELLS if closed_only else _CLOSED_CELLS if stage in ("open", "engaging", "prospecting") else ()
    if stage in ("won", "lost"):  # filtered to won (or lost) deals, the win rate is 100% (0%) by construction
        empty = (*empty, "Win rate")
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
        shown = tuple(f for f in facts if f.label not in empty)
        return (Block(title="Figures", facts=shown),)
    columns: tuple[str, ...] = ((group_by or "group").capitalize(), "Deals", "Won", "Lost", "Open", "Won revenue",
                                "Win rate", "Pipeline (list price)")  # fmt: skip
    rows: tuple[tuple[str, ...], ...] = tuple(
        (
            str(g.group),
            f"{g.deals:,}",
            f"{g.won:,}",
            f"{g.lost:,}",
            f"{g.open:,}",
            f"${g.won_revenue:,.0f}",
            f"{g.win_rate:.1f}%" if g.win_rate is not None else "-",
            f"${g.pipeline_value:,.0f}",
        )  # fmt: skip
        for g in groups
    )
    # only won (lost, open) deals in scope: the other counts and the rate say nothing; the pipeline only of open ones
    kept = _GROUP_COLUMNS.get(stage, _GROUP_COLUMNS["all"])
    keep = [0, *(columns.index(name) for name in kept if name not in empty)]
    columns = tuple(columns[i] for i in keep)
    rows = tuple(tuple(row[i] for i in keep) for row in rows)
    return (Block(title=f"By {group_by}", columns=columns, rows=rows),)


DEAL_STATS = make_tool(deal_stats, DealStatsArgs)
