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
    m = re.search(rf" ({names})(?: (\d{{4}}))? (?:to|thru|through|till|until|til) ({names})(?: (\d{{4}}))? ", t)
    if m:  # "nov 2016 to feb 2017", "oct thru dec": a year may follow either end
        return _run(MONTHS[m.group(1)], m.group(2), MONTHS[m.group(3)], m.group(4), today)
    m = re.search(rf" between ({names}) and ({names})(?: (\d{{4}}))? ", t)
    if not m:  # "mar + apr combined", "jan plus feb": two months next to each other, added up
        # ... and only two: "jul aug and sep combined" is three (a list of months, read elsewhere)
        more = rf"(?!(?:and |plus |& )?(?:{names}) )"
        m = re.search(rf" ({names}) (?:plus |and )?({names})(?: (\d{{4}}))? {more}{_ADDED_UP}", t) or re.search(
            rf" ({names}) plus ({names})(?: (\d{{4}}))? ", t
        )
        if m and (MONTHS[m.group(2)] - MONTHS[m.group(1)] != 1 or re.search(rf" (?:{names}) (?:and |plus )?$",
                                                                               t[: m.start() + 1])):  # fmt: skip
            return None
    if not m:
        return None
    first, last = MONTHS[m.group(1)], MONTHS[m.group(2)]
    if last < first:
        return None
    return _run(first, None, last, m.group(3), today)


def _run(first: int, first_year: str | None, last: int, last_year: str | None, today: date) -> Period | None:
    """Months ``first`` to ``last``. A bare end is in today's year (as a bare month is); a run that passes a year end
    ("nov-feb") starts in the year before its end. A year named after the first month only ("oct 2016 to dec") is
    the year of both ends."""
    if last_year:
        end_year = int(last_year)
    elif first_year:
        end_year = int(first_year) + (1 if last < first else 0)
    else:
        end_year = today.year
    start_year = int(first_year) if first_year else end_year - (1 if last < first else 0)
    start, end = month_range(start_year, first)[0], month_range(end_year, last)[1]
    if end <= start or (end_year - start_year) > 1:
        return None
    if start_year == end_year:
        return Period(start, end, f"{calendar.month_name[first]} to {calendar.month_name[last]} {end_year}")
    label = f"{calendar.month_name[first]} {start_year} to {calendar.month_name[last]} {end_year}"
    return Period(start, end, label)


_UNTIL = r"(?:to|thru|through|till|until|and) "


def day_span(t: str, today: date) -> Period | None:
    """ "Aug 15 through Sep 15", "dec 25-31", "15 to 20 March", "between 1 and 15 june": a run of days, both ends
    included. Two days with nothing between them ("mar 31, jun 30") are a list, not a range."""
    names = "|".join(sorted(MONTHS, key=len, reverse=True))
    # "between june 1 and end of august": a month's end or start named as a day of it
    t = re.sub(
        rf" (?:the )?(end|start|beginning) of ({names})(?= (?!\d{{1,2}}\b))",
        lambda m: f" {m[2]} {calendar.monthrange(today.year, MONTHS[m[2]])[1] if m[1] == 'end' else 1}",
        t,
    )
    month_first = re.search(
        rf" ({names}) (\d{{1,2}}){ORDINAL} {_UNTIL}(?:({names}) )?(\d{{1,2}}){ORDINAL}(?: (\d{{4}}))? ", t
    )
    day_first = re.search(
        rf" (\d{{1,2}}){ORDINAL}(?: (?:of )?({names}))? {_UNTIL}(\d{{1,2}}){ORDINAL} (?:of )?({names})"
        r"(?: (\d{4}))? ",
        t,
    )
    point = rf"(?:({names}) (\d{{1,2}}){ORDINAL}|(\d{{1,2}}){ORDINAL} (?:of )?({names}))"
    # both ends a whole day, in either order of day and month: "1 aug to october 31", "jan 1 up to and including aug 31"
    # ... each with its year: "jul 1 2017 to aug 15 2017" (from "2017-07-01 to 2017-08-15")
    full = re.search(
        rf" {point}(?: (\d{{4}}))? (?:{_UNTIL}|up to (?:and including )?)(?:the )?{point}(?: (\d{{4}}))? ", t
    )
    first_year = None
    if full:
        ma, da, db, mb, first_year, mc, dc, dd, md, y = full.groups()
        m1, d1, m2, d2 = ma or mb, da or db, mc or md, dc or dd
    elif month_first:
        m1, d1, m2, d2, y = month_first.groups()
    elif day_first:
        d1, m1, d2, m2, y = day_first.groups()
        m1 = m1 or m2
    else:
        return None
    year = int(y or first_year or today.year)
    try:
        start, end = date(int(first_year or year), MONTHS[m1], int(d1)), date(year, MONTHS[m2 or m1], int(d2))
    except ValueError:
        return None
    if end <= start:
        return None
    label = f"{start.day} {calendar.month_name[start.month]} to {end.day} {calendar.month_name[end.month]} {year}"
    if start.year != end.year:
        label = f"{start.day} {calendar.month_name[start.month]} {start.year} to " + label.split(" to ", 1)[1]
    return Period(start, end, label)
