"""Days written in digits or named one by one: "2017-12-29", "12/29", "on 29/12/2017", "what did I win on dec 29?".
A numeric date is spelled out as words the period readers know ("dec 29 2017"); a single day named is that day, not
its whole month (which once answered "on dec 29" with all of December, and "2017-12-29" with the whole year)."""

from __future__ import annotations

import calendar
import re
from datetime import date

_ABBR = [name.lower() for name in calendar.month_abbr]  # "", "jan", ... "dec"
# every way a month is named, to its number; here so the numeric dates below and agents.period_words share one table
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    name: i for i, name in enumerate(_ABBR) if name
} | {"sept": 9}  # fmt: skip
_ISO = re.compile(r"(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/-])")
# "12/29/2017", "29/12/17", "12/29": a year or a word that leads to a date must be there, so "3/4 of my deals" and
# "24/7" stay numbers
_SLASHED = re.compile(
    r"(?P<lead>\b(?:on|since|before|after|from|to|until|till|thru|through|between|and|by|of|as of|starting)\s+)?"
    r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?(?![\d/])"
)


def numeric_dates(text: str) -> str:
    """``text`` (lower case) with dates in digits written as "dec 29 2017" (or "dec 29" when no year is given)."""
    spelled = _SLASHED.sub(_slashed, _ISO.sub(lambda m: _spelled(int(m[2]), int(m[3]), m[1]) or m[0], text))
    if spelled != text:
        spelled = _DASHED_RUN.sub(r"\1 to ", spelled)  # "7/1/2017 - 8/15/2017": a run from one day to the other
    # a day said as "dec 29" gets the ordinal that marks it a day before punctuation goes: "november vs december? 2
    # numbers" names no 2 December, nor does "dec 5 deals"
    return _BARE_DAY.sub(lambda m: f"{m['month']} {m['day']}th", spelled)


def _slashed(m: re.Match[str]) -> str:
    if not (m["year"] or m["lead"]):
        return m[0]
    first, second = int(m["a"]), int(m["b"])
    month, day = (second, first) if first > 12 >= second else (first, second)  # US order unless only d/m can be
    year = m["year"] and (m["year"] if len(m["year"]) == 4 else str(2000 + int(m["year"])))
    spelled = _spelled(month, day, year)
    return f"{m['lead'] or ''}{spelled}" if spelled else m[0]


def _spelled(month: int, day: int, year: str | None) -> str | None:
    try:
        date(int(year or 2000), month, day)  # a leap year when no year is given: "2/29" stays a day
    except ValueError:
        return None
    return f"{_ABBR[month]} {day}" + (f" {year}" if year else "")


_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
_DASHED_RUN = re.compile(rf"\b((?:{_MONTHS}) \d{{1,2}}(?: \d{{4}})?)\s*[-–—]+\s*(?=(?:{_MONTHS}) \d)")
_COUNTED = (
    r"(?:deals?|opps?|opportunities|wins?|losses|reps?|accounts?|customers?|products?|days?|weeks?|months?|numbers?"
    r"|things?|questions?|items?|figures?|people|times|k|grand|percent|more|less|of|x)"
)
_BARE_DAY = re.compile(
    rf"\b(?P<month>{_MONTHS}) (?P<day>\d{{1,2}})(?![\d:.,/]|st\b|nd\b|rd\b|th\b|\s*[-–—]|\s+{_COUNTED}\b)",
    re.IGNORECASE,
)
# one day: "dec 29th", "29th dec", "the 29th of december 2017", "on 29 dec", "dec 29 2017"; a bare "dec 29" is marked
# a day by numeric_dates. Not "dec 5 deals" (a count after a month) nor "may 2017"
_NAMED_DAY = re.compile(
    rf" (?P<on>on |the )?(?:(?P<d1>\d{{1,2}})(?P<o1>st|nd|rd|th)? (?:of )?(?P<m1>{_MONTHS})"
    rf"|(?P<m2>{_MONTHS}) (?:the )?(?P<d2>\d{{1,2}})(?P<o2>st|nd|rd|th)?)"
    r"(?: (?P<year>\d{4}))?(?! (?:\d{4} )?(?:to|thru|through|till|until|and|or|plus|up to"
    rf"|{_MONTHS}) )(?= )"
)
_ANY_DAY = re.compile(
    rf" (?:{_MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?(?= )| \d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS})(?= )"
)


def named_day(t: str, today: date) -> tuple[date, str] | None:
    """The one day ``t`` (plain, padded with spaces) names, with its label ("29 December 2017"); None otherwise."""
    if len(_ANY_DAY.findall(t)) > 1:
        return None  # "on mar 31, jun 30 or sep 30": days listed, read by agents.period_days
    found = next((m for m in _NAMED_DAY.finditer(t) if m["on"] or m["o1"] or m["o2"] or m["year"]), None)
    if found is None:
        return None
    month = MONTHS[found["m1"] or found["m2"]]
    try:
        day = date(int(found["year"] or today.year), month, int(found["d1"] or found["d2"]))
    except ValueError:
        return None
    return day, f"{day.day} {calendar.month_name[day.month]} {day.year}"
