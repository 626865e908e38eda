"""Worker job: once a day, check the deals score for drift, record the check and announce an alert in the log.

It does nothing until a deals model with a registry profile exists (``dealbot model train --dataset deals``).
The check itself is ``dealbot model drift --dataset deals``; its result goes to ``models/deals/history.jsonl``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.services import Services

log = logging.getLogger("dealbot.worker.drift")
EVERY = timedelta(days=1)


def drift_job(every: timedelta = EVERY) -> Callable[[Services], int]:
    """A job that checks at most once per ``every`` (the last check is read from the model's history)."""

    def run(services: Services) -> int:
        var_dir = Path(services.settings.var_dir)
        if not (var_dir / "models" / "deals.json").is_file():
            return 0
        from agents.insights.scoring import registry
        from agents.insights.scoring.monitor import check_drift
        from agents.insights.scoring.service import Sources

        checks = [e for e in registry.history(var_dir, "deals") if e.get("event") == "drift"]
        if checks and datetime.now(UTC) - datetime.fromisoformat(checks[-1]["at"]) < every:
            return 0
        # only the deals score reads the store; the CSV paths are never opened for it
        report = check_drift("deals", Sources(Path(), Path(), services.engine), var_dir)
        for alert in report.alerts:
            log.warning("deals model drift: %s", alert)
        if not report.alerts:
            log.info("deals model drift: ok (%d recent deals, %d periods)", report.rows, len(report.periods))
        return 1

    return run
