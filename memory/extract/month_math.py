"""Calendar arithmetic for ``dates`` (split from it at its size limit): a month's last day, a quarter's end,
months added to a date, the month or quarter after this one, and the year a month next comes round in."""

from __future__ import annotations

import calendar
from datetime import date


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def quarter_end(year: int, quarter: int) -> date:
    return last_day(year, quarter * 3)


def next_month_occurrence(now: date, month: int) -> int:
    """The year in which ``month`` next comes round (this year if it has not ended)."""
    return now.year if month >= now.month else now.year + 1


def add_months(d: date, months: int) -> date:
    index = d.month - 1 + months
    year, month = d.year + index // 12, index % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def divmod_month(now: date, ahead: int) -> tuple[int, int]:
    """The (year, month) ``ahead`` months after ``now``'s."""
    index = now.month - 1 + ahead
    return now.year + index // 12, index % 12 + 1


def next_quarter(year: int, quarter: int) -> tuple[int, int]:
    return (year + 1, 1) if quarter == 4 else (year, quarter + 1)
