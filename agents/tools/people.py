"""team_info: who is who in the sales org, from the users table: the managers (of an office, or all), and one
person's role, office, manager and direct reports ("who does Vicki report to?", "who manages the West office?").
Not deal figures: deal_stats splits those by rep, manager or office."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field
from sqlmodel import select

from agents.context import ToolContext
from agents.tools.base import ToolResult, make_tool
from bot.errors import NotFoundError
from bot.events import Block
from memory import queries
from memory.models import User
from memory.models.people import Role


class TeamInfoArgs(BaseModel):
    person: str | None = Field(None, description="a rep or manager (typos fine): their role, office, manager, reports")
    office: str | None = Field(None, description="a regional office: only its managers and reps")


def team_info(ctx: ToolContext, args: TeamInfoArgs) -> ToolResult:
    """The managers (of ``office``, or everyone's) with their offices and reps; or one person's place in the org."""
    with ctx.session() as session:
        users = list(session.exec(select(User).order_by(User.name)))
    by_id = {u.id: u for u in users}
    if args.person in ("me", "myself"):  # "who's my manager?"
        args = args.model_copy(update={"person": ctx.user.name})
    if args.person:
        match = queries.match_name({u.name: u.id or 0 for u in users}, args.person, cutoff=80)
        if match is None:
            raise NotFoundError(f"I can't find anyone called {args.person!r} in the sales org")
        person = by_id[match.id]
        manager = by_id.get(person.manager_id) if person.manager_id is not None else None
        reports = [u.name for u in users if u.manager_id == person.id]
        boss = manager.name if manager else None
        data: dict[str, Any] = {"person": person.name, "role": str(person.role), "office": person.office,
                                "manager": boss, "reports": reports}  # fmt: skip
        row = (person.name, str(person.role), person.office or "-", boss or "-", str(len(reports)))
        block = Block(title=person.name, columns=("Person", "Role", "Office", "Manager", "Reports"), rows=(row,))
        return ToolResult(data=data, blocks=(block,), basis="the sales org in the users table")
    office = _office(users, args.office) if args.office else None
    managers = [u for u in users if u.role == Role.MANAGER and (office is None or u.office == office)]
    reps = [u for u in users if u.role == Role.REP and (office is None or u.office == office)]
    teams = [(m, [u.name for u in reps if u.manager_id == m.id]) for m in managers]
    listed = [{"manager": m.name, "office": m.office, "reps": names} for m, names in teams]
    rows = tuple((m.name, m.office or "-", str(len(names))) for m, names in teams)
    block = Block(title="Managers", columns=("Manager", "Office", "Reps"), rows=rows)
    unmanaged = [u.name for u in reps if u.manager_id is None or u.manager_id not in by_id]
    data = {"office": office, "managers": listed, "reps": len(reps), "unmanaged": unmanaged}
    return ToolResult(data=data, blocks=(block,), basis="the sales org in the users table")


def _office(users: list[User], named: str) -> str:
    offices = {u.office for u in users if u.office}
    found = next((o for o in offices if o.lower() == named.strip().lower().removesuffix(" office").strip()), None)
    if found is None:
        raise NotFoundError(f"I can't find an office called {named!r}; the offices are {', '.join(sorted(offices))}")
    return found


TEAM_INFO = make_tool(team_info, TeamInfoArgs)
