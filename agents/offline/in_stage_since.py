"""Deals sitting in Engaging "since" a past period: "which of my deals have been sitting in Engaging since last
year?". What is asked is the deals still engaging today that were engaged no later than that period's end, not the
deals engaged from its start until today (which gave an average age over every engaging deal). The message is put as
the reading the parser knows: "still in Engaging from before 2017-01-01". A prospect has no engage date to place it
by, so "in prospecting since" reads as before."""

from __future__ import annotations

import re
from datetime import date, timedelta

from agents.periods import find_period

_SINCE = re.compile(
    r"\b(?:have been|has been|been|sitting|sat|stuck|parked|lingering|hanging|languishing|still)"
    r"(?: (?:sitting|stuck|parked|around|hanging))? in (?:the )?(?P<stage>engaging|engaged)(?: stage)?"
    r" (?:since|from) (?P<when>[^?!,.;()]+?)(?=\s*(?:[?!,.;()]|$))",
    re.IGNORECASE,
)


def in_stage_since(text: str, today: date) -> str:
    """``text`` with "in Engaging since <a past period>" as "still in Engaging from before <the day after it>"."""
    found = _SINCE.search(text)
    if found is None:
        return text
    period = find_period(f" {found['when']} ", today)
    if period is None or period.end >= today:
        return text  # "since Monday" in a week still running: read as written
    after = (period.end + timedelta(days=1)).isoformat()
    return f"{text[: found.start()]}still in Engaging from before {after}{text[found.end() :]}"
