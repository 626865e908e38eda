"""Work that happens after Slack got its acknowledgement: tracked, bounded, and drained on shutdown."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from typing import Any

log = logging.getLogger("dealbot.slack")


class Background:
    """Tasks started after the ack; at most ``limit`` of them inside :meth:`slot` at once."""

    def __init__(self, limit: int) -> None:
        self._tasks: set[asyncio.Task[None]] = set()
        self._slots = asyncio.Semaphore(limit)

    def spawn(self, work: Coroutine[Any, Any, None], *, name: str) -> None:
        """Run ``work`` in the background; its failure is logged, never raised into a request."""
        task = asyncio.get_running_loop().create_task(work, name=name)
        self._tasks.add(task)  # a strong reference, or the loop may forget a running task
        task.add_done_callback(self._finished)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one of the limited places (for the agent: CPU work that should not swamp the loop)."""
        async with self._slots:
            yield

    async def drain(self, timeout: float = 30.0) -> None:
        """Wait for the work in flight (and any it starts); cancel what is still running after ``timeout``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self._tasks:
            remaining = deadline - loop.time()
            if remaining <= 0:
                for task in list(self._tasks):
                    task.cancel()
                await asyncio.gather(*self._tasks, return_exceptions=True)
                return
            await asyncio.wait(set(self._tasks), timeout=remaining)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            log.error("background Slack work %s failed", task.get_name(), exc_info=error)
