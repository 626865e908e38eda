"""Webhook endpoints: the outside systems (billing, marketing automation) that receive deal events.

Removing an endpoint deactivates it rather than deleting it, so its delivered and dead events
stay listable; its pending events are dead-lettered with the reason.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from urllib.parse import urlsplit

from sqlalchemy import update
from sqlmodel import Session, col, select

from bot.errors import DataError, NotFoundError
from memory.models import AuditEvent, OutboxEvent, OutboxStatus, WebhookEndpoint
from memory.stage_changes import ALL_EVENTS, EVENT_TYPES

SUBSCRIBABLE = (*EVENT_TYPES, ALL_EVENTS)


def validate_url(url: str) -> str:
    """The URL, stripped, if it is an absolute http(s) URL with a host; a one-line DataError otherwise."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a non-numeric or out-of-range port
    except ValueError as exc:
        raise DataError(f"webhook URL {url!r} is not valid: {exc}") from None
    if parts.scheme.lower() not in {"http", "https"}:
        raise DataError(f"webhook URL {url!r} must start with http:// or https://")
    if not parts.hostname:
        raise DataError(f"webhook URL {url!r} has no host")
    if parts.username or parts.password:
        raise DataError(f"webhook URL {url!r} must not carry credentials; the secret signs each request")
    if port == 0:
        raise DataError(f"webhook URL {url!r} has port 0")
    if any(c.isspace() for c in url):
        raise DataError(f"webhook URL {url!r} contains spaces")
    if len(url) > 2000:
        raise DataError("webhook URL is longer than 2000 characters")
    return url


def validate_events(events: Iterable[str]) -> list[str]:
    """Event names, split on commas, de-duplicated in order; each must be one dealbot sends."""
    names: list[str] = []
    for item in events:
        for name in (part.strip() for part in item.split(",")):
            if name and name not in names:
                names.append(name)
    if not names:
        raise DataError(f"no events given; subscribe to one or more of {', '.join(SUBSCRIBABLE)}")
    unknown = [n for n in names if n not in SUBSCRIBABLE]
    if unknown:
        raise DataError(f"unknown event(s) {', '.join(unknown)}; use one or more of {', '.join(SUBSCRIBABLE)}")
    return names


def add_endpoint(
    session: Session, *, url: str, events: Iterable[str], secret: str | None = None, actor: str = "system"
) -> WebhookEndpoint:
    """Register an endpoint; with no secret a random one is made (read it back from the result)."""
    url = validate_url(url)
    names = validate_events(events)
    if secret is not None and not secret.strip():
        raise DataError("webhook secret must not be empty")
    if secret is not None and len(secret) > 500:
        raise DataError("webhook secret is longer than 500 characters")
    active = select(WebhookEndpoint).where(WebhookEndpoint.active == True)  # noqa: E712
    clash = session.exec(active.where(WebhookEndpoint.url == url)).first()
    if clash is not None:
        raise DataError(f"an endpoint for {url} already exists (id {clash.id}); remove it first")
    endpoint = WebhookEndpoint(url=url, events=names, secret=secret or secrets.token_hex(32))
    session.add(endpoint)
    session.flush()
    session.add(AuditEvent(actor=actor, action="webhook.endpoint_added", subject_type="webhook_endpoint",
                           subject_id=str(endpoint.id), details={"url": url, "events": names}))  # fmt: skip
    return endpoint


def list_endpoints(session: Session, *, include_removed: bool = False) -> list[WebhookEndpoint]:
    """Endpoints in the order they were added; removed ones only when asked."""
    query = select(WebhookEndpoint).order_by(col(WebhookEndpoint.id))
    if not include_removed:
        query = query.where(WebhookEndpoint.active == True)  # noqa: E712
    return list(session.exec(query))


def remove_endpoint(session: Session, *, endpoint_id: int, actor: str = "system") -> tuple[WebhookEndpoint, int]:
    """Deactivate an endpoint and dead-letter its pending events; returns it and how many were dropped."""
    endpoint = session.get(WebhookEndpoint, endpoint_id)
    if endpoint is None or not endpoint.active:
        raise NotFoundError(f"no active webhook endpoint with id {endpoint_id}")
    endpoint.active = False
    session.add(endpoint)
    dropped = session.execute(
        update(OutboxEvent)
        .where(col(OutboxEvent.endpoint_id) == endpoint_id, col(OutboxEvent.status) == OutboxStatus.PENDING.value)
        .values(status=OutboxStatus.DEAD.value, last_error="endpoint removed", lease_until=None)
        .returning(col(OutboxEvent.id))
    ).all()
    details = {"url": endpoint.url, "pending_dropped": len(dropped)}
    session.add(AuditEvent(actor=actor, action="webhook.endpoint_removed", subject_type="webhook_endpoint",
                           subject_id=str(endpoint_id), details=details))  # fmt: skip
    session.flush()
    return endpoint, len(dropped)
