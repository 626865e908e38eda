"""A period named by the one before it: "last quarter compared with the quarter before it", "March vs the month
before that". The unit steps back once from the period named earlier in the message, not from today."""

from __future__ import annotations

import calendar
import re
from datetime import date

from agents.period_words import Period, month_range, quarter_of, quarter_range
from agents.periods import find_periods

_BEFORE_IT = re.compile(
    r" (?:the )?(month|quarter|year) (?:before|prior to|preceding|ahead of) (?:it|that|this|then|that one|this one) "
    r"| (?:the )?(?:preceding|prior) (month|quarter|year) "
    # "last month vs the month before": nothing after it, so the one named first ("the month before last", "the
    # quarter before Q3" name a period of their own)
    r"| (?:the )?(month|quarter|year) (?:before|prior)"
    r"(?! last | q[1-4] | (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* | \d)"
    # "this quarter and the one before": the unit of the period named
    r"| the (one) (?:before|prior|preceding)(?: (?:it|that))?(?! last )"
)


def periods_with_the_one_before(t: str, today: date) -> tuple[Period, Period] | None:
    """The period just before the one named first in ``t`` (padded, lower-case words), then that one, when ``t``
    asks for "the quarter before it"; None otherwise."""
    m = _BEFORE_IT.search(t)
    if m is None:
        return None
    named = find_periods(t[: m.start()], today)
    if not named:
        return None
    unit, base = m.group(1) or m.group(2) or m.group(3), named[-1]
    if m.group(4):  # "the one before": a month's or a quarter's own unit
        before = the_one_before(base)
        return (before, base) if before is not None else None
    return _unit_before(unit, base.start), base  # in time order: the change reads from the earlier one


def the_one_before(period: Period) -> Period | None:
    """The calendar month or quarter just before ``period`` when it is one ("did my win rate improve in Q4?" is
    asked against Q3); None for any other span, whose "before" the message would have to say."""
    start, end = period.start, period.end
    if start.day != 1:
        return None
    if (start, end) == month_range(start.year, start.month):
        return _unit_before("month", start)
    if start.month % 3 == 1 and (start, end) == quarter_range(start.year, quarter_of(start)):
        return _unit_before("quarter", start)
    return None


def _unit_before(unit: str, start: date) -> Period:
    """The whole month, quarter or year just before the one ``start`` falls in."""
    if unit == "month":
        index = start.year * 12 + start.month - 2
        first, last = month_range(index // 12, index % 12 + 1)
        label = f"{calendar.month_name[first.month]} {first.year}"
    elif unit == "quarter":
        index = start.year * 4 + quarter_of(start) - 2
        first, last = quarter_range(index // 4, index % 4 + 1)
        label = f"Q{index % 4 + 1} {first.year}"
    else:
        first, last, label = date(start.year - 1, 1, 1), date(start.year - 1, 12, 31), str(start.year - 1)
    return Period(first, last, label, label.lower())
