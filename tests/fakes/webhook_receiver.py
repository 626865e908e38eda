"""A webhook receiver on loopback (billing, marketing automation) that checks every signature.

It runs in a thread with its own event loop, so synchronous callers (the worker's job, threads,
subprocesses) never block the loop that has to answer them. Each path is one endpoint with its own
secret; a path can be told to fail its next N requests (or every request) with HTTP 500::

    with WebhookReceiver({"/billing": "s3cret"}) as receiver:
        url = receiver.url("/billing")
        receiver.fail("/billing", times=2)
        ...
        assert [r.event_type for r in receiver.received] == ["deal.won"]
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from adapters.webhooks.signing import EVENT_HEADER, EVENT_ID_HEADER, SIGNATURE_HEADER, InvalidSignature, verify
from tests.fakes.loopback import LoopbackServer

ALWAYS = -1


@dataclass(frozen=True)
class Received:
    path: str
    event_id: str
    event_type: str
    payload: dict[str, Any]
    signed_at: int  # the signature's timestamp
    arrived: float  # time.time() on arrival


class WebhookReceiver(LoopbackServer):
    """The fake endpoints; ``received`` holds accepted events, ``rejected`` the refused signatures."""

    name = "webhook-receiver"

    def __init__(self, secrets: dict[str, str]) -> None:
        super().__init__()
        self.secrets = dict(secrets)
        self.received: list[Received] = []
        self.rejected: list[str] = []
        self.requests: Counter[str] = Counter()  # every request by path, failed ones included
        self._failures: dict[str, int] = {}
        self._lock = threading.Lock()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def fail(self, path: str, *, times: int = ALWAYS) -> None:
        """Answer the next ``times`` requests on ``path`` with HTTP 500 (every one with ``ALWAYS``)."""
        with self._lock:
            self._failures[path] = times

    def heal(self, path: str) -> None:
        self.fail(path, times=0)

    def on(self, path: str) -> list[Received]:
        with self._lock:
            return [r for r in self.received if r.path == path]

    def __enter__(self) -> WebhookReceiver:
        super().__enter__()
        return self

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/{path:.*}", self._receive)

    def _should_fail(self, path: str) -> bool:
        with self._lock:
            left = self._failures.get(path, 0)
            if left > 0:
                self._failures[path] = left - 1
            return left != 0

    async def _receive(self, request: web.Request) -> web.Response:
        path = request.path
        body = await request.read()
        self.requests[path] += 1
        secret = self.secrets.get(path)
        if secret is None:
            return web.Response(status=404, text="no such endpoint")
        try:
            signed_at = verify(secret, body, request.headers.get(SIGNATURE_HEADER))
        except InvalidSignature as exc:
            self.rejected.append(f"{path}: {exc}")
            return web.Response(status=401, text=str(exc))
        if self._should_fail(path):
            return web.Response(status=500, text="receiver is down")
        payload = json.loads(body)
        if payload.get("id") != request.headers.get(EVENT_ID_HEADER) or payload.get("type") != request.headers.get(
            EVENT_HEADER
        ):
            self.rejected.append(f"{path}: event headers do not match the body")
            return web.Response(status=400, text="event headers do not match the body")
        with self._lock:
            self.received.append(Received(path, payload["id"], payload["type"], payload, signed_at, time.time()))
        return web.Response(status=204)
