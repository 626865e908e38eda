"""Messages outside a Slack request (from the worker): a card in someone's direct messages with the bot."""

from __future__ import annotations

import aiohttp
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.bot import retry_handlers
from adapters.slack.messenger import Messenger
from adapters.slack.ports import SlackConfig
from adapters.slack.update_cards import update_card_blocks, update_card_text
from bot.events import UpdateCard


async def send_update_card(config: SlackConfig, user_id: str, card: UpdateCard, *, intro: str | None = None) -> bool:
    """Post ``card`` (after ``intro``, if any) into ``user_id``'s DM with the bot; False when Slack refused."""
    async with aiohttp.ClientSession() as session:
        base = config.api_url if config.api_url.endswith("/") else config.api_url + "/"
        client = AsyncWebClient(token=config.bot_token, base_url=base, session=session)
        client.retry_handlers = retry_handlers()
        messenger = Messenger(client)
        channel = await messenger.open_dm(user_id)
        if channel is None:
            return False
        if intro and await messenger.post(channel, text=intro) is None:
            return False
        return await messenger.post(channel, text=update_card_text(card), blocks=update_card_blocks(card)) is not None
