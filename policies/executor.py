"""Carrying out approved proposals, exactly once per approval.

An approved proposal is claimed with a conditional UPDATE (status and lease checked in the same
statement), so of any number of web processes and workers exactly one gets it. The claim is a
lease: if the claimer dies before sending, the lease lapses and a worker claims it again. A
claimer marks it sent only while it still holds the claim. Each email carries a Message-ID
derived from the proposal, the same on every attempt, so a mail server can drop a duplicate.
Kinds this module has no executor for are never carried out (fail closed)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Engine, and_, or_, select, update
from sqlmodel import Session, col

from memory.db import session_scope
from memory.models import AuditEvent, Contact, Proposal, ProposalStatus, User, utcnow
from policies.senders import EmailSender, OutgoingEmail

log = logging.getLogger("dealbot.executor")
KNOWN_KINDS = frozenset({"email"})


@dataclass(frozen=True)
class ExecutorConfig:
    from_address: str | None = None  # send "Rep via dealbot <from_address>" with Reply-To the rep
    lease: timedelta = timedelta(minutes=2)
    max_attempts: int = 5
    retry_delay: timedelta = timedelta(seconds=30)


class ProposalExecutor:
    """Claims approved proposals and sends them through the senders it was given."""

    def __init__(self, engine: Engine, *, email_sender: EmailSender | None, config: ExecutorConfig) -> None:
        self._engine = engine
        self._email = email_sender
        self._config = config

    @property
    def can_send_email(self) -> bool:
        return self._email is not None

    async def run_due(self, *, worker: str, now: datetime | None = None, limit: int = 20) -> int:
        """Execute every approved proposal whose turn has come; returns how many were sent."""
        if self._email is None:
            return 0
        now = now or utcnow()
        sent = 0
        for proposal_id in self._candidates(now, limit):
            sent += await self.execute(proposal_id, worker=worker, now=now) == ProposalStatus.SENT
        return sent

    async def execute(self, proposal_id: str, *, worker: str, now: datetime | None = None) -> str | None:
        """Claim and carry out one proposal; returns its new status, or None if someone else holds it."""
        now = now or utcnow()
        if self._email is None or not self._claim(proposal_id, worker, now):
            return None
        with Session(self._engine, expire_on_commit=False) as session:
            proposal = session.get(Proposal, proposal_id)
            assert proposal is not None
            if proposal.kind not in KNOWN_KINDS:
                return self._finish(proposal_id, worker, ProposalStatus.FAILED, f"no executor for {proposal.kind!r}")
            email, problem = _compose(session, proposal, self._config)
        if email is None:
            return self._finish(proposal_id, worker, ProposalStatus.BLOCKED, problem)
        try:
            await self._email.send(email)
        except Exception as exc:  # any failure of the mail server or network is retried, then reported
            return self._retry_or_fail(proposal_id, worker, now, f"{type(exc).__name__}: {exc}")
        return self._finish(proposal_id, worker, ProposalStatus.SENT, None, message_id=email.message_id)

    def _candidates(self, now: datetime, limit: int) -> list[str]:
        query = select(col(Proposal.id)).where(_claimable(now)).order_by(col(Proposal.decided_at)).limit(limit)
        with session_scope(self._engine) as session:
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            return [row[0] for row in session.execute(query)]

    def _claim(self, proposal_id: str, worker: str, now: datetime) -> bool:
        with session_scope(self._engine) as session:
            result = session.execute(
                update(Proposal)
                .where(col(Proposal.id) == proposal_id, _claimable(now))
                .values(
                    status=ProposalStatus.SENDING.value,
                    claimed_by=worker,
                    lease_until=now + self._config.lease,
                    attempts=col(Proposal.attempts) + 1,
                )  # fmt: skip
            )
            return bool(getattr(result, "rowcount", 0) == 1)

    def _finish(
        self, proposal_id: str, worker: str, status: ProposalStatus, error: str | None, message_id: str | None = None
    ) -> str:
        with session_scope(self._engine) as session:
            values: dict[str, object] = {"status": status.value, "error": error, "lease_until": None}
            if status == ProposalStatus.SENT:
                values |= {"executed_at": utcnow(), "message_id": message_id}
            result = session.execute(update(Proposal).where(*_held_by(proposal_id, worker)).values(**values))
            if getattr(result, "rowcount", 0) != 1:
                log.warning("proposal %s: lost the claim before recording %s", proposal_id, status.value)
            details = {"error": error, "message_id": message_id}
            session.add(AuditEvent(actor=f"worker:{worker}", action=f"proposal.{status.value}", subject_type="proposal",
                                   subject_id=proposal_id, details=details))  # fmt: skip
        return status.value

    def _retry_or_fail(self, proposal_id: str, worker: str, now: datetime, error: str) -> str:
        with session_scope(self._engine) as session:
            attempts = session.execute(
                select(col(Proposal.attempts)).where(col(Proposal.id) == proposal_id)
            ).scalar_one()
        if attempts >= self._config.max_attempts:
            return self._finish(
                proposal_id, worker, ProposalStatus.FAILED, f"gave up after {attempts} attempts: {error}"
            )
        delay = self._config.retry_delay * 2 ** (attempts - 1)
        with session_scope(self._engine) as session:
            session.execute(
                update(Proposal)
                .where(*_held_by(proposal_id, worker))
                .values(status=ProposalStatus.APPROVED.value, lease_until=now + delay, error=error)
            )
            session.add(AuditEvent(actor=f"worker:{worker}", action="proposal.send_failed", subject_type="proposal",
                                   subject_id=proposal_id, details={"error": error, "attempt": attempts}))  # fmt: skip
        log.warning("proposal %s: attempt %d failed (%s); retrying in %s", proposal_id, attempts, error, delay)
        return ProposalStatus.APPROVED.value


def _claimable(now: datetime) -> ColumnElement[bool]:
    """Approved and not waiting for a retry, or being sent by someone whose lease has lapsed."""
    status, lease = col(Proposal.status), col(Proposal.lease_until)
    return or_(
        and_(status == ProposalStatus.APPROVED.value, or_(lease.is_(None), lease <= now)),
        and_(status == ProposalStatus.SENDING.value, lease <= now),
    )


def _held_by(proposal_id: str, worker: str) -> tuple[ColumnElement[bool], ...]:
    return (
        col(Proposal.id) == proposal_id,
        col(Proposal.status) == ProposalStatus.SENDING.value,
        col(Proposal.claimed_by) == worker,
    )


def _compose(session: Session, proposal: Proposal, config: ExecutorConfig) -> tuple[OutgoingEmail | None, str | None]:
    """The email to send, or None with the reason it must not go (consent withdrawn since the draft)."""
    contact = session.get(Contact, proposal.contact_id) if proposal.contact_id else None
    if contact is not None and contact.email_opt_out:
        return None, f"{contact.name} has opted out of email"
    recipient = contact.email if contact else proposal.recipient
    if not recipient:
        return None, "the draft has no recipient"
    rep = session.get(User, proposal.requested_by_id)
    rep_name = rep.name if rep else "dealbot"
    rep_address = rep.email if rep and rep.email else None
    if config.from_address:
        sender, reply_to = f"{rep_name} via dealbot <{config.from_address}>", rep_address
    elif rep_address:
        sender, reply_to = f"{rep_name} <{rep_address}>", None
    else:
        return None, "neither SMTP_FROM nor the rep's email address is set"
    domain = (config.from_address or rep_address or "dealbot.invalid").rsplit("@", 1)[-1]
    email = OutgoingEmail(
        sender=sender,
        recipient=f"{contact.name} <{recipient}>" if contact else recipient,
        subject=proposal.subject or "(no subject)",
        body=proposal.edited_body if proposal.edited_body is not None else proposal.body,
        message_id=f"<dealbot.{proposal.id}@{domain}>",
        reply_to=reply_to,
        in_reply_to=proposal.in_reply_to,
        references=(proposal.in_reply_to,) if proposal.in_reply_to else (),
    )
    return email, None
