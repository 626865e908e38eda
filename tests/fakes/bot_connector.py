"""A fake Bot Framework connector (the Teams service behind ``serviceUrl``) on loopback.

It runs in a thread with its own event loop, so the web app under test, the worker's synchronous
code and the test itself can all talk to it. It records every activity the bot posts (replies,
proactive messages) or puts (card updates) and serves roster look-ups from ``members``::

    with FakeConnector(members={"29:darcel": {"email": "darcel@example.com"}}) as connector:
        activity["serviceUrl"] = connector.url
        ...
        assert [a.body["type"] for a in connector.posted] == ["typing", "message"]
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from aiohttp import web


@dataclass(frozen=True)
class Recorded:
    method: str  # POST: a new message or a reply; PUT: an update of an earlier message
    conversation_id: str
    activity_id: str | None  # the activity replied to (POST) or updated (PUT); None for a new message
    body: dict[str, Any]
    authorization: str | None


class FakeConnector:
    """``/v3/conversations/...`` as the Bot Connector serves it, for the calls dealbot makes."""

    def __init__(self, members: dict[str, dict[str, Any]] | None = None) -> None:
        self.members = dict(members or {})
        self.recorded: list[Recorded] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="bot-connector", daemon=True)
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def url(self) -> str:
        """The ``serviceUrl`` to put into activities."""
        return f"http://127.0.0.1:{self.port}/"

    @property
    def posted(self) -> list[Recorded]:
        return [r for r in self.recorded if r.method == "POST"]

    @property
    def updated(self) -> list[Recorded]:
        return [r for r in self.recorded if r.method == "PUT"]

    def messages(self) -> list[dict[str, Any]]:
        """The message activities posted so far (typing indicators left out)."""
        return [r.body for r in self.posted if r.body.get("type") == "message"]

    def cards(self) -> list[dict[str, Any]]:
        """Every Adaptive Card the bot sent or updated, in order."""
        return [
            attachment["content"]
            for r in self.recorded
            for attachment in r.body.get("attachments") or []
            if attachment.get("contentType") == "application/vnd.microsoft.card.adaptive"
        ]

    def __enter__(self) -> FakeConnector:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_post("/v3/conversations/{conversation}/activities", self._post)
        app.router.add_post("/v3/conversations/{conversation}/activities/{activity}", self._post)
        app.router.add_put("/v3/conversations/{conversation}/activities/{activity}", self._put)
        app.router.add_get("/v3/conversations/{conversation}/members/{member}", self._member)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    def _record(self, request: web.Request, body: dict[str, Any]) -> None:
        with self._lock:
            self.recorded.append(
                Recorded(
                    request.method,
                    request.match_info["conversation"],
                    request.match_info.get("activity"),
                    body,
                    request.headers.get("Authorization"),
                )  # fmt: skip
            )

    async def _post(self, request: web.Request) -> web.Response:
        self._record(request, await request.json())
        return web.json_response({"id": f"m-{next(self._ids)}"}, status=201)

    async def _put(self, request: web.Request) -> web.Response:
        self._record(request, await request.json())
        return web.json_response({"id": request.match_info["activity"]})

    async def _member(self, request: web.Request) -> web.Response:
        member = self.members.get(request.match_info["member"])
        if member is None:
            return web.json_response({"error": {"code": "MemberNotFoundInConversation"}}, status=404)
        return web.json_response({"id": request.match_info["member"], **member})
