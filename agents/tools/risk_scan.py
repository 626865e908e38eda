"""Assess deals from the store and remember what was flagged: shared by the chat tools, the home screen and the
worker job that re-reads every open deal (so flags are recorded even for deals nobody asked about)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from agents.insights.actions import Person
from agents.insights.risk import RiskAssessment, assess
from agents.insights.thread import DealFacts, Message
from memory.db import session_scope
from memory.models import OPEN_STAGES, Contact, Deal, Direction, Interaction, User
from memory.risk_flags import Seen, clear_closed_deals, record_assessment

SCAN_BATCH = 200  # deals read per query by the worker's scan


@dataclass(frozen=True)
class Assessed:
    deal: Deal
    messages: list[Message]
    verdict: RiskAssessment


def assess_deals(session: Session, deals: list[Deal], today: date, facts: dict[int, DealFacts] | None = None
                 ) -> list[Assessed]:  # fmt: skip
    """Each deal that has interactions on file, assessed as of ``today``."""
    from agents.tools.risk import _threads  # one reading of a deal's thread, shared with deal_risk

    threads = _threads(session, deals)
    owners = {u.id: u.name for u in session.exec(select(User).where(col(User.id).in_({d.owner_id for d in deals})))}
    out = []
    for deal in deals:
        messages = threads.get(deal.id or 0, [])
        if not messages:
            continue
        known = (facts or {}).get(deal.id or 0) or DealFacts(str(deal.stage), deal.expected_close)
        verdict = assess(known, messages, today, ours={owners.get(deal.owner_id, "").lower()})
        out.append(Assessed(deal, messages, verdict))
    return out


def remember(session: Session, assessed: list[Assessed], today: date, source: str) -> None:
    """Record newly flagged reasons and clear those that went away (idempotent)."""
    for a in assessed:
        if a.deal.id is None:
            continue
        seen = []
        for r in a.verdict.reasons:
            first = r.evidence[0] if r.evidence else None
            # when and where it was said, not the words: the customer's sentences stay in the interactions,
            # where erasure and retention reach them
            said = {"date": first.on.isoformat(), "source": first.source} if first else {}
            seen.append(Seen(r.code, r.weight, said))
        record_assessment(session, deal_id=a.deal.id, seen=seen, today=today, source=source)


def people_of(session: Session, account_ids: set[int]) -> dict[int, list[Person]]:
    """Each account's contacts, with the day each last wrote to us."""
    if not account_ids:
        return {}
    last = dict(
        session.exec(
            select(Interaction.contact_id, func.max(Interaction.occurred_at))
            .where(col(Interaction.account_id).in_(account_ids), Interaction.direction == Direction.INBOUND.value,
                   col(Interaction.contact_id).is_not(None))
            .group_by(col(Interaction.contact_id))
        ).all()
    )  # fmt: skip
    people: dict[int, list[Person]] = defaultdict(list)
    query = select(Contact).where(col(Contact.account_id).in_(account_ids)).order_by(col(Contact.id))
    for c in session.exec(query):
        when = last.get(c.id)
        people[c.account_id or 0].append(
            Person(c.name, c.title, c.email, when.date() if when else None, c.email_opt_out)
        )
    return people


def scan_open_deals(engine: Engine, *, today: date, source: str = "worker") -> int:
    """Assess every open deal with interactions, record flags, clear flags of closed deals; returns deals read."""
    seen, last_id = 0, 0
    while True:
        with session_scope(engine) as session:
            deals = list(
                session.exec(
                    select(Deal)
                    .where(col(Deal.stage).in_([s.value for s in OPEN_STAGES]), col(Deal.id) > last_id)
                    .order_by(col(Deal.id))
                    .limit(SCAN_BATCH)
                )
            )
            if not deals:
                clear_closed_deals(session, today=today)
                return seen
            remember(session, assess_deals(session, deals, today), today, source)
        seen += len(deals)
        last_id = deals[-1].id or last_id
