"""Holidays as the dates they fall on, so a period can start or end at one: "since Labor Day", "after the 4th of
July", "Halloween month", "between Memorial Day and Thanksgiving". US holidays (the CRM's offices are American);
without a year, the last one on or before today ("since Labor Day" in December is this September's)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of the month (n = -1 for the last): Labor Day is the first Monday of September."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if date(year, month, d).weekday() == weekday]
    return date(year, month, days[n])


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _thanksgiving(year: int) -> date:
    return _nth_weekday(year, 11, calendar.THURSDAY, 3)


# in the order they are tried: "new year's eve" before "new year's", "christmas eve" before "christmas"
_ON: dict[str, Callable[[int], date]] = {
    r"new year'?s eve": lambda y: date(y, 12, 31),
    r"new year'?s(?: day)?|new year day": lambda y: date(y, 1, 1),
    r"(?:mlk|martin luther king(?: jr\.?)?) day": lambda y: _nth_weekday(y, 1, calendar.MONDAY, 2),
    r"presidents'? day": lambda y: _nth_weekday(y, 2, calendar.MONDAY, 2),
    r"valentine'?s(?: day)?": lambda y: date(y, 2, 14),
    r"st\.? patrick'?s(?: day)?": lambda y: date(y, 3, 17),
    r"easter(?: sunday)?": _easter,
    r"memorial day": lambda y: _nth_weekday(y, 5, calendar.MONDAY, -1),
    r"juneteenth": lambda y: date(y, 6, 19),
    r"independence day|(?:the )?(?:4th|fourth) of july|july (?:4th|fourth)": lambda y: date(y, 7, 4),
    r"labou?r day": lambda y: _nth_weekday(y, 9, calendar.MONDAY, 0),
    r"columbus day": lambda y: _nth_weekday(y, 10, calendar.MONDAY, 1),
    r"halloween": lambda y: date(y, 10, 31),
    r"veterans'? day": lambda y: date(y, 11, 11),
    r"thanksgiving(?: day)?": _thanksgiving,
    r"black friday": lambda y: _thanksgiving(y) + timedelta(days=1),
    r"cyber monday": lambda y: _thanksgiving(y) + timedelta(days=4),
    r"christmas eve|xmas eve": lambda y: date(y, 12, 24),
    r"christmas(?: day)?|xmas(?: day)?": lambda y: date(y, 12, 25),
}
_NAMES = "|".join(f"(?:{n})" for n in _ON)
# only where a date or a month is meant: after a word that starts or places a period ("since", "between ... and",
# Spanish "desde", French "depuis", German "seit"), or as a month ("Halloween month", "the month of Thanksgiving");
# "the halloween promo deals" keeps its words, and so does a rep's own timeline ("cleaning up before the new year",
# "need it by christmas")
_HOLIDAY = re.compile(
    r"(?:\b(?P<bound>since|after|from|through|thru|on|between|and|to|desde|depuis|seit)\s+"
    r"|\b(?P<month_of>the month of)\s+|\b(?=(?:the )?(?:" + _NAMES + r")(?:,? (?:19|20)\d\d)?'?s? month\b))"
    r"(?:last |this |the (?=4th|fourth))?(?P<name>" + _NAMES + r")"
    r"(?:(?:,? | of )(?P<year>(?:19|20)\d\d))?(?P<month>'?s? month)?\b",
    re.IGNORECASE,
)


_OPENS = {"and": "between", "to": "from"}


def _date_of(name: str, year: int | None, today: date) -> date:
    rule = next(rule for pattern, rule in _ON.items() if re.fullmatch(pattern, name, re.IGNORECASE))
    if year is not None:
        return rule(year)
    day = rule(today.year)
    return day if day <= today else rule(today.year - 1)


def holidays_as_dates(text: str, today: date) -> str:
    """``text`` with each holiday named as its date ("since Labor Day" -> "since September 4"), or as its
    month when the month is meant ("Halloween month", "the month of Thanksgiving" -> "October 2017")."""

    def as_date(m: re.Match[str]) -> str:
        opened = _OPENS.get((m.group("bound") or "").lower())
        if opened and not re.search(rf"\b{opened}\b", text[max(0, m.start() - 60) : m.start()], re.IGNORECASE):
            return m.group(0)  # "and" ends a span only after "between", "to" after "from": "GTX and christmas promos"
        day = _date_of(m.group("name"), int(m.group("year")) if m.group("year") else None, today)
        if m.group("month") or m.group("month_of"):
            return f"{calendar.month_name[day.month]} {day.year}"
        bound = f"{m.group('bound')} " if m.group("bound") else ""
        year = "" if day.year == today.year else f" {day.year}"  # "between May 29 and July 4": the day spans read it
        return f"{bound}{calendar.month_name[day.month]} {day.day}{year}"

    return _HOLIDAY.sub(as_date, text)
