"""What happened: interactions with customers, proposals awaiting approval, audit, inbound ids."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import String
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
    created_at: datetime = Field(default_factory=utcnow)


class ProposalStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
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
