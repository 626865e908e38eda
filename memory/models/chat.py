"""Where to reach a person outside a turn: a chat platform's address for them (Teams ConversationReference)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from memory.models._base import json_column, utcnow


class ChatAddress(SQLModel, table=True):
    """The latest personal-chat address of one platform user, kept so the worker can message them."""

    __table_args__ = (UniqueConstraint("platform", "user_ref"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=20)
    user_ref: str = Field(max_length=128)  # Teams: the AAD object id (User.teams_user_id)
    user_email: str | None = Field(default=None, max_length=320, index=True)  # from the roster, for email links
    conversation_id: str = Field(max_length=500)
    reference: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())  # serialised, as sent
    updated_at: datetime = Field(default_factory=utcnow)
