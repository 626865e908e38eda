"""When the configured language model fails, the offline model answers the same request.

Failures of the model call (refused connection, timeout, 5xx or 429 after the client's retries,
401/403/404, a response that is not a chat completion) become :class:`RemoteModelFailed`, so only
they trigger the fallback: a bug in a tool still surfaces. The reply then starts with one line
saying so; the cause goes to the log, never a traceback into the chat."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

from langchain.agents.middleware import AgentMiddleware, ModelRequest, ModelResponse

log = logging.getLogger(__name__)

NOTICE = "(The language model at {endpoint} did not answer, so this answer comes from the offline model.)"
RETRY_REMOTE_AFTER_SECONDS = 60.0  # after a failure, don't make every message wait for a dead endpoint


class RemoteModelFailed(Exception):
    """The remote model gave no usable answer; the message is one line naming the cause."""


def _one_line(exc: BaseException) -> str:
    first = next(iter(str(exc).splitlines()), "")
    return f"{type(exc).__name__}: {first}"[:300]


class GuardModelCall(AgentMiddleware):
    """Turns any failure of the model call into :class:`RemoteModelFailed`."""

    def wrap_model_call(self, request: ModelRequest, handler: Callable[[ModelRequest], ModelResponse]) -> Any:
        try:
            return handler(request)
        except Exception as exc:
            raise RemoteModelFailed(_one_line(exc)) from exc

    async def awrap_model_call(
        self, request: ModelRequest, handler: Callable[[ModelRequest], Awaitable[ModelResponse]]
    ) -> Any:
        try:
            return await handler(request)
        except Exception as exc:
            raise RemoteModelFailed(_one_line(exc)) from exc


class Outage:
    """Remembers a recent failure of the endpoint, so the next requests go straight to the offline
    model for a while instead of each waiting out the timeouts and retries."""

    def __init__(self, endpoint: str) -> None:
        self.endpoint = endpoint
        self.notice = NOTICE.format(endpoint=endpoint)
        self._until = 0.0
        self._lock = threading.Lock()

    @property
    def ongoing(self) -> bool:
        with self._lock:
            return time.monotonic() < self._until

    def record(self, cause: BaseException) -> None:
        reason = str(cause) if isinstance(cause, RemoteModelFailed) else _one_line(cause)
        log.warning("language model at %s failed (%s); answering with the offline model", self.endpoint, reason)
        with self._lock:
            self._until = time.monotonic() + RETRY_REMOTE_AFTER_SECONDS
