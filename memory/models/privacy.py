"""People who asked to be erased: kept only as a one-way hash of their email address, so later imports
and ingestion can refuse to bring them back without the store keeping who they were."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from memory.models._base import utcnow


class SuppressedContact(SQLModel, table=True):
    """A suppression-list entry: the SHA-256 of a normalised (trimmed, lower-case) email address."""

    email_sha256: str = Field(primary_key=True, min_length=64, max_length=64)
    reason: str = Field(default="erasure", max_length=50)  # "erasure" (GDPR Art. 17 / CCPA deletion)
    created_at: datetime = Field(default_factory=utcnow)
