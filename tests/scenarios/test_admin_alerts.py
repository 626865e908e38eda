"""Alerts reach the admins in their Slack DM (a fake Web API on loopback); an admin with no chat the bot can
reach is logged and skipped, and people who are not admins hear nothing."""

from __future__ import annotations

import asyncio
import logging

import pytest
from sqlalchemy import Engine

from agents.agent import Agent
from bot.admin_alerts import alert_admins
from bot.pipeline import Pipeline
from bot.services import Services
from bot.settings import load_settings
from memory.db import session_scope
from memory.models import Role
from memory.users import add_user, link_identity
from tests.fakes.slack_api import slack_api


async def test_admins_are_told_in_slack_and_the_unreachable_one_is_logged(
    store: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    with session_scope(store) as session:
        add_user(session, name="Ada Admin", role=Role.ADMIN)
        add_user(session, name="Otto Offline", role=Role.ADMIN)
        link_identity(session, name="Ada Admin", slack="U0ADA")
        link_identity(session, name="Darcel Schlecht", slack="U0DARCEL")  # a rep: not told
    async with slack_api() as fake:
        settings = load_settings(SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET="s" * 20, SLACK_API_URL=fake.url)
        agent = Agent(store)
        services = Services(settings, store, lambda: Pipeline(store, agent))
        with caplog.at_level(logging.INFO, logger="dealbot.worker"):
            told = await asyncio.to_thread(alert_admins, services, "The deals model has drifted: AUC 0.41.")
        assert told == 1
        assert [o["users"] for o in fake.to("conversations.open")] == ["U0ADA"]
        (message,) = fake.to("chat.postMessage")
        assert message["text"] == "The deals model has drifted: AUC 0.41."
    assert "admin Otto Offline has no chat the bot can reach" in caplog.text
