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
