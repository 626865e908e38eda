"""The worker job that brings proposed deal updates to the deal's owner: a Confirm / Edit / Dismiss card in
their Slack DM (when their Slack id is linked and Slack is configured), else in their Teams personal chat
(when they ever talked to the bot there). Each card is posted once: the update is claimed in its JSON with a
compare-and-swap before posting and marked delivered after (see ``memory.ingest.updates`` for the shape).

Notes the deal's owner logged in chat are skipped (the answer already carried the card), and so are updates
ingested more than :data:`RECENT` ago (an import of old mail must not flood anyone) or for a deal that has a
newer pending one (only the newest is shown; the others stay in ``dealbot updates list``). A claim
older than :data:`LEASE` (a worker that died mid-post) is tried again, and a failed post up to
:data:`MAX_ATTEMPTS` times; an owner the bot cannot reach is marked ``unreachable``.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from adapters.slack import send_update_card
from bot.events import Reply, UpdateCard
from bot.services import Services
from bot.slack_wiring import slack_config
from bot.teams_wiring import notify_teams_user_sync
from memory.chat_addresses import address_for_user
from memory.db import session_scope
from memory.ingest.updates import KEY, list_updates, read_extracted, swap_extracted
from memory.models import Deal, User, utcnow
from policies.update_cards import update_card_for

log = logging.getLogger("dealbot.worker")
LEASE = timedelta(minutes=10)
MAX_ATTEMPTS = 3
PER_PASS = 20
RECENT = timedelta(days=14)  # updates ingested longer ago than this are not pushed to chat
EVERY = timedelta(seconds=15)  # the worker polls every second; scanning for due cards that often is waste


def update_cards_job() -> Callable[[Services], int]:
    """:func:`deliver_update_cards` at most every :data:`EVERY` (the worker calls jobs on every pass)."""
    last: list[datetime] = []

    def job(services: Services) -> int:
        now = utcnow()
        if last and now - last[0] < EVERY:
            return 0
        last[:] = [now]
        return deliver_update_cards(services)

    return job


def deliver_update_cards(services: Services) -> int:
    """Post the pending update cards that are due; how many were posted."""
    posted = 0
    for interaction_id, owner_id in _due(services):
        platform = _platform(services, owner_id)

        def claim(current: dict[str, Any], platform: str | None = platform) -> dict[str, Any] | None:
            attempts = int(current.get("attempts") or 0) + 1
            return _delivery("sending", platform, attempts=attempts) if _claimable(current) else None

        claimed = _mark(services, interaction_id, claim)
        if claimed is None or platform is None:
            continue  # another worker has it, someone decided meanwhile, or (None platform) marked unreachable
        with Session(services.engine) as session:
            card = update_card_for(session, interaction_id=interaction_id)
        try:
            sent = card is not None and _send(services, platform, owner_id, card)
            error = None if sent else "the chat platform refused the message"
        except Exception as exc:  # one owner's failure must not stop the others
            log.warning("update card %s not delivered: %s", interaction_id, exc)
            sent, error = False, f"{type(exc).__name__}: {exc}"[:300]
        done = _delivery("delivered" if sent else "failed", platform, error=error, attempts=claimed["attempts"])
        _mark(services, interaction_id, functools.partial(_finish, done))
        posted += bool(sent)
    return posted


def _finish(done: dict[str, Any], current: dict[str, Any]) -> dict[str, Any] | None:
    return done if current.get("status") == "sending" else None


def _due(services: Services) -> list[tuple[int, int]]:
    """(interaction id, owner id) of the updates to post now, newest first, one per deal."""
    due: list[tuple[int, int]] = []
    seen_deals: set[int] = set()
    with Session(services.engine) as session:
        for row in list_updates(session, status="proposed", limit=PER_PASS * 10):
            deal_id = row.deal_id
            if deal_id is None or deal_id in seen_deals or row.id is None:
                continue
            seen_deals.add(deal_id)
            if row.created_at < utcnow() - RECENT:
                break  # older ones (a bulk import of old mail) stay in `dealbot updates list`, unannounced
            deal = session.get(Deal, deal_id)
            if deal is None or not _claimable((row.extracted or {}).get(KEY, {}).get("delivery") or {}):
                continue
            from_chat = str((row.extracted or {}).get("source") or "").startswith("chat:")
            if from_chat and row.logged_by_id == deal.owner_id:
                continue  # the owner logged it in chat: the answer carried the card
            due.append((row.id, deal.owner_id))
            if len(due) >= PER_PASS:
                break
    return due


def _claimable(delivery: dict[str, Any]) -> bool:
    status = delivery.get("status")
    if status is None:
        return True
    if status == "failed":
        return int(delivery.get("attempts") or 0) < MAX_ATTEMPTS
    if status == "sending":
        at = delivery.get("at")
        return at is None or datetime.fromisoformat(at) < utcnow() - LEASE
    return False


def _delivery(status: str, platform: str | None, *, error: str | None = None, attempts: int = 0) -> dict[str, Any]:
    return {"status": status if platform else "unreachable", "platform": platform, "at": utcnow().isoformat(),
            "attempts": attempts, "error": error}  # fmt: skip


def _mark(
    services: Services, interaction_id: int, make: Callable[[dict[str, Any]], dict[str, Any] | None]
) -> dict[str, Any] | None:
    """Set the update's ``delivery`` to ``make(current delivery)`` if it is still proposed and ``make`` agrees
    (not None); the new delivery, or None when the row changed under us or ``make`` declined."""
    with session_scope(services.engine) as session:
        stored = read_extracted(session, interaction_id)
        if stored is None:
            return None
        raw, extracted = stored
        update = extracted.get(KEY)
        if not isinstance(update, dict) or update.get("status", "proposed") != "proposed":
            return None
        new = make(update.get("delivery") or {})
        if new is None:
            return None
        update["delivery"] = new
        return new if swap_extracted(session, interaction_id, raw, extracted) else None


def _platform(services: Services, owner_id: int) -> str | None:
    """Where the owner can be reached: Slack first (when configured and linked), then a Teams personal chat."""
    with Session(services.engine) as session:
        owner = session.get(User, owner_id)
        if owner is None:
            return None
        if services.settings.slack_enabled and owner.slack_user_id:
            return "slack"
        if address_for_user(session, platform="teams", user_id=owner_id) is not None:
            return "teams"
    return None


def _send(services: Services, platform: str, owner_id: int, card: UpdateCard) -> bool:
    intro = f"From {card.source}: does this change {card.deal} ({card.account})?"
    if platform == "slack":
        with Session(services.engine) as session:
            owner = session.get(User, owner_id)
            slack_id = owner.slack_user_id if owner else None
        if not slack_id:
            return False
        return asyncio.run(send_update_card(slack_config(services.settings), slack_id, card, intro=intro))
    return notify_teams_user_sync(services, user_id=owner_id, reply=Reply(text=intro, update_cards=(card,)))
