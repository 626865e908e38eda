"""Messages outside a Slack request (from the worker): a card or a line in someone's direct messages with
the bot."""

from __future__ import annotations

from typing import Any

import aiohttp
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.bot import retry_handlers
from adapters.slack.messenger import Messenger
from adapters.slack.ports import SlackConfig
from adapters.slack.update_cards import update_card_blocks, update_card_text
from bot.events import UpdateCard


async def send_update_card(config: SlackConfig, user_id: str, card: UpdateCard, *, intro: str | None = None) -> bool:
    """Post ``card`` (after ``intro``, if any) into ``user_id``'s DM with the bot; False when Slack refused."""
    messages: list[dict[str, Any]] = [{"text": intro}] if intro else []
    messages.append({"text": update_card_text(card), "blocks": update_card_blocks(card)})
    return await _direct(config, user_id, messages)


async def send_direct_text(config: SlackConfig, user_id: str, text: str) -> bool:
    """Post one line of text into ``user_id``'s DM with the bot; False when Slack refused."""
    return await _direct(config, user_id, [{"text": text}])


async def _direct(config: SlackConfig, user_id: str, messages: list[dict[str, Any]]) -> bool:
    async with aiohttp.ClientSession() as session:
        base = config.api_url if config.api_url.endswith("/") else config.api_url + "/"
        client = AsyncWebClient(token=config.bot_token, base_url=base, session=session)
        client.retry_handlers = retry_handlers()
        messenger = Messenger(client)
        channel = await messenger.open_dm(user_id)
        if channel is None:
            return False
        for message in messages:
            if await messenger.post(channel, **message) is None:
                return False
        return True
