"""Slack in the composition root: the Bolt app from settings, ``POST /slack/events``, Socket Mode.

Everything Slack-specific stays in ``adapters.slack``; this module only hands it dealbot's services as
plain callables (the pipeline, the approval desk, the home screen, retry de-duplication)."""

from __future__ import annotations

import asyncio
import functools
import logging

from aiohttp import web

from adapters.slack import SlackBot, SlackConfig, SlackPorts
from bot.approvals import ApprovalDesk
from bot.dedupe import Deduper
from bot.events import HomeSummary, ProposalCard
from bot.home import home_summary
from bot.services import Services
from bot.settings import Settings
from bot.update_desk import UpdateDesk, edit_problem

log = logging.getLogger("dealbot.slack")
SLACK_BOT = web.AppKey("slack_bot", SlackBot)
PLATFORM = "slack"


def slack_config(settings: Settings) -> SlackConfig:
    """The adapter's view of the settings (the validator guarantees the token is there when Slack is on)."""
    assert settings.slack_bot_token is not None
    return SlackConfig(
        bot_token=settings.slack_bot_token,
        signing_secret=settings.slack_signing_secret,
        app_token=settings.slack_app_token,
        api_url=str(settings.slack_api_url),
    )


def slack_ports(services: Services, deduper: Deduper) -> SlackPorts:
    """dealbot as the Slack adapter sees it: neutral callables, nothing of the store or the agent."""
    desk = services.desk or ApprovalDesk(services.engine, services.executor)
    engine = services.engine

    async def card(proposal_id: str) -> ProposalCard | None:
        return await asyncio.to_thread(desk.card, proposal_id)

    async def home(user_ref: str, user_email: str | None) -> HomeSummary:
        return await asyncio.to_thread(
            functools.partial(home_summary, engine, platform=PLATFORM, user_ref=user_ref, user_email=user_email)
        )

    updates = UpdateDesk(engine)
    return SlackPorts(
        handle=services.pipeline.handle,
        decide=functools.partial(desk.decide, platform=PLATFORM),
        card=card,
        home=home,
        seen_before=deduper.seen_before,
        decide_update=functools.partial(updates.decide, platform=PLATFORM),
        update_card=updates.card_async,
        check_edits=edit_problem,
    )


def mount_slack(app: web.Application, settings: Settings, services: Services) -> SlackBot | None:
    """Serve Slack on ``app`` when it is configured: HTTP events with a signing secret, Socket Mode with an
    app token (both may be on). Returns the bot, also kept as ``app[SLACK_BOT]``."""
    if not settings.slack_enabled:
        return None
    deduper = Deduper(services.engine)
    bot = SlackBot(slack_config(settings), slack_ports(services, deduper))
    app[SLACK_BOT] = bot
    if bot.serves_http:
        app.router.add_post("/slack/events", bot.handle_http)

    async def start(_app: web.Application) -> None:
        await bot.start()
        mode = " and ".join(m for m, on in (("HTTP events at /slack/events", bot.serves_http),
                                             ("Socket Mode", bool(settings.slack_app_token))) if on)  # fmt: skip
        log.info("Slack: %s", mode)

    async def stop(_app: web.Application) -> None:
        await bot.stop()  # before the services close: answers in flight still need the store
        deduper.close()

    app.on_startup.append(start)
    app.on_shutdown.append(stop)
    return bot
