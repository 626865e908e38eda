"""The approval gate: outbound actions exist only as proposals until a human decides.

This module creates proposals (the agent's outbound tools call it); deciding and executing
them arrives with the approval issue. A contact who opted out of email gets a proposal that is
blocked from the start, with the reason, so the rep sees why nothing can be sent."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from sqlmodel import Session

from memory.models import AuditEvent, Contact, Proposal, ProposalStatus, utcnow

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
) -> Proposal:
    """Record an email awaiting approval (or blocked, if the contact opted out) and audit it."""
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
