"""The webhook outbox: claim due events, deliver them through a WebhookSender, retry, dead-letter.

Events are written by ``memory.stage_changes`` in the transaction of the change they report. A
deliverer claims a batch under a lease (``SELECT ... FOR UPDATE SKIP LOCKED`` on PostgreSQL, so any
number of workers can run; one conditional ``UPDATE`` on SQLite), sends outside any transaction,
then records each outcome only if it still holds the lease: the lease's own timestamp is the claim
token, so a deliverer whose lease lapsed cannot overwrite the work of the one that took over.

Delivery is at least once (a crash between the POST and the record sends again); receivers drop
duplicates by ``X-Dealbot-Event-Id``. Internal sync events need no approval, but every outcome is
audited.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, or_, update
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from bot.errors import DataError, NotFoundError
from memory.db import session_scope
from memory.models import AuditEvent, OutboxEvent, OutboxStatus, WebhookEndpoint, utcnow
from policies.senders import OutgoingWebhook, WebhookSender

ENDPOINT_REMOVED = "endpoint removed"


@dataclass(frozen=True)
class DeliveryPolicy:
    """How hard to try: attempts before dead-lettering, backoff, lease and batch size."""

    max_attempts: int = 8
    backoff_base_seconds: float = 2.0
    backoff_cap_seconds: float = 600.0
    lease_seconds: float = 60.0  # longer than one batch takes (the sender's timeout plus margin)
    batch_size: int = 50


@dataclass(frozen=True)
class Claim:
    """One claimed event, with what is needed to send it and to record the outcome."""

    id: int
    lease_until: datetime
    attempts: int
    endpoint_active: bool
    webhook: OutgoingWebhook


@dataclass
class DeliveryReport:
    claimed: int = 0
    delivered: int = 0
    retrying: int = 0
    dead: int = 0
    lost_lease: int = 0  # outcome dropped: the lease lapsed and another deliverer took the event


def backoff_seconds(failures: int, policy: DeliveryPolicy, rng: random.Random | None = None) -> float:
    """Full jitter: uniform in [0, min(cap, base * 2**(failures - 1))], so the first retry waits at most base."""
    ceiling = min(policy.backoff_cap_seconds, policy.backoff_base_seconds * 2.0 ** min(max(failures - 1, 0), 60))
    return (rng or random).uniform(0, ceiling)


def _due(now: datetime, limit: int) -> SelectOfScalar[int | None]:
    lease_free = or_(col(OutboxEvent.lease_until).is_(None), col(OutboxEvent.lease_until) <= now)
    return (
        select(col(OutboxEvent.id))
        .where(col(OutboxEvent.status) == OutboxStatus.PENDING.value, col(OutboxEvent.next_attempt_at) <= now)
        .where(lease_free)
        .order_by(col(OutboxEvent.next_attempt_at), col(OutboxEvent.id))
        .limit(limit)
    )


def claim_due(engine: Engine, *, now: datetime, limit: int, lease_seconds: float) -> list[Claim]:
    """Take up to ``limit`` due events under a lease until ``now + lease_seconds``; commits the claim."""
    lease_until = now + timedelta(seconds=lease_seconds)
    with session_scope(engine) as session:
        if engine.dialect.name == "postgresql":
            ids = list(session.exec(_due(now, limit).with_for_update(skip_locked=True)))
            if ids:
                session.execute(update(OutboxEvent).where(col(OutboxEvent.id).in_(ids)).values(lease_until=lease_until))
        else:  # SQLite runs one writer at a time: the conditional UPDATE is the claim
            claim = (
                update(OutboxEvent)
                .where(col(OutboxEvent.id).in_(_due(now, limit).scalar_subquery()))
                .values(lease_until=lease_until)
                .returning(col(OutboxEvent.id))
            )
            ids = [row[0] for row in session.execute(claim)]
        if not ids:
            return []
        rows = session.exec(
            select(OutboxEvent, WebhookEndpoint)
            .join(WebhookEndpoint, col(WebhookEndpoint.id) == col(OutboxEvent.endpoint_id))
            .where(col(OutboxEvent.id).in_(ids))
            .order_by(col(OutboxEvent.id))
        ).all()
        return [_claim(event, endpoint, lease_until) for event, endpoint in rows]


def _claim(event: OutboxEvent, endpoint: WebhookEndpoint, lease_until: datetime) -> Claim:
    webhook = OutgoingWebhook(url=endpoint.url, secret=endpoint.secret, event_id=event.event_id,
                              event_type=event.event_type, payload=dict(event.payload))  # fmt: skip
    assert event.id is not None
    return Claim(id=event.id, lease_until=lease_until, attempts=event.attempts, endpoint_active=endpoint.active,
                 webhook=webhook)  # fmt: skip


async def _attempt(sender: WebhookSender, claim: Claim) -> str | None:
    """None on success, else a one-line reason."""
    if not claim.endpoint_active:
        return ENDPOINT_REMOVED
    try:
        await sender.deliver(claim.webhook)
    except Exception as exc:  # any failure of the far end is retried, never fatal to the worker
        return (str(exc) or type(exc).__name__).splitlines()[0][:500]
    return None


async def deliver_due(
    engine: Engine,
    sender: WebhookSender,
    *,
    policy: DeliveryPolicy | None = None,
    now: datetime | None = None,
    rng: random.Random | None = None,
    actor: str = "worker",
) -> DeliveryReport:
    """Claim one batch of due events, send them concurrently, record each outcome.

    ``now`` (default: the clock) decides what is due and when a retry falls due; tests pass it to
    move time forward instead of sleeping.
    """
    policy = policy or DeliveryPolicy()
    claims = claim_due(engine, now=now or utcnow(), limit=policy.batch_size, lease_seconds=policy.lease_seconds)
    if not claims:
        return DeliveryReport()
    errors = await asyncio.gather(*(_attempt(sender, c) for c in claims))
    return record_outcomes(engine, list(zip(claims, errors, strict=True)), policy=policy, now=now, rng=rng,
                           actor=actor)  # fmt: skip


def record_outcomes(
    engine: Engine,
    outcomes: list[tuple[Claim, str | None]],
    *,
    policy: DeliveryPolicy,
    now: datetime | None = None,
    rng: random.Random | None = None,
    actor: str = "worker",
) -> DeliveryReport:
    """Write delivered / retry-later / dead for each claim still held, with an audit event each."""
    report = DeliveryReport(claimed=len(outcomes))
    at = now or utcnow()
    with session_scope(engine) as session:
        for claim, error in outcomes:
            attempts = claim.attempts + 1
            values: dict[str, object] = {"last_error": error}
            if error is None:
                status, values["delivered_at"] = OutboxStatus.DELIVERED, at
            elif error == ENDPOINT_REMOVED or attempts >= policy.max_attempts:
                status = OutboxStatus.DEAD
            else:
                status = OutboxStatus.PENDING
                values["next_attempt_at"] = at + timedelta(seconds=backoff_seconds(attempts, policy, rng))
            held = session.execute(
                update(OutboxEvent)
                .where(col(OutboxEvent.id) == claim.id, col(OutboxEvent.lease_until) == claim.lease_until)
                .where(col(OutboxEvent.status) == OutboxStatus.PENDING.value)
                .values(status=status.value, attempts=attempts, lease_until=None, **values)
            )
            if held.rowcount == 0:  # type: ignore[attr-defined]
                report.lost_lease += 1
                continue
            _tally(report, status)
            session.add(_audit(claim, status, attempts, error, actor))
    return report


def _tally(report: DeliveryReport, status: OutboxStatus) -> None:
    if status is OutboxStatus.DELIVERED:
        report.delivered += 1
    elif status is OutboxStatus.DEAD:
        report.dead += 1
    else:
        report.retrying += 1


def _audit(claim: Claim, status: OutboxStatus, attempts: int, error: str | None, actor: str) -> AuditEvent:
    action = {OutboxStatus.DELIVERED: "webhook.delivered", OutboxStatus.DEAD: "webhook.dead"}.get(
        status, "webhook.attempt_failed"
    )
    details: dict[str, object] = {"event_id": claim.webhook.event_id, "event_type": claim.webhook.event_type,
                                  "url": claim.webhook.url, "attempts": attempts}  # fmt: skip
    if error is not None:
        details["error"] = error
    return AuditEvent(actor=actor, action=action, subject_type="outbox_event", subject_id=str(claim.id),
                      details=details)  # fmt: skip


def deliver_pending(engine: Engine, sender: WebhookSender, *, policy: DeliveryPolicy, max_batches: int = 20) -> int:
    """The worker's job: deliver batches until nothing is due (at most ``max_batches``); returns how many
    were handled. Synchronous, for the worker's thread: it runs its own event loop."""

    async def drain() -> int:
        handled = 0
        for _ in range(max_batches):
            report = await deliver_due(engine, sender, policy=policy)
            handled += report.claimed
            if report.claimed < policy.batch_size:
                break
        return handled

    return asyncio.run(drain())


def retry(
    session: Session, *, ids: Sequence[int] = (), all_dead: bool = False, actor: str = "system"
) -> list[OutboxEvent]:
    """Make events due again with a fresh set of attempts: the given ids (dead or pending), or every
    dead event whose endpoint is still active. Delivered events and removed endpoints are refused."""
    if not ids and not all_dead:
        raise DataError("name the event ids to retry, or retry every dead event with --dead")
    query = select(OutboxEvent, WebhookEndpoint).join(
        WebhookEndpoint, col(WebhookEndpoint.id) == col(OutboxEvent.endpoint_id)
    )
    if ids:
        rows = session.exec(query.where(col(OutboxEvent.id).in_(list(ids)))).all()
        _check_retryable(list(ids), rows)
    else:
        dead = query.where(col(OutboxEvent.status) == OutboxStatus.DEAD.value, WebhookEndpoint.active == True)  # noqa: E712
        rows = session.exec(dead.order_by(col(OutboxEvent.id))).all()
    now = utcnow()
    revived = []
    for event, _endpoint in rows:
        previous = event.status
        event.status, event.attempts, event.next_attempt_at, event.lease_until = OutboxStatus.PENDING, 0, now, None
        session.add(event)
        details = {"event_id": event.event_id, "was": previous}
        session.add(AuditEvent(actor=actor, action="webhook.retried", subject_type="outbox_event",
                               subject_id=str(event.id), details=details))  # fmt: skip
        revived.append(event)
    session.flush()
    return revived


def _check_retryable(ids: list[int], rows: Sequence[tuple[OutboxEvent, WebhookEndpoint]]) -> None:
    found = {event.id for event, _ in rows}
    missing = [str(i) for i in ids if i not in found]
    if missing:
        raise NotFoundError(f"no outbox event with id {', '.join(missing)}")
    for event, endpoint in rows:
        if event.status == OutboxStatus.DELIVERED:
            raise DataError(f"outbox event {event.id} was already delivered")
        if not endpoint.active:
            raise DataError(f"outbox event {event.id}: its endpoint {endpoint.url} was removed")


def list_events(
    session: Session, *, status: OutboxStatus | None = None, limit: int = 50
) -> list[tuple[OutboxEvent, str]]:
    """The newest outbox events (optionally of one status) with their endpoint URL."""
    query = select(OutboxEvent, WebhookEndpoint.url).join(
        WebhookEndpoint, col(WebhookEndpoint.id) == col(OutboxEvent.endpoint_id)
    )
    if status is not None:
        query = query.where(col(OutboxEvent.status) == status.value)
    rows = session.exec(query.order_by(col(OutboxEvent.id).desc()).limit(limit)).all()
    return [(event, url) for event, url in rows]
