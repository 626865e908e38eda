"""A fake Slack Web API on loopback (aiohttp) that records every call, plus Slack's side of signing.

Point the app's AsyncWebClient at ``fake.url`` (SLACK_API_URL). It answers chat.*, views.*, users.info,
auth.test, conversations.* and apps.connections.open (whose URL leads to a Socket Mode websocket on the
same server), and can be told to fail a method (429 with Retry-After, or ``ok: false``) or to hold it."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestServer

BOT_USER_ID, BOT_ID, TEAM_ID = "U0DEALBOT", "B0DEALBOT", "T0DEALBOT"
JSON_FIELDS = ("blocks", "view", "attachments", "metadata")


def signed_headers(secret: str, body: bytes | str, *, timestamp: int | None = None, **extra: str) -> dict[str, str]:
    """The headers Slack sends with ``body``: computed here with hmac, independently of the app's code."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    raw = body.encode() if isinstance(body, str) else body
    digest = hmac.new(secret.encode(), b"v0:" + ts.encode() + b":" + raw, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}", **extra}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    token: str | None
    status: int = 200
    error: str | None = None
    result: dict[str, Any] = field(default_factory=dict)  # what the fake answered


@dataclass
class _Failure:
    status: int
    error: str
    retry_after: int | None
    times: int


@dataclass
class FakeSlackApi:
    emails: dict[str, str] = field(default_factory=dict)  # user id -> profile email for users.info
    calls: list[Call] = field(default_factory=list)
    socket_acks: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""
    _failures: dict[str, list[_Failure]] = field(default_factory=dict)
    _holds: dict[str, asyncio.Event] = field(default_factory=dict)
    _ts: itertools.count = field(default_factory=lambda: itertools.count(1))
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    _socket_ready: asyncio.Event = field(default_factory=asyncio.Event)
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)  # slack_sdk GETs a few methods (users.info)
        app.router.add_get("/link/", self._socket)
        return app

    # --- what tests ask -------------------------------------------------------------------------
    def answers(self, method: str) -> list[dict[str, Any]]:
        """What the fake answered to each successful call to ``method`` (e.g. the ts of posted messages)."""
        return [c.result for c in self.calls if c.method == method and c.error is None]

    def to(self, method: str, *, ok_only: bool = True) -> list[dict[str, Any]]:
        """The parameters of every (successful) call to ``method``, in order."""
        return [c.params for c in self.calls if c.method == method and (c.error is None or not ok_only)]

    async def wait_for(self, method: str, count: int = 1, timeout: float = 15.0) -> list[dict[str, Any]]:
        """Wait until ``method`` was called successfully ``count`` times; fail the test on timeout."""

        async def enough() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: len(self.to(method)) >= count)

        try:
            await asyncio.wait_for(enough(), timeout)
        except TimeoutError:
            raise AssertionError(f"{method} called {len(self.to(method))} times, expected {count}") from None
        return self.to(method)

    def fail(
        self,
        method: str,
        *,
        status: int = 200,
        error: str = "internal_error",
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """The next ``times`` calls to ``method`` fail: e.g. status=429, error="ratelimited", retry_after=0."""
        self._failures.setdefault(method, []).append(_Failure(status, error, retry_after, times))

    def hold(self, method: str) -> asyncio.Event:
        """Calls to ``method`` wait until the returned event is set."""
        self._holds[method] = asyncio.Event()
        return self._holds[method]

    # --- Socket Mode ---------------------------------------------------------------------------
    async def socket_connected(self, timeout: float = 10.0) -> None:
        await asyncio.wait_for(self._socket_ready.wait(), timeout)

    async def push(self, kind: str, payload: dict[str, Any], *, retry_attempt: int = 0) -> str:
        """Send an envelope (events_api, interactive, slash_commands) to the connected app; its envelope id."""
        envelope_id = uuid.uuid4().hex
        envelope = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": False,
            "retry_attempt": retry_attempt,
            "retry_reason": "timeout" if retry_attempt else "",
        }
        await self._sockets[-1].send_str(json.dumps(envelope))
        return envelope_id

    async def wait_for_ack(self, envelope_id: str, timeout: float = 10.0) -> dict[str, Any]:
        async def acked() -> dict[str, Any]:
            async with self._changed:
                await self._changed.wait_for(lambda: any(a.get("envelope_id") == envelope_id for a in self.socket_acks))
            return next(a for a in self.socket_acks if a.get("envelope_id") == envelope_id)

        return await asyncio.wait_for(acked(), timeout)

    # --- the server ------------------------------------------------------------------------------
    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _params(request)
        token = request.headers.get("Authorization", "").removeprefix("Bearer ") or params.get("token")
        if method in self._holds:
            await self._holds[method].wait()
        failures = self._failures.get(method)
        if failures:
            failure = failures[0]
            failure.times -= 1
            if failure.times <= 0:
                failures.pop(0)
            await self._record(Call(method, params, token, failure.status, failure.error))
            headers = {"Retry-After": str(failure.retry_after)} if failure.retry_after is not None else {}
            return web.json_response({"ok": False, "error": failure.error}, status=failure.status, headers=headers)
        body = self._answer(method, params, token)
        await self._record(Call(method, params, token, 200, None if body.get("ok") else str(body.get("error")), body))
        return web.json_response(body)

    def _answer(self, method: str, params: dict[str, Any], token: str | None) -> dict[str, Any]:
        expected = "xapp-" if method == "apps.connections.open" else "xoxb-"
        if not token or not token.startswith(expected):
            return {"ok": False, "error": "not_authed"}
        channel = params.get("channel")
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://dealbot-test.slack.com/",
                "team": "Test",
                "user": "dealbot",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "is_enterprise_install": False,
            }
        if method == "chat.postMessage":
            ts = f"{1_700_000_000 + next(self._ts)}.000100"
            return {"ok": True, "channel": channel, "ts": ts, "message": {"text": params.get("text"), "ts": ts}}
        if method == "chat.update":
            return {"ok": True, "channel": channel, "ts": params.get("ts"), "text": params.get("text")}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"{1_700_000_000 + next(self._ts)}.000200"}
        if method in ("views.open", "views.publish"):
            return {"ok": True, "view": {"id": f"V{next(self._ts):08d}", **(params.get("view") or {})}}
        if method == "users.info":
            user = str(params.get("user"))
            profile = {"email": self.emails[user]} if user in self.emails else {}
            return {"ok": True, "user": {"id": user, "team_id": TEAM_ID, "profile": profile}}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": f"D{params.get('users', 'X')}"}}
        if method.startswith("conversations."):
            return {"ok": True, "channel": {"id": channel}, "messages": []}
        if method == "apps.connections.open":
            return {"ok": True, "url": f"{self.url.replace('http', 'ws', 1).removesuffix('/api/')}/link/?ticket=t"}
        return {"ok": False, "error": "unknown_method"}

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_str(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0"}}))
        self._socket_ready.set()
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                async with self._changed:
                    self.socket_acks.append(json.loads(message.data))
                    self._changed.notify_all()
        return ws


async def _params(request: web.Request) -> dict[str, Any]:
    params: dict[str, Any] = dict(request.query)  # slack_sdk puts some methods' arguments in the query string
    if request.method == "POST" and request.content_type == "application/json":
        params |= await request.json()
    elif request.method == "POST":
        params |= dict(await request.post())
    for name in JSON_FIELDS:  # form-encoded calls send structured fields as JSON strings
        if isinstance(params.get(name), str):
            params[name] = json.loads(params[name])
    return params


@asynccontextmanager
async def slack_api(emails: dict[str, str] | None = None) -> AsyncIterator[FakeSlackApi]:
    """A running fake on 127.0.0.1 (a free port); ``fake.url`` is the SLACK_API_URL to give the app."""
    fake = FakeSlackApi(emails=dict(emails or {}))
    server = TestServer(fake.app(), host="127.0.0.1")
    await server.start_server()
    fake.url = str(server.make_url("/api/"))
    try:
        yield fake
    finally:
        for ws in fake._sockets:
            await ws.close()
        await server.close()
