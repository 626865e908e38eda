"""Which drafts wait for a person's decision: the home screen and the chat ("show my pending drafts") ask the same."""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from memory.models import Proposal, ProposalStatus, Role, User, utcnow
from memory.users import team_of


def awaiting_decision(session: Session, *, user: User, limit: int) -> tuple[list[str], int]:
    """The ids of the newest ``limit`` pending, unexpired drafts ``user`` may decide (their own, their team's when
    they manage one, anyone's for an admin), and how many there are in all."""
    where = [col(Proposal.status) == ProposalStatus.PENDING.value, col(Proposal.expires_at) > utcnow()]
    if user.role != Role.ADMIN:
        team = [m.id for m in team_of(session, manager=user)] if user.role == Role.MANAGER else []
        where.append(col(Proposal.requested_by_id).in_([user.id, *team]))
    ids = session.exec(select(Proposal.id).where(*where).order_by(col(Proposal.created_at).desc()).limit(limit)).all()
    total = session.exec(select(func.count()).select_from(Proposal).where(*where)).one()
    return list(ids), int(total)
