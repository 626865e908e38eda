"""Signed webhook delivery over HTTP with aiohttp.

The sender knows nothing of the store or of policies: it takes anything shaped like
``policies.senders.OutgoingWebhook`` (url, secret, event id and type, payload) and POSTs it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Protocol

import aiohttp

from adapters.webhooks.signing import EVENT_HEADER, EVENT_ID_HEADER, SIGNATURE_HEADER, sign

USER_AGENT = "dealbot-webhooks/1"


class Webhook(Protocol):
    """What one delivery needs (``policies.senders.OutgoingWebhook`` has this shape)."""

    @property
    def url(self) -> str: ...
    @property
    def secret(self) -> str: ...
    @property
    def event_id(self) -> str: ...
    @property
    def event_type(self) -> str: ...
    @property
    def payload(self) -> Mapping[str, object]: ...


class WebhookDeliveryError(Exception):
    """The endpoint did not accept the event; the message is short enough to show in `outbox list`."""


def encode(payload: Mapping[str, object]) -> bytes:
    """The exact bytes that are signed and sent."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False, default=str).encode("utf-8")


class HttpWebhookSender:
    """POSTs JSON with ``X-Dealbot-Signature``, ``X-Dealbot-Event`` and ``X-Dealbot-Event-Id`` headers.

    A client session lives for one delivery: the worker runs each pass in its own event loop, and a
    session must not outlive the loop it was made in. Redirects are not followed (a signature is
    meant for the configured URL); anything but a 2xx answer raises :class:`WebhookDeliveryError`.
    """

    def __init__(self, *, timeout_seconds: float) -> None:
        self._timeout = aiohttp.ClientTimeout(total=timeout_seconds)

    async def deliver(self, webhook: Webhook) -> None:
        """Send one event; raise :class:`WebhookDeliveryError` unless the endpoint answers 2xx."""
        body = encode(webhook.payload)
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            SIGNATURE_HEADER: sign(webhook.secret, body),
            EVENT_HEADER: webhook.event_type,
            EVENT_ID_HEADER: webhook.event_id,
        }
        try:
            async with (
                aiohttp.ClientSession(timeout=self._timeout) as session,
                session.post(webhook.url, data=body, headers=headers, allow_redirects=False) as response,
            ):
                if not 200 <= response.status < 300:
                    text = (await response.text(errors="replace")).strip().replace("\n", " ")[:200]
                    raise WebhookDeliveryError(f"HTTP {response.status}" + (f": {text}" if text else ""))
        except TimeoutError:
            raise WebhookDeliveryError(f"no answer within {self._timeout.total:g} s") from None
        except aiohttp.ClientError as exc:
            raise WebhookDeliveryError(f"{type(exc).__name__}: {exc}"[:300]) from None
