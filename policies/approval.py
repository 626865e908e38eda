"""The approval gate: outbound actions exist only as proposals until a human decides.

The agent's outbound tools create proposals here; people decide here (the asker, their manager
or an admin, each decision re-checked against the live row); ``policies.executor`` carries out
approved ones. A contact who opted out of email gets a proposal that is blocked from the start,
with the reason, so the rep sees why nothing can be sent."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import Engine, update
from sqlmodel import Session, col

from memory.db import session_scope
from memory.models import AuditEvent, Contact, Proposal, ProposalStatus, Role, User, utcnow
from policies.privacy import redact

DEFAULT_TTL = timedelta(hours=72)


def propose_email(
    session: Session,
    *,
    requested_by_id: int,
    contact: Contact,
    subject: str,
    body: str,
    rationale: str,
    deal_id: int | None = None,
    drafted_by: str = "dealbot",
    ttl: timedelta = DEFAULT_TTL,
    payload: dict[str, Any] | None = None,
    in_reply_to: str | None = None,
) -> Proposal:
    """Record an email awaiting approval (or blocked, if the contact opted out) and audit it.
    ``in_reply_to`` is the Message-ID of the customer's email this one answers, for threading.
    Special-category details (health, beliefs, ...) are redacted from what is stored: drafts never carry them."""
    subject, body, rationale = (redact(t).text for t in (subject, body, rationale))
    blocked = contact.email_opt_out
    proposal = Proposal(
        id=uuid.uuid4().hex,
        kind="email",
        status=ProposalStatus.BLOCKED if blocked else ProposalStatus.PENDING,
        requested_by_id=requested_by_id,
        deal_id=deal_id,
        account_id=contact.account_id,
        contact_id=contact.id,
        recipient=contact.email,
        subject=subject,
        body=body,
        rationale=rationale,
        drafted_by=drafted_by,
        payload=payload or {},
        expires_at=utcnow() + ttl,
        error=f"{contact.name} has opted out of email" if blocked else None,
        in_reply_to=in_reply_to,
    )
    session.add(proposal)
    session.add(
        AuditEvent(
            actor=f"user:{requested_by_id}",
            action="proposal.blocked" if blocked else "proposal.created",
            subject_type="proposal",
            subject_id=proposal.id,
            details={
                "kind": "email",
                "recipient": contact.email,
                "subject": subject,
                "drafted_by": drafted_by,
            },
        )
    )
    session.flush()
    return proposal


Action = Literal["approve", "reject"]
Outcome = Literal["approved", "rejected", "not_allowed", "already_decided", "expired", "blocked", "not_found"]


@dataclass(frozen=True)
class Decision:
    """What happened when someone pressed Approve, Edit+Approve or Reject; ``message`` is for the card."""

    outcome: Outcome
    message: str
    proposal_id: str
    status: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None


def may_decide(session: Session, *, proposal: Proposal, user: User) -> bool:
    """The person who asked, their manager, or an admin."""
    if user.role == Role.ADMIN or user.id == proposal.requested_by_id:
        return True
    requester = session.get(User, proposal.requested_by_id)
    return requester is not None and requester.manager_id is not None and requester.manager_id == user.id


def decide(
    session: Session,
    *,
    proposal_id: str,
    actor: User,
    action: Action,
    edited_body: str | None = None,
    now: datetime | None = None,
) -> Decision:
    """Record one human decision, re-checking the live state; exactly one decision per proposal wins.

    The status moves from pending with a conditional UPDATE, so a double click, two approvers at
    once or a retried delivery from Slack/Teams finds the proposal already decided."""
    now = now or utcnow()
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        return Decision("not_found", "I can't find that draft any more.", proposal_id)
    if not may_decide(session, proposal=proposal, user=actor):
        _audit(session, actor, "proposal.decision_refused", proposal, {"action": action})
        owner = session.get(User, proposal.requested_by_id)
        who = owner.name if owner else "the person who asked"
        return Decision("not_allowed", f"Sorry, only {who} or their manager can decide on this draft.", proposal_id,
                        proposal.status)  # fmt: skip
    if proposal.status != ProposalStatus.PENDING:
        return _already(session, proposal)
    if proposal.expires_at <= now:
        _transition(session, proposal_id, ProposalStatus.EXPIRED, {})
        _audit(session, actor, "proposal.expired", proposal, {})
        return Decision("expired", "This draft expired before anyone decided; ask me for a new one.", proposal_id,
                        ProposalStatus.EXPIRED)  # fmt: skip
    status = ProposalStatus.APPROVED if action == "approve" else ProposalStatus.REJECTED
    edited = edited_body if action == "approve" and edited_body is not None and edited_body != proposal.body else None
    values: dict[str, Any] = {"decided_by_id": actor.id, "decided_at": now}
    if edited is not None:
        values["edited_body"] = edited
    if not _transition(session, proposal_id, status, values):
        session.expire(proposal)
        return _already(session, proposal)
    _audit(session, actor, f"proposal.{status.value}", proposal,
           {"body_before": proposal.body, "body_after": edited if edited is not None else proposal.body,
            "edited": edited is not None})  # fmt: skip
    verb = "approved (edited)" if edited is not None else status.value
    return Decision(status.value, f"{actor.name} {verb} this draft.", proposal_id, status, actor.name, now)  # type: ignore[arg-type]


def _transition(session: Session, proposal_id: str, status: ProposalStatus, values: dict[str, Any]) -> bool:
    """pending -> ``status`` if and only if it is still pending; True when this call made the change."""
    result = session.execute(
        update(Proposal)
        .where(col(Proposal.id) == proposal_id, col(Proposal.status) == ProposalStatus.PENDING.value)
        .values(status=status.value, **values)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def _already(session: Session, proposal: Proposal) -> Decision:
    session.refresh(proposal)
    decider = session.get(User, proposal.decided_by_id) if proposal.decided_by_id else None
    who = f" by {decider.name}" if decider else ""
    when = f" at {proposal.decided_at:%Y-%m-%d %H:%M} UTC" if proposal.decided_at else ""
    return Decision(
        "already_decided", f"This draft was already {proposal.status}{who}{when}.", proposal.id, proposal.status,
        decider.name if decider else None, proposal.decided_at,
    )  # fmt: skip


def _audit(session: Session, actor: User, action: str, proposal: Proposal, details: dict[str, Any]) -> None:
    session.add(AuditEvent(actor=f"user:{actor.id}", action=action, subject_type="proposal", subject_id=proposal.id,
                           details={"actor_name": actor.name, **details}))  # fmt: skip


def decide_in_store(
    engine: Engine, *, proposal_id: str, actor_id: int, action: Action, edited_body: str | None = None
) -> Decision:
    """:func:`decide` in its own transaction, for callers that hold no session (chat adapters, CLI)."""
    with session_scope(engine) as session:
        actor = session.get(User, actor_id)
        if actor is None:
            return Decision("not_allowed", "Sorry, I don't know who you are.", proposal_id)
        return decide(session, proposal_id=proposal_id, actor=actor, action=action, edited_body=edited_body)
