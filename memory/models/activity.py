"""What happened: interactions with customers, proposals awaiting approval, audit, inbound ids."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, Index, String
from sqlmodel import Field, SQLModel

from memory.models._base import json_column, utcnow


class InteractionKind(StrEnum):
    EMAIL = "email"
    CALL = "call"
    MEETING = "meeting"
    NOTE = "note"
    VOICE_NOTE = "voice_note"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    INTERNAL = "internal"


class Interaction(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    kind: InteractionKind = Field(sa_type=String(20))
    direction: Direction = Field(default=Direction.INBOUND, sa_type=String(20))
    occurred_at: datetime = Field(index=True)
    subject: str | None = Field(default=None, max_length=500)
    raw_text: str
    account_id: int | None = Field(default=None, foreign_key="account.id", index=True)
    deal_id: int | None = Field(default=None, foreign_key="deal.id", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    logged_by_id: int | None = Field(default=None, foreign_key="user.id")
    source_ref: str = Field(unique=True, max_length=500)  # e.g. Message-ID; makes re-ingestion a no-op
    sentiment: float | None = None
    extracted: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())
    # extracted["proposed_update"]["status"] copied where it can be indexed: "which updates wait for whom"
    # must not scan every interaction's JSON (memory/ingest/updates.py keeps the two in step).
    update_status: str | None = Field(default=None, max_length=10)
    created_at: datetime = Field(default_factory=utcnow)

    __table_args__ = (Index("ix_interaction_update_status", "update_status", "occurred_at"),)


class ProposalStatus(StrEnum):
    """pending -> approved -> sending -> sent | failed; or pending -> rejected | expired; blocked from the start."""

    PENDING = "pending"
    APPROVED = "approved"
    SENDING = "sending"  # claimed by one executor under a lease; a lapsed lease is claimed again
    REJECTED = "rejected"
    EXPIRED = "expired"
    BLOCKED = "blocked"
    SENT = "sent"
    FAILED = "failed"


class Proposal(SQLModel, table=True):
    """An outbound action that waits for a human. Only ``policies`` may execute one."""

    id: str = Field(primary_key=True, max_length=32)
    kind: str = Field(max_length=50)  # e.g. "email"; unknown kinds always need approval
    status: ProposalStatus = Field(default=ProposalStatus.PENDING, index=True, sa_type=String(20))
    requested_by_id: int = Field(foreign_key="user.id", index=True)
    deal_id: int | None = Field(default=None, foreign_key="deal.id")
    account_id: int | None = Field(default=None, foreign_key="account.id")
    contact_id: int | None = Field(default=None, foreign_key="contact.id")
    recipient: str | None = Field(default=None, max_length=320)
    subject: str | None = Field(default=None, max_length=500)
    body: str = ""
    rationale: str = ""
    drafted_by: str = Field(default="dealbot", max_length=100)
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    decided_by_id: int | None = Field(default=None, foreign_key="user.id")
    decided_at: datetime | None = None
    edited_body: str | None = None
    executed_at: datetime | None = None
    error: str | None = None
    attempts: int = 0
    claimed_by: str | None = Field(default=None, max_length=100)
    lease_until: datetime | None = None
    message_id: str | None = Field(default=None, max_length=300)  # stable across retries, for receiver dedupe
    in_reply_to: str | None = Field(default=None, max_length=300)  # Message-ID of the thread being answered


class AuditEvent(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = Field(max_length=200)  # "user:12", "system", "worker"
    action: str = Field(max_length=100, index=True)
    subject_type: str = Field(max_length=50)
    subject_id: str = Field(max_length=100)
    details: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())


class ProcessedEvent(SQLModel, table=True):
    """Inbound event ids already handled (Slack retries, Teams redeliveries)."""

    source: str = Field(primary_key=True, max_length=20)
    event_id: str = Field(primary_key=True, max_length=200)
    seen_at: datetime = Field(default_factory=utcnow)


class ConversationTurn(SQLModel, table=True):
    """One message of a chat thread, so follow-up questions work on any web process."""

    id: int | None = Field(default=None, primary_key=True)
    thread_key: str = Field(index=True, max_length=300)  # platform:conversation:thread
    role: str = Field(sa_type=String(10))  # "user" or "assistant"
    text: str
    at: datetime = Field(default_factory=utcnow)


class WebhookEndpoint(SQLModel, table=True):
    """An outside system (billing, marketing automation) that receives deal events, signed with its secret."""

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(max_length=2000)
    events: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    secret: str = Field(max_length=500)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class OutboxStatus(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    DEAD = "dead"  # gave up after the maximum number of attempts; `dealbot outbox retry` revives it


class OutboxEvent(SQLModel, table=True):
    """One event for one endpoint, written in the same transaction as the change it reports."""

    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(index=True, max_length=64)  # shared by the copies of one event to several endpoints
    event_type: str = Field(index=True, max_length=100)  # e.g. "deal.won", "deal.stage_changed"
    endpoint_id: int = Field(foreign_key="webhookendpoint.id", index=True)
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())
    status: OutboxStatus = Field(default=OutboxStatus.PENDING, index=True, sa_type=String(20))
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, index=True)
    lease_until: datetime | None = None
    last_error: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    delivered_at: datetime | None = None
