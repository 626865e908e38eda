"""The Slack app: a Bolt ``AsyncApp`` with dealbot's listeners, served over HTTP or Socket Mode."""

from __future__ import annotations

import logging

import aiohttp
from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.signature import Clock
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.approvals import Approvals
from adapters.slack.conversations import Conversations
from adapters.slack.http import EventsEndpoint
from adapters.slack.messenger import Messenger, describe
from adapters.slack.ports import SlackConfig, SlackPorts
from adapters.slack.update_actions import UpdateActions
from adapters.slack.users import UserDirectory
from adapters.slack.work import Background
from bot.errors import ConfigurationError

log = logging.getLogger("dealbot.slack")


def retry_handlers() -> list[AsyncRetryHandler]:
    """429s wait as long as Retry-After says; dropped connections and 5xx are tried again with backoff."""
    return [
        AsyncRateLimitErrorRetryHandler(max_retry_count=3),
        AsyncConnectionErrorRetryHandler(max_retry_count=2),
        AsyncServerErrorRetryHandler(max_retry_count=1),
    ]


class SlackBot:
    """Built from config and ports alone (no module-level Slack objects); ``start``/``stop`` with the server."""

    def __init__(self, config: SlackConfig, ports: SlackPorts, *, clock: Clock | None = None) -> None:
        self.config = config
        self.app = AsyncApp(
            name="dealbot",
            token=config.bot_token,  # not client=: Bolt would warn that SLACK_BOT_TOKEN in the environment is unused
            signing_secret=config.signing_secret,
            request_verification_enabled=bool(config.signing_secret),  # Socket Mode needs none
        )
        self.client: AsyncWebClient = self.app.client
        self.client.base_url = config.api_url if config.api_url.endswith("/") else config.api_url + "/"
        self.client.retry_handlers = retry_handlers()
        self.work = Background(config.max_concurrent_answers)
        messenger, users = Messenger(self.client), UserDirectory(self.client, ttl_seconds=config.user_cache_seconds)
        conversations = Conversations(ports, messenger, users, self.work)
        conversations.register(self.app)
        Approvals(ports, messenger, users, self.work, conversations.publish_home).register(self.app)
        UpdateActions(ports, messenger, users, self.work, conversations.publish_home).register(self.app)
        self._endpoint = EventsEndpoint(self.app, config.signing_secret, clock=clock) if config.signing_secret else None
        self._socket: AsyncSocketModeHandler | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def serves_http(self) -> bool:
        return self._endpoint is not None

    async def handle_http(self, request: web.Request) -> web.StreamResponse:
        """``POST /slack/events`` (events, interactivity and the slash command share it)."""
        if self._endpoint is None:
            raise web.HTTPNotFound()
        return await self._endpoint(request)

    async def start(self) -> None:
        """One HTTP session for every Web API call; with an app token, connect out over Socket Mode."""
        self._session = aiohttp.ClientSession()
        self.client.session = self._session
        if not self.config.app_token:
            return
        try:  # the Socket Mode client retries a refused token for ever, quietly: ask once, and fail start-up
            await self.client.apps_connections_open(app_token=self.config.app_token)
        except (SlackApiError, TimeoutError, aiohttp.ClientError, OSError) as exc:
            await self._close_session()  # start-up fails: no shutdown will come to close it
            if isinstance(exc, SlackApiError):
                raise ConfigurationError(f"Slack Socket Mode refused SLACK_APP_TOKEN: {describe(exc)}") from None
            raise ConfigurationError(
                f"Slack Socket Mode could not reach {self.config.api_url}: {describe(exc)}"
            ) from None
        self._socket = AsyncSocketModeHandler(self.app, self.config.app_token)
        await self._socket.connect_async()  # from here on, the client reconnects by itself
        log.info("Slack Socket Mode connected")

    async def drain(self, timeout: float = 30.0) -> None:
        """Wait until the work started by earlier requests is done."""
        await self.work.drain(timeout)

    async def stop(self) -> None:
        """Stop taking Socket Mode events, let answers in flight finish, close the HTTP session."""
        if self._socket is not None:
            await self._socket.close_async()
            self._socket = None
        await self.work.drain()
        await self._close_session()

    async def _close_session(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
