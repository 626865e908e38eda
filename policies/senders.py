"""What the approval gate and the outbox need from the outside world, as interfaces.

The real senders live in ``adapters/`` (SMTP, signed HTTP webhooks); ``bot/`` hands them to
``policies`` at start-up, so at run time only policies holds a sender."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class OutgoingEmail:
    sender: str  # "Name <address>"
    recipient: str
    subject: str
    body: str
    message_id: str  # the same on every attempt, so a receiving server can drop a duplicate
    reply_to: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()


class EmailSender(Protocol):
    async def send(self, email: OutgoingEmail) -> None:
        """Hand the email to the mail server; raise on any failure (the executor retries)."""


@dataclass(frozen=True)
class OutgoingWebhook:
    url: str
    secret: str
    event_id: str
    event_type: str
    payload: dict[str, object] = field(default_factory=dict)


class WebhookSender(Protocol):
    async def deliver(self, webhook: OutgoingWebhook) -> None:
        """POST the signed event; raise on a non-2xx answer or a network failure (the outbox retries)."""
