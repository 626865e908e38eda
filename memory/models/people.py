"""dealbot users: reps, managers and admins, with their chat identities."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import String
from sqlmodel import Field, SQLModel

from memory.models._base import utcnow


class Role(StrEnum):
    REP = "rep"
    MANAGER = "manager"
    ADMIN = "admin"


class UserBase(SQLModel):
    name: str = Field(index=True, unique=True, min_length=1, max_length=200)
    email: str | None = Field(default=None, unique=True, max_length=320)
    role: Role = Field(default=Role.REP, sa_type=String(20))
    office: str | None = Field(default=None, max_length=100)
    timezone: str = Field(default="UTC", max_length=64)


class User(UserBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    manager_id: int | None = Field(default=None, foreign_key="user.id", index=True)
    slack_user_id: str | None = Field(default=None, unique=True, max_length=64)
    teams_user_id: str | None = Field(default=None, unique=True, max_length=128)
    created_at: datetime = Field(default_factory=utcnow)


class UserCreate(UserBase):
    manager_name: str | None = None


class UserUpdate(SQLModel):
    email: str | None = None
    role: Role | None = None
    office: str | None = None
    timezone: str | None = None
    slack_user_id: str | None = None
    teams_user_id: str | None = None


class UserPublic(UserBase):
    id: int
    manager_id: int | None
    slack_user_id: str | None
    teams_user_id: str | None
