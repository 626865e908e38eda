"""Neutral event types shared by every adapter (Slack, Teams, console).

Adapters translate platform payloads into an :class:`IncomingMessage` and render a
:class:`Reply` back; nothing else crosses the edge. ``raw`` keeps the platform payload
for the rare case that needs it (the opsdroid connector convention).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Platform = Literal["console", "slack", "teams"]


@dataclass(frozen=True)
class IncomingMessage:
    """A message someone wrote to dealbot, on any platform."""

    platform: Platform
    user_ref: str  # platform user id (Slack U..., Teams AAD id) or, on the console, a name
    text: str
    conversation_id: str = "console"
    thread_id: str | None = None
    event_id: str | None = None  # for retry de-duplication
    today: date | None = None  # fixes "today" (the demo data lives in 2016-2017)
    user_email: str | None = None
    raw: dict[str, Any] | None = None


@dataclass(frozen=True)
class Fact:
    """One labelled value in a structured reply block (rendered as a field or a table cell)."""

    label: str
    value: str


@dataclass(frozen=True)
class Block:
    """A structured part of a reply: a titled set of facts or rows, platform-neutral."""

    title: str
    facts: tuple[Fact, ...] = ()
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Reply:
    """What dealbot answers: text always, structured blocks where they help."""

    text: str
    kind: Literal["answer", "proposal", "refusal", "error"] = "answer"
    blocks: tuple[Block, ...] = ()
    basis: str | None = None  # one line on where the numbers come from
    proposal_ids: tuple[str, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)
