"""Alerts for the people who run dealbot (users with the admin role), in their direct chat with the bot:
Slack when Slack is configured and their Slack id is linked, else Teams when they ever talked to the bot
there. An admin the bot cannot reach is logged, never an error: the alert is in the log either way."""

from __future__ import annotations

import asyncio
import logging

from sqlmodel import Session, col, select

from adapters.slack import send_direct_text
from bot.events import Reply
from bot.services import Services
from bot.slack_wiring import slack_config
from bot.teams_wiring import notify_teams_user_sync
from memory.chat_addresses import address_for_user
from memory.models import Role, User

log = logging.getLogger("dealbot.worker")


def alert_admins(services: Services, text: str) -> int:
    """Send ``text`` to every admin the bot can reach; how many got it."""
    with Session(services.engine) as session:
        admins = list(session.exec(select(User).where(col(User.role) == Role.ADMIN).order_by(col(User.id))))
        teams = {a.id for a in admins if address_for_user(session, platform="teams", user_id=a.id or 0) is not None}
    told = 0
    for admin in admins:
        try:
            if services.settings.slack_enabled and admin.slack_user_id:
                sent = asyncio.run(send_direct_text(slack_config(services.settings), admin.slack_user_id, text))
            elif admin.id in teams and admin.id is not None:
                sent = notify_teams_user_sync(services, user_id=admin.id, reply=Reply(text=text))
            else:
                log.info("admin %s has no chat the bot can reach; alert left in the log", admin.name)
                continue
        except Exception as exc:  # one admin's chat failing must not keep the alert from the others
            log.warning("alert to %s not delivered: %s", admin.name, exc)
            continue
        told += bool(sent)
    return told
