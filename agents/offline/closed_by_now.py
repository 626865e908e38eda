"""Deals of a cohort closed "by today": "of the deals I engaged Jan-Jun, how many have I already won by today?". On a
day inside the data (a review on June 30) deals close later too, so "by today", "so far" or "to date" bounds the
close date at today; without it the count took in wins closed after the day asked about."""

from __future__ import annotations

import re
from datetime import date, timedelta

_BY_NOW = re.compile(
    r" (?:by|as of|up to|until|till|thru|through) (?:today|now|this point|the end of today) | so far | to date "
)


def closed_by_now(t: str, stage: str | None, today: date) -> str | None:
    """The close-date bound ("before <tomorrow>") normalised ``t`` sets on a won, lost or closed count, or None."""
    if stage not in ("won", "lost", "closed") or not _BY_NOW.search(t):
        return None
    return f"before {(today + timedelta(days=1)).isoformat()}"
