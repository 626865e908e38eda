"""Which deals a question is about: the scope shared by every deal tool, and its resolution."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import func
from sqlmodel import Session, select

from agents.context import ToolContext
from agents.periods import Period, parse_period
from bot.errors import NotFoundError
from memory import queries
from memory.models import OPEN_STAGES, Account, Deal, Product, Role, Stage, User
from memory.normalise import canonical_sector, name_key
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
_MY_TEAM = {"my team", "team", "our team", "my reps"}


class DealScope(BaseModel):
    """Filters on deals. Leave a field empty to not filter on it; everything empty = the whole company."""

    owner: str | None = Field(
        None, description='"me" (the asking user), "my team" (a manager\'s reps), or a sales rep\'s name'
    )
    office: str | None = Field(None, description="a regional office: Central, East or West")
    account: str | None = Field(None, description="one account (customer company) name")
    account_group: str | None = Field(None, description="a parent account: it and all its subsidiaries")
    sector: str | None = Field(None, description="an industry sector of the accounts, e.g. retail, software")
    product: str | None = Field(None, description="a product name, e.g. GTX Pro")
    headquarters: str | None = Field(
        None,
        description='the country where the accounts are headquartered, e.g. "United States"; "not United States" '
        "for accounts headquartered anywhere else",
    )
    stage: StageChoice = Field("all", description="open = Prospecting + Engaging; closed = Won + Lost")
    no_account: bool = Field(False, description="only deals that have no account attached")
    period: str | None = Field(
        None, description='a period such as "this quarter", "Q4 2017", "last month", "March 2017", "2017"'
    )
    date_field: Literal["close", "engage"] = Field(
        "close",
        description="which date the period applies to: close_date (won/lost) or engage_date (started)",
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
    if scope.office:
        office = _match(_offices(session), scope.office, "office")
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
        group = [parent.id] + [a.id for a in queries.subsidiaries_of(session, parent=parent.name) if a.id]
        account_ids = group if account_ids is None else [i for i in account_ids if i in group]
        labels.append(f"{parent.name} and its subsidiaries")
    sector = None
    if scope.sector:
        sector = _match(_sectors(session), canonical_sector(scope.sector)[0], "sector")
        labels.append(f"{sector} sector")
    if scope.headquarters:
        located = _headquartered(session, scope.headquarters, labels)
        account_ids = located if account_ids is None else [i for i in account_ids if i in located]
    product_id = None
    if scope.product:
        products = {p.name: p.id for p in session.exec(select(Product)) if p.id is not None}
        keyed = {name_key(n): n for n in products}
        name = keyed.get(name_key(scope.product)) or _match(list(products), scope.product, "product")
        product_id = products[name]
        labels.append(name)
    if scope.stage != "all":
        labels.append(f"{scope.stage} deals")
    if scope.no_account:
        labels.append("no account attached")
    period = _period(scope, ctx.today)
    if period:
        labels.append(f"{'closed' if scope.date_field == 'close' else 'engaged'} in {period}")
    low, high = (period.start, period.end) if period else (None, None)
    where = queries.DealFilter(
        owner_ids=owner_ids,
        stages=STAGE_SETS[scope.stage],
        account_ids=account_ids,
        product_id=product_id,
        sector=sector,
        without_account=scope.no_account,
        closed_from=low if scope.date_field == "close" else None,
        closed_to=high if scope.date_field == "close" else None,
        engaged_from=low if scope.date_field == "engage" else None,
        engaged_to=high if scope.date_field == "engage" else None,
    )
    return ResolvedScope(where=where, labels=tuple(labels), period=period)


def _period(scope: DealScope, today: date) -> Period | None:
    if not scope.period:
        return None
    explicit = re.fullmatch(r"\s*(\d{4}-\d{2}-\d{2})\s*(?:\.\.|to|/)\s*(\d{4}-\d{2}-\d{2})\s*", scope.period)
    if explicit:
        start, end = date.fromisoformat(explicit.group(1)), date.fromisoformat(explicit.group(2))
        return Period(start, end, f"{start} to {end}")
    period = parse_period(scope.period, today)
    if period is None:
        raise NotFoundError(f'I don\'t understand the period {scope.period!r}; try "Q3 2017" or "last month"')
    return period


def _owner_ids(ctx: ToolContext, session: Session, owner: str | None, labels: list[str]) -> list[int] | None:
    if owner is None or not owner.strip():
        return None
    key = owner.strip().lower()
    me = ctx.user
    if key in _ME and not (me.role == Role.MANAGER and _owns_nothing(session, me)):
        labels.append(me.name)
        return [me.id or 0]
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


_US = {"us", "usa", "u.s.", "u.s.a.", "america", "the us", "the usa", "united states", "the united states", "states"}


def _headquartered(session: Session, where: str, labels: list[str]) -> list[int]:
    """Accounts headquartered in a country ("United States", "US"), or anywhere but it ("not US")."""
    text = where.strip()
    outside = re.match(r"(?i)(?:not|outside|excluding|ex|non)[- ]+(?:of )?(?:in )?", text)
    country_text = text[outside.end() :] if outside else text
    rows = session.execute(select(Account.id, Account.headquarters)).all()
    countries = sorted({hq for _, hq in rows if hq})
    country = "United States" if country_text.lower().strip() in _US else _match(countries, country_text, "country")
    ids = [i for i, hq in rows if i is not None and hq and ((hq == country) != bool(outside))]
    labels.append(f"accounts headquartered {'outside' if outside else 'in'} {country}")
    return ids


def _sectors(session: Session) -> list[str]:
    return sorted({s for (s,) in session.execute(select(Account.sector)) if s})


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
