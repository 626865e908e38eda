"""Open deals asked of a past period: "how many open deals did I have at the end of Q3?". An open deal has no
close date, so the close-dated reading of the period finds none; what is asked is the pipeline as it stood then
(the tools' ``open_at`` date field). A period still running, or one the deals are to close in ("open deals
closing in Q1"), keeps the close date."""

from __future__ import annotations

import re
from datetime import date

from agents.periods import Period

STOCK = ("open", "engaging", "prospecting")  # stages a deal sits in, with no close date
# the pipeline carried into the period that starts next: "open deals going into Q1" (said in December) is today's
_GOING_INTO = re.compile(r" (?:going|heading|headed|rolling|carried|carrying|walking|taking) (?:in)?to ")
_NEXT_START = 92  # days: a period that starts within the next quarter is the one being gone into
# a deal still in its stage today, from a period named: "still engaging from before Q4", "Q3 deals still open"; not
# the pipeline as it stood then ("still open at the end of Q3"). A prospect has no engage date to place it by.
_STILL = re.compile(r" still (?:\w+ ){0,2}?(?:open|engaging|engaged|live|active|sitting|stuck|in play|going) ")
_AS_OF = re.compile(
    r" (?:at|by|on) the (?:end|close|last day) of | as (?:of|at) | at (?:q[1-4]|month|quarter|year)'?s? end "
)
_CLOSING = re.compile(r" (?:clos\w*|due|expected|forecast\w*|slated|landing|land|won|lost|win|lose) ")
# the asker said to be done, not deals said to be closed: "am I fully closed out", "are we all closed out for the year"
DONE_FOR_THE_YEAR = re.compile(
    r" (?:am i|are we|is the team|im|i m|we re|were) (?:fully |all |completely |totally |pretty much )?closed out "
)


def date_field_of(stage: str | None, period: Period, today: date, t: str) -> str:
    """``open_at`` for a stock stage asked of a period already over, ``now`` for one still running ("open deals
    this quarter" are the ones open today, Prospecting included), else ``close``."""
    if stage in STOCK and _GOING_INTO.search(t) and _starts_next(period, today):
        return "now"
    if stage not in STOCK or _CLOSING.search(DONE_FOR_THE_YEAR.sub(" ", t)) or period.start > today:
        return "close"
    if stage != "prospecting" and _STILL.search(t) and not _AS_OF.search(t) and period.end < today:
        return "engage"  # "my deals still in engaging from before Q4": sitting there now, engaged back then
    return "open_at" if period.end < today else "now"


def _starts_next(period: Period, today: date) -> bool:
    """Whether ``period`` (a bare "Q1" read as this year's, once passed, as next year's) starts within a quarter."""
    start = period.start if period.start > today else period.start.replace(year=period.start.year + 1)
    return 0 < (start - today).days <= _NEXT_START
