"""Periods around today: the current month or quarter up to today ("month to date", "MTD", "since the quarter
started", "this quarter so far"; the year's own "YTD" is read with the other years), and this or last week."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from agents.period_words import Period, quarter_of, quarter_range

_UNIT = r"(month|quarter)"
TO_DATE = re.compile(
    rf" {_UNIT} to date | so far (?:this|in the|in this) {_UNIT} | (?:this|the current) {_UNIT} so far "
    rf"| since (?:the )?(?:start|beginning) of (?:the|this) {_UNIT} "
    rf"| since (?:the|this) {_UNIT} (?:started|began|opened|kicked off|start) "
)


def to_date(t: str, today: date) -> Period | None:
    """The current month or quarter up to ``today``, when ``t`` (padded, lower-case words) asks for it."""
    m = TO_DATE.search(t)
    if not m:
        return None
    unit = next(g for g in m.groups() if g)
    if unit == "month":
        return Period(today.replace(day=1), today, f"{calendar.month_name[today.month]} {today.year} to date")
    q = quarter_of(today)
    return Period(quarter_range(today.year, q)[0], today, f"Q{q} {today.year} to date")


def this_or_last_week(t: str, today: date) -> Period | None:
    """ "this week", "last week": Monday to Sunday."""
    if re.search(r" (this|current) week ", t):
        start = today - timedelta(days=today.weekday())
        return Period(start, start + timedelta(days=6), "this week")
    if re.search(r" (last|previous) week ", t):
        start = today - timedelta(days=today.weekday() + 7)
        return Period(start, start + timedelta(days=6), "last week")
    return None
