"""Changing a deal's stage, with its history, audit and webhook events in the caller's transaction.

Every path that moves a deal (chat, ``dealbot deal stage``, ingestion confirmations) goes through
:func:`change_stage`, so a stage change and the events that report it commit or roll back together
(the transactional outbox). Nothing here commits; ``policies.outbox`` delivers what was written.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from bot.errors import DataError, NotFoundError
from memory.models import (
    CLOSED_STAGES,
    Account,
    AuditEvent,
    Deal,
    DealStageChange,
    OutboxEvent,
    Product,
    Stage,
    User,
    WebhookEndpoint,
    utcnow,
)

STAGE_CHANGED = "deal.stage_changed"
CLOSING_EVENTS = {Stage.WON: "deal.won", Stage.LOST: "deal.lost"}
EVENT_TYPES = (STAGE_CHANGED, *CLOSING_EVENTS.values())
ALL_EVENTS = "*"


@dataclass
class StageChangeResult:
    """What one change wrote: the history row and the events queued (one row per endpoint)."""

    change: DealStageChange
    event_ids: dict[str, str] = field(default_factory=dict)  # event type -> event id
    outbox: list[OutboxEvent] = field(default_factory=list)


def parse_stage(text: str) -> Stage:
    """A stage from its name, any case; a clear error naming the stages otherwise."""
    for stage in Stage:
        if stage.value.lower() == text.strip().lower():
            return stage
    raise DataError(f"unknown stage {text!r}; use one of {', '.join(s.value for s in Stage)}")


def get_deal(session: Session, *, external_id: str) -> Deal:
    """The deal with this opportunity id (case-insensitive)."""
    wanted = external_id.strip().upper()
    deal = session.exec(select(Deal).where(func.upper(Deal.external_id) == wanted)).first()
    if deal is None:
        raise NotFoundError(f"unknown opportunity {external_id!r}")
    return deal


def event_types_for(to_stage: Stage) -> list[str]:
    """``deal.stage_changed`` always, plus ``deal.won`` / ``deal.lost`` when the deal closes."""
    closing = CLOSING_EVENTS.get(to_stage)
    return [STAGE_CHANGED, closing] if closing else [STAGE_CHANGED]


def subscribers(session: Session, *, event_type: str) -> list[WebhookEndpoint]:
    """Active endpoints that asked for ``event_type`` (or for everything with ``*``)."""
    endpoints = session.exec(select(WebhookEndpoint).where(WebhookEndpoint.active == True)).all()  # noqa: E712
    return [e for e in endpoints if event_type in e.events or ALL_EVENTS in e.events]


def change_stage(
    session: Session,
    *,
    deal: Deal,
    to_stage: Stage | str,
    source: str,
    actor: str,
    on: date | None = None,
    close_value: float | None = None,
) -> StageChangeResult:
    """Move ``deal`` to ``to_stage`` and write its history, audit and outbox rows; commits nothing.

    The deal row is re-read under a row lock (PostgreSQL) so two concurrent changes of one deal
    record a consistent from/to path. Closing a deal sets ``close_date`` (``on`` or today) when it
    has none; reopening one clears its close date and value; ``close_value``, when given, is stored with the change.
    """
    stage = to_stage if isinstance(to_stage, Stage) else parse_stage(to_stage)
    session.flush()
    session.refresh(deal, with_for_update=True)
    from_stage = Stage(deal.stage)
    if from_stage == stage:
        raise DataError(f"deal {deal.external_id} is already {stage.value}")
    if close_value is not None and close_value < 0:
        raise DataError(f"close value must not be negative (got {close_value})")
    now = utcnow()
    changed_on = on or now.date()
    deal.stage = stage
    if stage in CLOSED_STAGES and deal.close_date is None:
        deal.close_date = changed_on
    if stage not in CLOSED_STAGES:  # reopened: an open deal has no close yet (its old close stays in the history)
        deal.close_date, deal.close_value = None, None
    if close_value is not None:
        deal.close_value = close_value
    deal.updated_at = now
    session.add(deal)
    change = DealStageChange(deal_id=_id(deal), from_stage=from_stage, to_stage=stage, changed_on=changed_on,
                             source=source, recorded_at=now)  # fmt: skip
    session.add(change)
    result = StageChangeResult(change=change)
    facts = _deal_facts(session, deal, from_stage, changed_on, source)
    for event_type in event_types_for(stage):
        event_id = f"evt_{uuid.uuid4().hex}"
        result.event_ids[event_type] = event_id
        payload = {"id": event_id, "type": event_type, "occurred_at": now.isoformat(), "data": facts}
        for endpoint in subscribers(session, event_type=event_type):
            row = OutboxEvent(event_id=event_id, event_type=event_type, endpoint_id=_id(endpoint), payload=payload,
                              next_attempt_at=now, created_at=now)  # fmt: skip
            session.add(row)
            result.outbox.append(row)
    session.add(_audit(deal, from_stage, stage, source, actor, result))
    session.flush()
    return result


def _deal_facts(session: Session, deal: Deal, from_stage: Stage, changed_on: date, source: str) -> dict[str, Any]:
    """The payload's ``data``: names rather than ids, so a receiver needs no lookups."""
    account = session.get(Account, deal.account_id) if deal.account_id is not None else None
    owner = session.get(User, deal.owner_id)
    product = session.get(Product, deal.product_id)
    return {
        "opportunity_id": deal.external_id,
        "account": account.name if account else None,
        "owner": owner.name if owner else None,
        "owner_email": owner.email if owner else None,
        "product": product.name if product else None,
        "from_stage": from_stage.value,
        "to_stage": Stage(deal.stage).value,
        "close_value": deal.close_value,
        "close_date": deal.close_date.isoformat() if deal.close_date else None,
        "changed_on": changed_on.isoformat(),
        "source": source,
    }


def _audit(
    deal: Deal, from_stage: Stage, to_stage: Stage, source: str, actor: str, result: StageChangeResult
) -> AuditEvent:
    details = {
        "from_stage": from_stage.value,
        "to_stage": to_stage.value,
        "source": source,
        "events": result.event_ids,
        "outbox_rows": len(result.outbox),
    }
    return AuditEvent(actor=actor, action="deal.stage_changed", subject_type="deal", subject_id=deal.external_id,
                      details=details)  # fmt: skip


def _id(row: Deal | WebhookEndpoint) -> int:
    if row.id is None:
        raise ValueError(f"{type(row).__name__} has no id yet; flush it first")
    return row.id
