"""The worker job that re-reads every open deal for risk, so flags (and their clearing) are recorded for deals
nobody asked about in chat; the KPI report counts them. It runs at most every ``RISK_SCAN_MINUTES`` per
worker: silence only grows by the day, and several workers recording the same flag is harmless (idempotent)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from bot.services import Services


def risk_scan_job(clock: Callable[[], float] = time.monotonic) -> Callable[[Services], int]:
    """A job for the worker loop: the scan, when its interval has passed since this worker last ran it."""
    last: list[float] = []

    def run(services: Services) -> int:
        from agents.tools.risk_scan import scan_open_deals

        now = clock()
        if last and now - last[0] < services.settings.risk_scan_minutes * 60:
            return 0
        last[:] = [now]
        return scan_open_deals(services.engine, today=date.today(), source="worker")

    return run
