"""A person's home screen in a chat app (Slack's App Home tab): open deals by stage, their riskiest deals,
the drafts and the proposed deal updates awaiting them.

Neutral data (bot.events.HomeSummary) for any adapter to render; identity as in the pipeline, and an
unlinked person gets the "I don't know you yet" text and no data."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine
from sqlmodel import Session

from agents.context import ToolContext
from agents.tools import CATALOGUE
from bot.events import UNLINKED_REPLY, Fact, HomeSummary, ProposalCard, UpdateCard
from memory.ingest.updates import list_updates
from memory.models import OPEN_STAGES, Role, User
from memory.queries import DealFilter, stage_totals
from memory.users import find_chat_user, team_of
from policies.cards import card_for
from policies.pending import awaiting_decision
from policies.update_cards import update_card_for

PENDING_SHOWN = 10
UPDATES_SHOWN = 5
AT_RISK_SHOWN = 5  # a home screen is a glance; `dealbot proposals list` has the rest


def home_summary(
    engine: Engine, *, platform: str, user_ref: str, user_email: str | None = None, today: date | None = None
) -> HomeSummary:
    """The home screen of the person behind ``user_ref`` on ``platform`` (falling back to ``user_email``)."""
    with Session(engine) as session:
        user = find_chat_user(session, platform=platform, ref=user_ref, email=user_email)
        if user is None or user.id is None:
            return HomeSummary(user_name=None, message=UNLINKED_REPLY.format(platform=platform, ref=user_ref))
        team = [m.id for m in team_of(session, manager=user) if m.id is not None] if user.role == Role.MANAGER else []
        owners = [user.id, *team]
        return HomeSummary(
            user_name=user.name,
            deals_title="Your team's open deals by stage" if team else "Your open deals by stage",
            open_by_stage=_open_by_stage(session, owners),
            pending=_pending_for(session, user),
            updates=_updates_for(session, user, owners),
            at_risk=_at_risk(engine, user, today or date.today()),
        )


def _at_risk(engine: Engine, user: User, today: date) -> tuple[Fact, ...]:
    """The riskiest open deals of the person (a manager: their team's), each with its reasons, latest quote and next
    best action. Reading them records the flags (as the "home" surface) for the KPI report."""
    result = CATALOGUE["deal_risk"].invoke(ToolContext(engine, user, today, origin="home"), {"owner": "me"})
    facts = []
    for deal in result.data.get("at_risk", [])[:AT_RISK_SHOWN]:
        reasons = deal["reasons"]
        evidence = next((e for r in reasons for e in r["evidence"]), None)
        quote = f" — \u201c{evidence['quote']}\u201d ({evidence['date']})" if evidence else ""
        label = f"{deal['deal']} · {deal['account'] or 'no account'}"
        step = deal.get("next_action") or {}
        then = f" · Next step: {step['text']}" if step.get("text") else ""
        facts.append(Fact(label, ", ".join(str(r["label"]) for r in reasons) + quote + then))
    return tuple(facts)


def _open_by_stage(session: Session, owners: list[int]) -> tuple[Fact, ...]:
    totals = stage_totals(session, where=DealFilter(owner_ids=owners, stages=OPEN_STAGES))
    open_names = {s.value for s in OPEN_STAGES}
    return tuple(
        Fact(t.stage, f"{t.count} deal{'' if t.count == 1 else 's'} · ${t.list_value:,.0f} at list price")
        for t in totals
        if t.stage in open_names
    )


def _pending_for(session: Session, user: User) -> tuple[ProposalCard, ...]:
    """Pending, unexpired drafts this person may decide: their own, their team's, or (admins) anyone's."""
    ids, _ = awaiting_decision(session, user=user, limit=PENDING_SHOWN)
    return tuple(card for pid in ids if (card := card_for(session, proposal_id=pid)) is not None)


def _updates_for(session: Session, user: User, owners: list[int]) -> tuple[UpdateCard, ...]:
    """Proposed deal updates this person may decide: on their deals, their team's, or (admins) anyone's."""
    rows = list_updates(session, owner_ids=None if user.role == Role.ADMIN else owners, limit=UPDATES_SHOWN)
    return tuple(card for r in rows if r.id is not None and (card := update_card_for(session, interaction_id=r.id)))
