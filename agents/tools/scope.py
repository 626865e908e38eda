"""Which deals a question is about: the scope shared by every deal tool, and its resolution."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import Field
from sqlalchemy import func
from sqlmodel import Session, col, select

from agents.context import ToolContext
from agents.periods import MONTHS, Period, read_period
from agents.tools.accounts import AccountFacts, matching_accounts, parse_range, sector_named
from agents.tools.cycle_filter import by_cycle
from agents.tools.period_filter import by_period
from bot.errors import NotFoundError
from memory import queries
from memory.models import OPEN_STAGES, Account, Deal, Product, Role, Stage, User
from memory.normalise import name_key
from memory.users import team_of

StageChoice = Literal["open", "won", "lost", "closed", "prospecting", "engaging", "all"]
STAGE_SETS: dict[str, tuple[Stage, ...] | None] = {
    "open": OPEN_STAGES,
    "closed": (Stage.WON, Stage.LOST),
    "won": (Stage.WON,),
    "lost": (Stage.LOST,),
    "prospecting": (Stage.PROSPECTING,),
    "engaging": (Stage.ENGAGING,),
    "all": None,
}
_ME = {"me", "my", "mine", "i", "myself"}
_MINE = {"mine", "my office", "our office", "my", "our", "me"}
_MY_TEAM = {"my team", "team", "our team", "my reps"}


class DealScope(AccountFacts):
    """Filters on deals. Leave a field empty to not filter on it; everything empty = the whole company."""

    owner: str | None = Field(
        None, description='"me" (the asking user), "my team" (a manager\'s reps), or a sales rep\'s name'
    )
    owners: list[str] | None = Field(None, description="several sales reps taken together (their deals added up)")
    office: str | None = Field(
        None, description='a regional office: Central, East or West; "mine" for the asking user\'s own office'
    )
    account: str | None = Field(None, description="one account (customer company) name")
    account_group: str | None = Field(None, description="a parent account: it and all its subsidiaries")
    product: str | None = Field(None, description="a product name, e.g. GTX Pro; a series (GTX, MG) means all of it")
    products: list[str] | None = Field(
        None, description="several products taken together, e.g. MG Special and MG Advanced"
    )
    deal: str | None = Field(None, description="one opportunity id, e.g. 1C1I7A6R")
    stage: StageChoice = Field("all", description="open = Prospecting + Engaging; closed = Won + Lost")
    no_account: bool = Field(False, description="only deals that have no account attached")
    value: str | None = Field(
        None, description='a bound on each deal\'s value (close value, or list price while open): ">5000", "<1000"'
    )
    vs_list: Literal["above", "below", "at"] | None = Field(
        None, description="closed deals whose close value is above, below or at their product's list price"
    )
    close_days: list[date] | None = Field(
        None, description='only deals closed on one of these days, e.g. ["2017-03-31", "2017-06-30"]'
    )
    cycle_days: str | None = Field(
        None, description='won deals whose sales cycle (engage to close, days) meets a bound: ">90", "<=7"'
    )
    exclude_owners: list[str] | None = Field(None, description="reps whose deals to leave out")
    exclude_accounts: list[str] | None = Field(None, description="accounts whose deals to leave out")
    exclude_products: list[str] | None = Field(None, description="products whose deals to leave out")
    exclude_sectors: list[str] | None = Field(None, description="sectors whose accounts' deals to leave out")
    period: str | None = Field(
        None, description='a period such as "this quarter", "Q4 2017", "last month", "March 2017", "2017"'
    )
    closed_in: str | None = Field(
        None, description='with date_field "engage": the period the deals engaged then were closed in, e.g. "Q2 2017"'
    )
    date_field: Literal["close", "engage", "open_at"] = Field(
        "close",
        description="which date the period applies to: close_date (won/lost) or engage_date (started); open_at: "
        "the deals that were open at the period's end (open pipeline then)",
    )


@dataclass(frozen=True)
class ResolvedScope:
    where: queries.DealFilter
    labels: tuple[str, ...]  # human-readable filters, for the answer's basis line
    period: Period | None


def resolve(ctx: ToolContext, session: Session, scope: DealScope) -> ResolvedScope:
    """Turn names into ids and phrases into dates; NotFoundError naming what could not be matched."""
    labels: list[str] = []
    owner_ids = _owner_ids(ctx, session, scope.owner, labels)
    if scope.owners:  # several reps as one: their deals added up
        together: list[int] = []
        names: list[str] = []
        for owner in scope.owners:
            together += _owner_ids(ctx, session, owner, names) or []
        labels.append(" + ".join(names))
        together = list(dict.fromkeys(together))
        owner_ids = together if owner_ids is None else [i for i in owner_ids if i in together]
    if scope.office:
        office = ctx.user.office if scope.office.strip().lower() in _MINE else None
        office = office or _match(_offices(session), scope.office, "office")
        office_ids = [i for (i,) in session.execute(select(User.id).where(User.office == office))]
        owner_ids = office_ids if owner_ids is None else [i for i in owner_ids if i in office_ids]
        labels.append(f"{office} office")
    account_ids = None
    if scope.account:
        match = _match_id(queries.account_names(session), scope.account, "account")
        account_ids = [match.id]
        labels.append(f"account {match.name}")
    if scope.account_group:
        parent = _match_id(queries.account_names(session), scope.account_group, "account")
        members = queries.subsidiaries_of(session, parent=parent.name)
        group = [parent.id] + [a.id for a in members if a.id]
        account_ids = group if account_ids is None else [i for i in account_ids if i in group]
        named = f" ({', '.join(sorted(a.name for a in members))})" if members else ""  # who the group is
        labels.append(f"{parent.name} and its subsidiaries{named}")
    if (described := matching_accounts(session, scope, labels)) is not None:
        located = [a.id for a in described if a.id is not None]
        account_ids = located if account_ids is None else [i for i in account_ids if i in located]
    product_ids = None
    if scope.product or scope.products:
        product_ids = products_named(session, [*([scope.product] if scope.product else []), *(scope.products or [])],
                                   labels)  # fmt: skip
    no_owners, no_accounts, no_products = _exclusions(session, scope, labels, ctx.user.name)
    if scope.deal:
        labels.append(f"opportunity {scope.deal.strip().upper()}")
    open_at = scope.date_field == "open_at" and bool(scope.period)
    if scope.stage != "all" and not open_at:
        labels.append(f"{scope.stage} deals")
    if scope.no_account:
        labels.append("no account attached")
    value = parse_range(scope.value, "the deal value") if scope.value else None
    if value is not None:
        labels.append(f"deal value {value}")
    if scope.vs_list:
        labels.append(f"closed {scope.vs_list} the product's list price")
    if scope.close_days:
        labels.append(f"closed on {', '.join(d.isoformat() for d in sorted(scope.close_days))}")
    period = _period(scope, ctx.today)
    if period and open_at:
        labels.append(f"open at the end of {period.label} ({min(period.end, ctx.today).isoformat()})")
    elif period:
        # "closed yesterday, 19 November", "closed this week": those say when without an "in"
        unjoined = ("before ", "after ", "since ", "on ", "yesterday", "today", "the day before", "this week",
                    "last week")  # fmt: skip
        joined = "" if period.label.startswith(unjoined) else "in "
        labels.append(f"{'closed' if scope.date_field == 'close' else 'engaged'} {joined}{period}")
    low, high = (period.start, period.end) if period else (None, None)
    closed = _closed_in(scope, ctx.today, labels, high)  # engaged in one period, closed in another
    if scope.date_field == "close":  # "my biggest win so far": the close window narrowed to what has closed by now
        low, high = _narrowed(low, closed[0], max), _narrowed(high, closed[1], min)
    where = queries.DealFilter(
        owner_ids=owner_ids,
        stages=STAGE_SETS[scope.stage],
        account_ids=account_ids,
        product_ids=product_ids,
        without_account=scope.no_account,
        closed_from=low if scope.date_field == "close" else closed[0],
        closed_to=high if scope.date_field == "close" else closed[1],
        engaged_from=low if scope.date_field == "engage" else None,
        engaged_to=high if scope.date_field == "engage" else None,
        external_ids=[scope.deal.strip().upper()] if scope.deal else None,
        value=value,
        vs_list=scope.vs_list,
        close_days=scope.close_days,
        exclude_owner_ids=no_owners,
        exclude_account_ids=no_accounts,
        exclude_product_ids=no_products,
    )
    where = by_period(session, where, period, scope.date_field, ctx.today)
    if scope.cycle_days:
        where, label = by_cycle(session, where, scope.cycle_days)
        labels.append(label)
    return ResolvedScope(where=where, labels=tuple(labels), period=period)


def products_named(session: Session, names: list[str], labels: list[str]) -> list[int]:
    """Products by name, typos allowed; a series name ("MG", "the GTX line") stands for all its products."""
    products = list(session.exec(select(Product)))
    by_name = {p.name: p for p in products}
    keyed = {name_key(n): n for n in by_name}
    chosen: list[Product] = []
    for text in names:
        series = re.sub(r"(?i)\b(?:the|line|series|range|family|products?)\b", " ", text).strip().lower()
        members = [p for p in products if (p.series or "").lower() == series]
        if members and name_key(text) not in keyed:
            chosen += members
            labels.append(f"{members[0].series} series ({', '.join(p.name for p in members)})")
            continue
        name = keyed.get(name_key(text)) or _match(list(by_name), text, "product")
        chosen.append(by_name[name])
        labels.append(name)
    return [p.id for p in chosen if p.id is not None]


def _exclusions(
    session: Session, scope: DealScope, labels: list[str], asker: str
) -> tuple[list[int], list[int], list[int]]:
    """The reps, accounts and products to leave out, as ids for the filter; "me" is the asker."""
    owners: list[int] = []
    accounts: list[int] = []
    products: list[int] = []
    if scope.exclude_owners:
        people = {u.name: u.id for u in session.exec(select(User)) if u.id is not None}
        names = [asker if n.strip().lower() in ("me", "myself") else _match(list(people), n, "person")
                 for n in scope.exclude_owners]  # fmt: skip
        owners = [people[n] for n in names]
        labels.append(f"leaving out {', '.join(names)}")
    if scope.exclude_accounts:
        matches = [_match_id(queries.account_names(session), n, "account") for n in scope.exclude_accounts]
        accounts = [m.id for m in matches]
        labels.append(f"leaving out {', '.join(m.name for m in matches)}")
    if scope.exclude_sectors:  # every account of the sector: "which sectors won the most if u leave technology out"
        sectors = [sector_named(session, s) for s in scope.exclude_sectors]
        accounts += [a.id for a in session.exec(select(Account).where(col(Account.sector).in_(sectors))) if a.id]
        labels.append(f"leaving out the {', '.join(sectors)} sector")
    if scope.exclude_products:
        left_out: list[str] = []
        products = products_named(session, scope.exclude_products, left_out)
        labels.append(f"leaving out {', '.join(left_out)}")
    return owners, accounts, products


def _closed_in(
    scope: DealScope, today: date, labels: list[str], close_end: date | None
) -> tuple[date | None, date | None]:
    """The close-date window of deals counted by their engage date ("engaged in Q1, won in Q2"), or a further bound
    on deals counted by their close date ("won so far": closed before tomorrow), labelled when it narrows the
    close window ending on ``close_end``."""
    if not scope.closed_in or scope.date_field not in ("engage", "close"):
        return None, None
    period = read_period(scope.closed_in, today)
    if period is None:
        raise NotFoundError(f'I don\'t understand the period {scope.closed_in!r}; try "Q3 2017" or "last month"')
    if scope.date_field == "close" and close_end is not None and close_end <= period.end:
        return period.start, period.end  # "this year so far": the period asked about ends by then already
    labels.append(f"closed {period}" if str(period).startswith("before ") else f"closed in {period}")
    return period.start, period.end


# a month named alone, without its year: "december", "in dec"
_BARE_MONTH = re.compile(rf"\s*(?:in |during )?(?:the month of )?(?:{'|'.join(MONTHS)})\.?\s*", re.IGNORECASE)


def _narrowed(bound: date | None, other: date | None, tighter: Callable[[date, date], date]) -> date | None:
    return other if bound is None else bound if other is None else tighter(bound, other)


def _period(scope: DealScope, today: date) -> Period | None:
    if not scope.period:
        return None
    explicit = re.fullmatch(r"\s*(\d{4}-\d{2}-\d{2})\s*(?:\.\.|to|/)\s*(\d{4}-\d{2}-\d{2})\s*", scope.period)
    if explicit:
        start, end = date.fromisoformat(explicit.group(1)), date.fromisoformat(explicit.group(2))
        return Period(start, end, f"{start} to {end}")
    period = read_period(scope.period, today)
    if period is None:
        raise NotFoundError(f'I don\'t understand the period {scope.period!r}; try "Q3 2017" or "last month"')
    if scope.date_field == "engage" and period.start > today and _BARE_MONTH.fullmatch(scope.period):
        # "how many deals did we start engaging in december?" asked in February: the December gone by, not the one
        # to come (deals are engaged by the day asked about; a bare month of close dates stays this year's)
        period = read_period(f"{scope.period.strip()} {today.year - 1}", today) or period
    return period


def owner_ids(ctx: ToolContext, session: Session, owner: str | None, labels: list[str]) -> list[int] | None:
    """The ids of the reps ``owner`` names ("me", "my team", a rep, a manager's team), labelled in ``labels``."""
    return _owner_ids(ctx, session, owner, labels)


def _owner_ids(ctx: ToolContext, session: Session, owner: str | None, labels: list[str]) -> list[int] | None:
    if owner is None or not owner.strip():
        return None
    key = owner.strip().lower()
    me = ctx.user
    if key in _ME and not (me.role == Role.MANAGER and _owns_nothing(session, me)):
        labels.append(me.name)
        return [me.id or 0]
    if key in _MY_TEAM and me.role != Role.MANAGER and me.manager_id is not None:
        manager = session.get(User, me.manager_id)  # a rep's team: everyone under the same manager
        if manager is not None:
            labels.append(f"{manager.name}'s team")
            return [u.id for u in team_of(session, manager=manager) if u.id is not None]
    if key in _ME or key in _MY_TEAM:
        if me.role != Role.MANAGER:
            labels.append(me.name)
            return [me.id or 0]
        labels.append(f"{me.name}'s team")
        return [u.id for u in team_of(session, manager=me) if u.id is not None]
    team_of_name = re.sub(r"(?:'s)?\s+team$", "", key)
    people = {u.name: u for u in session.exec(select(User))}
    name = _match(list(people), team_of_name, "person")
    person = people[name]
    if person.role == Role.MANAGER and (team_of_name != key or _owns_nothing(session, person)):
        labels.append(f"{name}'s team")
        return [u.id for u in team_of(session, manager=person) if u.id is not None]
    labels.append(name)
    return [person.id or 0]


def _owns_nothing(session: Session, user: User) -> bool:
    return session.exec(select(func.count()).select_from(Deal).where(Deal.owner_id == user.id)).one() == 0


def _offices(session: Session) -> list[str]:
    return sorted({o for (o,) in session.execute(select(User.office)) if o})


def _match(candidates: list[str], text: str, what: str) -> str:
    match = queries.match_name({c: i for i, c in enumerate(candidates)}, text, cutoff=80)
    if match is None:
        raise NotFoundError(f"I can't find a {what} called {text!r}")
    return match.name


def _match_id(candidates: dict[str, int], text: str, what: str) -> queries.NameMatch:
    match = queries.match_name(candidates, text, cutoff=80)
    if match is None:
        raise NotFoundError(f"I can't find an {what} called {text!r}")
    return match
