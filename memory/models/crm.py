"""The CRM core: accounts, their contacts, products, deals and each deal's stage history."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Index, String
from sqlmodel import Field, SQLModel

from memory.models._base import json_column, utcnow


class Stage(StrEnum):
    PROSPECTING = "Prospecting"
    ENGAGING = "Engaging"
    WON = "Won"
    LOST = "Lost"


OPEN_STAGES: tuple[Stage, ...] = (Stage.PROSPECTING, Stage.ENGAGING)
CLOSED_STAGES: tuple[Stage, ...] = (Stage.WON, Stage.LOST)


class AccountBase(SQLModel):
    name: str = Field(index=True, unique=True, min_length=1, max_length=200)
    sector: str | None = Field(default=None, max_length=100)
    year_established: int | None = Field(default=None, ge=1600, le=2100)
    revenue_musd: float | None = Field(default=None, ge=0)  # annual revenue, millions of USD
    employees: int | None = Field(default=None, ge=0)
    headquarters: str | None = Field(default=None, max_length=100)
    parent_name: str | None = Field(default=None, max_length=200)


class Account(AccountBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    attributes: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())
    created_at: datetime = Field(default_factory=utcnow)


class AccountCreate(AccountBase):
    pass


class AccountPublic(AccountBase):
    id: int


class ContactBase(SQLModel):
    name: str = Field(min_length=1, max_length=200)
    email: str = Field(index=True, unique=True, max_length=320)
    title: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=64)
    email_opt_out: bool = False  # the contact asked not to be emailed


class Contact(ContactBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    account_id: int | None = Field(default=None, foreign_key="account.id", index=True)
    synthetic: bool = False  # made up by the demo seed, not a real person
    attributes: dict[str, Any] = Field(default_factory=dict, sa_column=json_column())
    created_at: datetime = Field(default_factory=utcnow)


class ContactCreate(ContactBase):
    account: str | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)


class ContactPublic(ContactBase):
    id: int
    account_id: int | None


class Product(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=100)
    series: str | None = Field(default=None, max_length=100)
    list_price: float = Field(ge=0)


class DealBase(SQLModel):
    external_id: str = Field(index=True, unique=True, min_length=1, max_length=64)
    stage: Stage = Field(sa_type=String(20))
    engage_date: date | None = None
    close_date: date | None = None
    close_value: float | None = Field(default=None, ge=0)
    expected_close: date | None = None


class Deal(DealBase, table=True):
    __table_args__ = (Index("ix_deal_owner_stage", "owner_id", "stage"),)

    id: int | None = Field(default=None, primary_key=True)
    owner_id: int = Field(foreign_key="user.id")
    product_id: int = Field(foreign_key="product.id", index=True)
    account_id: int | None = Field(default=None, foreign_key="account.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class DealCreate(DealBase):
    owner: str
    product: str
    account: str | None = None


class DealUpdate(SQLModel):
    stage: Stage | None = None
    close_date: date | None = None
    close_value: float | None = None
    expected_close: date | None = None


class DealPublic(DealBase):
    id: int
    owner_id: int
    product_id: int
    account_id: int | None


class DealStageChange(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(foreign_key="deal.id", index=True)
    from_stage: Stage | None = Field(default=None, sa_type=String(20))
    to_stage: Stage = Field(sa_type=String(20))
    changed_on: date | None = None  # the business date of the change, when known
    source: str = Field(default="system", max_length=50)
    recorded_at: datetime = Field(default_factory=utcnow)
