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
