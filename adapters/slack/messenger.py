"""The Web API calls dealbot makes, each with its failure logged instead of raised.

Rate limits (429 + Retry-After), connection errors and 5xx are retried by the client's retry handlers
(see ``bot.py``); what still fails here is logged with Slack's error code and reported as None/False,
so one refused call never takes down the work for other people."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse

log = logging.getLogger("dealbot.slack")
WEB_API_ERRORS = (SlackApiError, aiohttp.ClientError, asyncio.TimeoutError)


class Messenger:
    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client

    async def post(
        self, channel: str, *, text: str, blocks: list[dict[str, Any]] | None = None, thread_ts: str | None = None
    ) -> str | None:
        """chat.postMessage; the new message's ts."""
        response = await self._call(
            "chat.postMessage",
            self.client.chat_postMessage(
                channel=channel, text=text, blocks=blocks, thread_ts=thread_ts, unfurl_links=False
            ),
        )
        return str(response["ts"]) if response is not None else None

    async def update(self, channel: str, ts: str, *, text: str, blocks: list[dict[str, Any]]) -> bool:
        """chat.update of a message the bot posted."""
        return (
            await self._call("chat.update", self.client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks))
            is not None
        )

    async def ephemeral(self, channel: str, user: str, text: str, *, thread_ts: str | None = None) -> bool:
        """A message only ``user`` sees, in ``channel``."""
        call = self.client.chat_postEphemeral(channel=channel, user=user, text=text, thread_ts=thread_ts)
        return await self._call("chat.postEphemeral", call) is not None

    async def open_dm(self, user: str) -> str | None:
        """The id of the bot's direct-message channel with ``user``."""
        response = await self._call("conversations.open", self.client.conversations_open(users=user))
        return str(response["channel"]["id"]) if response is not None else None

    async def open_view(self, trigger_id: str, view: dict[str, Any]) -> bool:
        return await self._call("views.open", self.client.views_open(trigger_id=trigger_id, view=view)) is not None

    async def publish_home(self, user: str, view: dict[str, Any]) -> bool:
        return await self._call("views.publish", self.client.views_publish(user_id=user, view=view)) is not None

    async def _call(self, method: str, call: Awaitable[AsyncSlackResponse]) -> AsyncSlackResponse | None:
        try:
            return await call
        except WEB_API_ERRORS as exc:
            log.warning("Slack %s failed: %s", method, describe(exc))
        return None


def describe(error: BaseException) -> str:
    """Slack's error code (``channel_not_found``, ``ratelimited``...) or the kind of network failure."""
    if isinstance(error, SlackApiError):
        data = error.response.data
        code = data.get("error") if isinstance(data, dict) else None  # a proxy's HTML page is no JSON
        return str(code or f"HTTP {error.response.status_code}")
    return type(error).__name__
