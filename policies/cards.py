"""Proposals as neutral approval cards (bot.events.ProposalCard) for any chat platform to render."""

from __future__ import annotations

from sqlmodel import Session

from bot.events import ProposalCard
from memory.models import Contact, Proposal, User


def card_for(session: Session, *, proposal_id: str) -> ProposalCard | None:
    """The card for one proposal as it stands in the store now, or None if it is gone."""
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        return None
    requester = session.get(User, proposal.requested_by_id)
    decider = session.get(User, proposal.decided_by_id) if proposal.decided_by_id else None
    contact = session.get(Contact, proposal.contact_id) if proposal.contact_id else None
    recipient = f"{contact.name} <{contact.email}>" if contact else (proposal.recipient or "-")
    return ProposalCard(
        id=proposal.id,
        status=str(proposal.status),
        requested_by=requester.name if requester else "-",
        recipient=recipient,
        subject=proposal.subject or "",
        body=proposal.edited_body if proposal.edited_body is not None else proposal.body,
        rationale=proposal.rationale,
        blocked_reason=proposal.error if proposal.status in ("blocked", "failed") else None,
        decided_by=decider.name if decider else None,
        decided_at=proposal.decided_at,
        expires_at=proposal.expires_at,
    )
