"""Worker job: once a day, check the deals score for drift, record the check, and announce an alert in the log
and to the admins' chat (``bot.admin_alerts``).

It does nothing until a deals model with a registry profile exists (``dealbot model train --dataset deals``).
The check itself is ``dealbot model drift --dataset deals``; its result goes to ``models/deals/history.jsonl``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bot.admin_alerts import alert_admins
from bot.services import Services

if TYPE_CHECKING:  # the scoring stack is imported only when a model exists
    from agents.insights.scoring.drift import Thresholds

log = logging.getLogger("dealbot.worker.drift")
EVERY = timedelta(days=1)


def drift_job(every: timedelta = EVERY, limits: Thresholds | None = None) -> Callable[[Services], int]:
    """A job that checks at most once per ``every`` (the last check is read from the model's history) and
    alerts past ``limits`` (the defaults of ``dealbot model drift``)."""

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
        report = check_drift("deals", Sources(Path(), Path(), services.engine), var_dir, limits=limits)
        for alert in report.alerts:
            log.warning("deals model drift: %s", alert)
        if report.alerts:
            told = alert_admins(services, _alert_text(report.alerts))
            log.warning("deals model drift: %d admin(s) told in chat", told)
        else:
            log.info("deals model drift: ok (%d recent deals, %d periods)", report.rows, len(report.periods))
        return 1

    return run


def _alert_text(alerts: list[str]) -> str:
    shown = "\n".join(f"• {a}" for a in alerts[:5]) + (f"\n• ... and {len(alerts) - 5} more" if len(alerts) > 5 else "")
    return (
        f"The deals win-probability model has drifted:\n{shown}\n"
        "See `dealbot model drift --dataset deals`; `dealbot model retrain --dataset deals` trains a new one and "
        "uses it only if it beats the current one on recent deals."
    )
