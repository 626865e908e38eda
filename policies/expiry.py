"""Proposals that nobody decided on in time expire; an expired proposal can never be executed."""

from __future__ import annotations

from sqlalchemy import Engine, update
from sqlmodel import col

from memory.db import session_scope
from memory.models import AuditEvent, Proposal, ProposalStatus, utcnow


def expire_stale_proposals(engine: Engine) -> int:
    """Mark pending proposals past their ``expires_at`` as expired, audited; returns how many."""
    now = utcnow()
    with session_scope(engine) as session:
        stale = (
            update(Proposal)
            .where(col(Proposal.status) == ProposalStatus.PENDING.value)
            .where(col(Proposal.expires_at) <= now)
            .values(status=ProposalStatus.EXPIRED.value)
            .returning(col(Proposal.id))
        )
        expired = [row[0] for row in session.execute(stale)]
        for proposal_id in expired:
            session.add(AuditEvent(actor="worker", action="proposal.expired", subject_type="proposal",
                                   subject_id=proposal_id))  # fmt: skip
        return len(expired)
