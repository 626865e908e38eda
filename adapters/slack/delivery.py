"""Slack retries (``X-Slack-Retry-Num``) and duplicate deliveries: acknowledged like any other, acted on once.

The check runs after the ack, first thing in the background work: recording the id in the store is a
write, and on a busy embedded SQLite a write can wait for the lock far longer than Slack's ack budget
allows. Nothing is acted on before the id is recorded, so a redelivery still never does anything twice."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

log = logging.getLogger("dealbot.slack")
SOURCE = "slack"

SeenBefore = Callable[[str, str], Awaitable[bool]]


def delivery_id(body: dict[str, Any]) -> str | None:
    """What identifies one delivery: the event id, or the trigger id of a click, submission or command."""
    if body.get("type") == "event_callback":
        event_id = body.get("event_id")
        return event_id if isinstance(event_id, str) and event_id else None
    trigger = body.get("trigger_id")
    return f"trigger:{trigger}" if isinstance(trigger, str) and trigger else None


async def once(seen_before: SeenBefore, body: dict[str, Any], work: Coroutine[Any, Any, None]) -> None:
    """Run ``work`` for this delivery unless its id was recorded before (then drop it, logged)."""
    key = delivery_id(body)
    if key is not None and await seen_before(SOURCE, key):
        work.close()  # never started: nothing to undo
        log.info("Slack delivery %s seen before: acknowledged, not acted on", key)
        return
    await work
