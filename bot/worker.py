"""``dealbot worker``: the background loop that runs periodic jobs against the shared store."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
from collections.abc import Callable
from dataclasses import dataclass

from bot.services import Services
from memory.migrate import check_initialised

log = logging.getLogger("dealbot.worker")
WORKER_ID = f"{socket.gethostname()}:{os.getpid()}"

Job = Callable[[Services], int]  # returns how many items it handled


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    run: Job


def default_jobs() -> list[PeriodicJob]:
    """Jobs every worker runs, in order, on each pass."""
    from bot.dedupe import prune_processed
    from bot.model_drift_job import drift_job
    from bot.risk_job import risk_scan_job
    from bot.update_delivery import update_cards_job
    from policies.expiry import expire_stale_proposals
    from policies.privacy.retention import purge_expired

    return [
        PeriodicJob("expire_proposals", lambda s: expire_stale_proposals(s.engine)),
        PeriodicJob("send_approved", send_approved),
        PeriodicJob("deliver_webhooks", deliver_webhooks),
        PeriodicJob("retention_purge", lambda s: purge_expired(s.engine, keep_days=s.settings.retention_days)),
        PeriodicJob("prune_event_ids", lambda s: prune_processed(s.engine)),
        PeriodicJob("deliver_update_cards", update_cards_job()),
        PeriodicJob("assess_open_deals", risk_scan_job()),
        PeriodicJob("model_drift", drift_job()),
    ]


def send_approved(services: Services) -> int:
    """Approved proposals that no web process sent yet (or whose sender died mid-way) go out here."""
    if services.executor is None:
        return 0
    return asyncio.run(services.executor.run_due(worker=WORKER_ID))


def deliver_webhooks(services: Services) -> int:
    """Outbox events (deal stage changes) go to their webhook endpoints, signed, with retries."""
    from policies.outbox import DeliveryPolicy, deliver_pending

    if services.webhook_sender is None:
        return 0
    settings = services.settings
    policy = DeliveryPolicy(
        max_attempts=settings.webhook_max_attempts,
        backoff_base_seconds=settings.webhook_backoff_base_seconds,
        backoff_cap_seconds=settings.webhook_backoff_cap_seconds,
        lease_seconds=2 * settings.webhook_timeout_seconds + 30,  # one batch is sent concurrently
    )
    return deliver_pending(services.engine, services.webhook_sender, policy=policy)


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
