"""Runs of whole months or days named by their ends: "jan thru june", "mar + apr combined", "dec 25-31"."""

from __future__ import annotations

import calendar
import re
from datetime import date

from agents.period_words import MONTHS, ORDINAL, Period, month_range

_ADDED_UP = r"(?:\w+ ){0,2}?(?:combined|together|altogether|in total|total|summed|added up) "


def month_span(t: str, today: date) -> Period | None:
    """ "jan thru june", "from March to May 2017": whole months, both ends included."""
    names = "|".join(sorted(MONTHS, key=len, reverse=True))
    m = re.search(rf" ({names}) (?:to|thru|through|till|until) ({names})(?: (\d{{4}}))? ", t) or re.search(
        rf" between ({names}) and ({names})(?: (\d{{4}}))? ", t
    )
    if not m:  # "mar + apr combined", "jan plus feb": two months next to each other, added up
        m = re.search(rf" ({names}) (?:plus |and )?({names})(?: (\d{{4}}))? {_ADDED_UP}", t) or re.search(
            rf" ({names}) plus ({names})(?: (\d{{4}}))? ", t
        )
        if m and MONTHS[m.group(2)] - MONTHS[m.group(1)] != 1:
            return None
    if not m:
        return None
    year = int(m.group(3)) if m.group(3) else today.year
    first, last = MONTHS[m.group(1)], MONTHS[m.group(2)]
    if last < first:
        return None
    start, end = month_range(year, first)[0], month_range(year, last)[1]
    return Period(start, end, f"{calendar.month_name[first]} to {calendar.month_name[last]} {year}")


_UNTIL = r"(?:to|thru|through|till|until|and) "


def day_span(t: str, today: date) -> Period | None:
    """ "Aug 15 through Sep 15", "dec 25-31", "15 to 20 March", "between 1 and 15 june": a run of days, both ends
    included. Two days with nothing between them ("mar 31, jun 30") are a list, not a range."""
    names = "|".join(sorted(MONTHS, key=len, reverse=True))
    month_first = re.search(
        rf" ({names}) (\d{{1,2}}){ORDINAL} {_UNTIL}(?:({names}) )?(\d{{1,2}}){ORDINAL}(?: (\d{{4}}))? ", t
    )
    day_first = re.search(
        rf" (\d{{1,2}}){ORDINAL}(?: (?:of )?({names}))? {_UNTIL}(\d{{1,2}}){ORDINAL} (?:of )?({names})"
        r"(?: (\d{4}))? ",
        t,
    )
    if month_first:
        m1, d1, m2, d2, y = month_first.groups()
    elif day_first:
        d1, m1, d2, m2, y = day_first.groups()
        m1 = m1 or m2
    else:
        return None
    year = int(y) if y else today.year
    try:
        start, end = date(year, MONTHS[m1], int(d1)), date(year, MONTHS[m2 or m1], int(d2))
    except ValueError:
        return None
    if end <= start:
        return None
    label = f"{start.day} {calendar.month_name[start.month]} to {end.day} {calendar.month_name[end.month]} {year}"
    return Period(start, end, label)
