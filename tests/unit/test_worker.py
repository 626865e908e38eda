"""The worker expires proposals nobody decided on in time, and audits it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine
from sqlmodel import Session, select

from memory.db import session_scope
from memory.models import AuditEvent, Proposal, ProposalStatus, utcnow
from memory.seed import seed_demo
from memory.users import get_user_by_name
from policies.expiry import expire_stale_proposals
from tests.conftest import FIXTURES


def test_stale_proposals_expire_once(engine: Engine) -> None:
    seed_demo(engine, FIXTURES / "maven_mini")
    now = utcnow()
    with session_scope(engine) as s:
        rep = get_user_by_name(s, name="Darcel Schlecht").id
        assert rep is not None
        s.add(Proposal(id="old", kind="email", requested_by_id=rep, expires_at=now - timedelta(minutes=1)))
        s.add(Proposal(id="fresh", kind="email", requested_by_id=rep, expires_at=now + timedelta(hours=1)))
    assert expire_stale_proposals(engine) == 1
    assert expire_stale_proposals(engine) == 0
    with Session(engine) as s:
        assert s.get(Proposal, "old").status == ProposalStatus.EXPIRED  # type: ignore[union-attr]
        assert s.get(Proposal, "fresh").status == ProposalStatus.PENDING  # type: ignore[union-attr]
        audit = s.exec(select(AuditEvent)).all()
        assert [(a.action, a.subject_id) for a in audit] == [("proposal.expired", "old")]
