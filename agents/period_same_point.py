"""The same point of the month, quarter or year before: "mtd vs the same point last month", "this quarter vs this
time last quarter". On the 15th that is the 1st to the 15th of last month, not the whole of it; and the current
period it is set against runs to today too, so that like is compared with like."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from agents.period_words import Period, quarter_of, quarter_range

_SAME_POINT = re.compile(
    r" (?:(?:the )?same (?:time|point|stage|day|date)|this (?:time|point|stage)) (?:of |in )?(?:the )?"
    r"(?:last|previous|prior) (month|quarter|year) "
    # "last month at this point", "last quarter at the same stage"
    r"| (?:last|previous|prior) (month|quarter|year) at (?:this|that|the same) (?:time|point|stage) "
)
_THIS = re.compile(r" (?:this|the current|current) (month|quarter|year)(?! to date) ")


def same_point_before(t: str, today: date) -> Period | None:
    """The period before today's, from its start to the same point in it (padded, lower-case words)."""
    unit = _unit_back(t)
    if unit is None:
        return None
    if unit == "month":
        year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
        end = date(year, month, min(today.day, calendar.monthrange(year, month)[1]))
        return Period(date(year, month, 1), end, f"1-{end.day} {calendar.month_name[month]} {year}")
    if unit == "quarter":
        q = quarter_of(today)
        year, q = (today.year - 1, 4) if q == 1 else (today.year, q - 1)
        start, last = quarter_range(year, q)
        elapsed = (today - quarter_range(today.year, quarter_of(today))[0]).days
        end = min(start + timedelta(days=elapsed), last)
        return Period(start, end, _span(start, end))
    end = date(today.year - 1, today.month, min(today.day, calendar.monthrange(today.year - 1, today.month)[1]))
    return Period(date(today.year - 1, 1, 1), end, _span(date(today.year - 1, 1, 1), end))


def current_to_date(t: str) -> str:
    """``t`` with "this month" read as "month to date" when it is set against the same point of last month."""
    unit = _unit_back(t)
    if unit is None:
        return t
    return _THIS.sub(lambda found: f" {unit} to date " if found.group(1) == unit else found.group(0), t)


def _unit_back(t: str) -> str | None:
    """The unit whose same point before ``t`` asks for ("month", "quarter", "year"), or None."""
    m = _SAME_POINT.search(t)
    return None if m is None else m.group(1) or m.group(2)


def _span(start: date, end: date) -> str:
    """ "1 April - 21 May 2017": both ends, the year once."""
    return f"{start.day} {calendar.month_name[start.month]} - {end.day} {calendar.month_name[end.month]} {end.year}"
