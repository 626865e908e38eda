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
    unit, base = m.group(1) or m.group(2), named[-1]
    if unit == "month":
        index = base.start.year * 12 + base.start.month - 2
        start, end = month_range(index // 12, index % 12 + 1)
        label = f"{calendar.month_name[start.month]} {start.year}"
    elif unit == "quarter":
        index = base.start.year * 4 + quarter_of(base.start) - 2
        start, end = quarter_range(index // 4, index % 4 + 1)
        label = f"Q{index % 4 + 1} {start.year}"
    else:
        start, end, label = date(base.start.year - 1, 1, 1), date(base.start.year - 1, 12, 31), str(base.start.year - 1)
    return Period(start, end, label, label.lower()), base  # in time order: the change reads from the earlier one


def the_one_before(period: Period) -> Period | None:
    """The calendar month or quarter just before ``period`` when it is one ("did my win rate improve in Q4?" is
    asked against Q3); None for any other span, whose "before" the message would have to say."""
    start, end = period.start, period.end
    if start.day != 1:
        return None
    if (start, end) == month_range(start.year, start.month):
        index = start.year * 12 + start.month - 2
        before = month_range(index // 12, index % 12 + 1)
        label = f"{calendar.month_name[before[0].month]} {before[0].year}"
    elif start.month % 3 == 1 and (start, end) == quarter_range(start.year, quarter_of(start)):
        index = start.year * 4 + quarter_of(start) - 2
        before = quarter_range(index // 4, index % 4 + 1)
        label = f"Q{index % 4 + 1} {before[0].year}"
    else:
        return None
    return Period(before[0], before[1], label, label.lower())
