"""``dealbot worker``: the background loop that runs periodic jobs against the shared store."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from dataclasses import dataclass

from bot.services import Services
from memory.db import check_initialised

log = logging.getLogger("dealbot.worker")

Job = Callable[[Services], int]  # returns how many items it handled


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    run: Job


def default_jobs() -> list[PeriodicJob]:
    """Jobs every worker runs; later issues add outbox delivery and retention here."""
    from policies.expiry import expire_stale_proposals

    return [PeriodicJob("expire_proposals", lambda s: expire_stale_proposals(s.engine))]


def run_once(services: Services, jobs: list[PeriodicJob]) -> dict[str, int]:
    """One pass over every job; a failing job is logged and does not stop the others."""
    handled = {}
    for job in jobs:
        try:
            handled[job.name] = job.run(services)
        except Exception:
            log.exception("job %s failed", job.name)
            handled[job.name] = -1
    return handled


async def run_forever(services: Services, jobs: list[PeriodicJob], *, poll_seconds: float) -> None:
    """Run passes until SIGINT/SIGTERM, then finish the current pass and return."""
    check_initialised(services.engine)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    log.info("worker started; polling every %.1fs", poll_seconds)
    while not stop.is_set():
        await asyncio.to_thread(run_once, services, jobs)
        try:
            await asyncio.wait_for(stop.wait(), timeout=poll_seconds)
        except TimeoutError:
            pass
    log.info("worker stopped")
