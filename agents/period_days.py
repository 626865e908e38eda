"""Particular days rather than a range: "on the last day of a quarter", "on month-end", "on mar 31, jun 30 or
sep 30". Each day is listed, within the span the question's period (if any) sets."""

from __future__ import annotations

import re
from datetime import date

from agents.period_words import MONTHS, ORDINAL, month_range, plain

_EDGE_DAY = re.compile(
    r" on (?:the |a )?(?P<which>last|final|closing|first|opening) (?:business |calendar )?day (?:of|in) "
    r"(?:a|the|each|every|any) (?P<unit>quarter|month|year) "
    r"| on (?:the |a )?(?P<unit2>quarter|month|year)(?: |-)?end(?: day)?s? "
)
_MONTH_DAY = re.compile(
    rf"\b(?:({'|'.join(sorted(MONTHS, key=len, reverse=True))}) (\d{{1,2}}){ORDINAL}"
    rf"|(\d{{1,2}}){ORDINAL} (?:of )?({'|'.join(sorted(MONTHS, key=len, reverse=True))}))\b"
)

# two days joined as a run's two ends: "between aug 1 and oct 31", "1 aug to 31 oct", "aug 1 up to and including oct 31"
_POINT = _MONTH_DAY.pattern.replace("(", "(?:").replace("(?:?:", "(?:")
_A_RUN = re.compile(
    rf" between (?:the )?{_POINT} and (?:the )?{_POINT}"
    rf"| {_POINT} (?:to|thru|through|till|until|up to(?: and including)?|-) (?:the )?{_POINT}"
)


def particular_days(text: str, start: date, end: date) -> tuple[list[date], str] | None:
    """The days a question is about, within ``start``..``end`` ("on the last day of a quarter this year": Mar 31,
    Jun 30, Sep 30, Dec 31), and ``text`` without the days it lists (they are no period of their own); None when it
    names no particular days, or only one (a one-day period)."""
    t = " " + plain(text) + " "
    t = re.sub(r"\s+", " ", t)
    edge = _EDGE_DAY.search(t)
    listed = [m for m in _MONTH_DAY.finditer(t)]
    unplain = _MONTH_DAY.sub(" ", t)
    if edge is not None:
        unit, last = (
            edge.group("unit") or edge.group("unit2"),
            (edge.group("which") or "last") not in ("first", "opening"),
        )
        step = {"month": 1, "quarter": 3, "year": 12}[unit]
        days = []
        for year in range(start.year, end.year + 1):
            for month in range(step, 13, step):
                first_month = month - step + 1
                day = month_range(year, month)[1] if last else date(year, first_month, 1)
                if start <= day <= end:
                    days.append(day)
        return days, unplain
    if len(listed) < 2 or not re.search(r" on ", t) or _A_RUN.search(t):
        return None  # "between aug 1 and oct 31", "aug 1 to oct 31": a run of days, read as a period
    days = []
    for m in listed:
        name, number = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        for year in range(start.year, end.year + 1):
            try:
                days.append(date(year, MONTHS[name], int(number)))
            except ValueError:
                continue
    return sorted(d for d in set(days) if start <= d <= end), unplain
