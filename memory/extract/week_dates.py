"""Dates said by the calendar week or the half-year, for ``dates``: "Friday of the week after next", "Friday next
week", "wk after next (Tue)", "end of H1", "by the second half". A week is Monday to Sunday: "next week" is the one
after ``now``'s, so "Friday next week" is not "next Friday" when ``now`` is early in the week."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

_DAYS = {d.lower()[:3]: i for i, d in enumerate(calendar.day_name)}
_WEEKDAY = r"(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|r|rs)?\.?"
_NEXT = r"(?:next|the (?:next|following|coming)) (?:week|wk)"
_AFTER_NEXT = r"(?:the )?(?:week|wk)s? after next"


def _in_week(now: date, weeks_on: int, weekday: str) -> date:
    """``weekday`` in the week ``weeks_on`` weeks after ``now``'s (weeks start on Monday)."""
    monday = now - timedelta(days=now.weekday()) + timedelta(weeks=weeks_on)
    return monday + timedelta(days=_DAYS[weekday.lower()[:3]])


def _half_end(now: date, half: int, year_said: str | None = None) -> date:
    """The last day of half-year ``half`` (1 or 2): of the year said, else this year's, or next year's when it has
    ended."""
    year = now.year if half == 2 or now.month <= 6 else now.year + 1
    year = int(year_said) if year_said else year
    return date(year, 6, 30) if half == 1 else date(year, 12, 31)


_HALF_WORDS = {"1": 1, "1st": 1, "fir": 1, "2": 2, "2nd": 2, "sec": 2}
_MONTHS = [m.lower()[:3] for m in calendar.month_abbr]
# the month a "last working day of" or "last Friday of" names: "of September", "of the month", "of next month"
_OF_MONTH = (
    r"of (?:(?:the|this) month|(?:next|the following) month|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?)\b"
)


def _last_in_month(now: date, said: str, month_word: str | None, weekday: str | None) -> date:
    """The last working day (``weekday`` None) or the last ``weekday`` of the month said: a month by name is its
    next occurrence."""
    if month_word:
        month = _MONTHS.index(month_word.lower())
        year = now.year if month >= now.month else now.year + 1
    else:
        ahead = 1 if ("next" in said.lower() or "following" in said.lower()) else 0
        year, month = now.year + (now.month - 1 + ahead) // 12, (now.month - 1 + ahead) % 12 + 1
    day = date(year, month, calendar.monthrange(year, month)[1])
    target = _DAYS[weekday.lower()[:3]] if weekday else None
    while (day.weekday() >= 5) if target is None else (day.weekday() != target):
        day -= timedelta(days=1)
    return day


def _week_after_this(now: date, weekday: str) -> date:
    """The ``weekday`` a week after this week's coming one: "not this Friday, the Friday after"."""
    return now + timedelta(days=((_DAYS[weekday.lower()[:3]] - now.weekday()) % 7 or 7) + 7)


def week_rules(now: date) -> list[tuple[str, Callable[[re.Match[str]], date]]]:
    """Patterns (case-insensitive) and their resolvers, for the weeks and halves named relative to ``now``."""
    return [
        # "the Friday of the week after next", "Tue the week after next", "Thursday in the week after next"
        (rf"\b(?:the )?{_WEEKDAY} (?:of |in |on )?{_AFTER_NEXT}\b", lambda m: _in_week(now, 2, m[1])),
        # the week first, then its day: "the week after next, Thursday", "wk after next (Tue)"
        (rf"\b{_AFTER_NEXT},? \(?(?:on )?(?:the )?{_WEEKDAY}(?![\w-])", lambda m: _in_week(now, 2, m[1])),
        # "Friday next week", "the Wednesday of next week"; not "Friday. Next week ..." (another sentence)
        (rf"\b(?:the )?{_WEEKDAY},? (?:of |in |on )?{_NEXT}\b", lambda m: _in_week(now, 1, m[1])),
        (rf"\b{_NEXT},? \(?(?:on )?(?:the )?{_WEEKDAY}(?![\w-])", lambda m: _in_week(now, 1, m[1])),
        # "the last working day of September", "last business day of the month", "the last Friday of next month"
        (
            rf"\b(?:the )?last (?:working|business|work|week) ?day {_OF_MONTH}",
            lambda m: _last_in_month(now, m[0], m[1], None),
        ),
        (rf"\b(?:the )?last {_WEEKDAY} {_OF_MONTH}", lambda m: _last_in_month(now, m[0], m[2], m[1])),
        # the coming weekday turned down for the one a week on: "not this Friday, the Friday after", "not this Friday
        # but the one after", "the Friday after this one" (not "the Friday after next", nor "after the board")
        (
            rf"\b(?:not )?this {_WEEKDAY},? (?:but |no,? |rather )?the (?:one|{_WEEKDAY}) after\b"
            r"(?!\s+(?:next|the|that|our|their))",
            lambda m: _week_after_this(now, m[1]),
        ),
        (rf"\bthe {_WEEKDAY} after this(?: one| coming one)?\b", lambda m: _week_after_this(now, m[1])),
        # a half-year: "end of H1", "by H2 2018", "in the second half of the year"
        (
            r"\b(?:(?:the )?end of |by |before |in )?(?:the )?h([12])(?: (20\d\d))?\b(?![-/.]?\d)",
            lambda m: _half_end(now, int(m[1]), m[2]),
        ),
        (
            r"\b(?:(?:the )?end of |by |before |in )?the (first|second|1st|2nd) half(?: of (?:the|this) year)?\b"
            r"(?! of (?!(?:the|this) year))",
            lambda m: _half_end(now, _HALF_WORDS[m[1].lower()[:3]]),
        ),
    ]
