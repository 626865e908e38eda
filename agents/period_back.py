"""Periods counted back from today: "yesterday", "the day before yesterday", "two months ago", "the quarter
before last"."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from agents.period_words import NUMBER_WORDS, Period, month_range, quarter_of, quarter_range

# "today" that only bounds a span ("engage date up to today", "as of today") names no period of its own
_ONE_DAY = re.compile(
    r" (?:the )?day before (?P<before>yesterday) | (?P<yesterday>yesterday) "
    r"|(?<! to)(?<! of)(?<! till)(?<! until)(?<! through)(?<! thru)(?<! by)(?<! as) (?P<today>today) "
)


def one_day(t: str, today: date) -> Period | None:
    """ "did I close anything yesterday", "what did we book today": that one day."""
    m = _ONE_DAY.search(t)
    if not m:
        return None
    back = 2 if m.group("before") else 1 if m.group("yesterday") else 0
    day = today - timedelta(days=back)
    name = {2: "the day before yesterday", 1: "yesterday", 0: "today"}[back]
    return Period(day, day, f"{name}, {day.day} {calendar.month_name[day.month]} {day.year}")


def units_ago(t: str, today: date) -> Period | None:
    """ "the month before last", "two months ago", "the quarter before last": one whole month or quarter back."""
    m = re.search(r" (month|quarter) before last ", t)
    back = 2 if m else 0
    unit = m.group(1) if m else ""
    if not m:
        m = re.search(r" (\d+|" + "|".join(NUMBER_WORDS) + r") (month|quarter)s? ago ", t)
        if not m:
            return None
        back = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1)]
        unit = m.group(2)
    if unit == "month":
        index = today.year * 12 + today.month - 1 - back
        start, end = month_range(index // 12, index % 12 + 1)
        return Period(start, end, f"{calendar.month_name[start.month]} {start.year}")
    index = today.year * 4 + quarter_of(today) - 1 - back
    start, end = quarter_range(index // 4, index % 4 + 1)
    return Period(start, end, f"Q{index % 4 + 1} {start.year}")
