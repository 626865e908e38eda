"""Open deals asked of a past period: "how many open deals did I have at the end of Q3?". An open deal has no
close date, so the close-dated reading of the period finds none; what is asked is the pipeline as it stood then
(the tools' ``open_at`` date field). A period still running, or one the deals are to close in ("open deals
closing in Q1"), keeps the close date."""

from __future__ import annotations

import re
from datetime import date

from agents.periods import Period

STOCK = ("open", "engaging", "prospecting")  # stages a deal sits in, with no close date
_CLOSING = re.compile(r" (?:clos\w*|due|expected|forecast\w*|slated|landing|land|won|lost|win|lose) ")


def date_field_of(stage: str | None, period: Period, today: date, t: str) -> str:
    """``open_at`` for a stock stage asked of a period already over, ``now`` for one still running ("open deals
    this quarter" are the ones open today, Prospecting included), else ``close``."""
    if stage not in STOCK or _CLOSING.search(t) or period.start > today:
        return "close"
    return "open_at" if period.end < today else "now"
