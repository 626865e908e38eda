"""Relative and named periods ("this quarter", "last month", "Q4", "March 2017") as date ranges.

Resolved against the request's "today"; quarters are calendar quarters; ranges include both ends.
A bare month or quarter ("Q4", "in March") means that of today's year, as sales teams read a
fiscal calendar; name the year to mean another."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    name.lower(): i for i, name in enumerate(calendar.month_abbr) if name
} | {"sept": 9}  # fmt: skip
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12}


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str
    phrase: str = ""  # the words that named it, re-parseable against the same today

    def __str__(self) -> str:
        return f"{self.label} ({self.start.isoformat()} to {self.end.isoformat()})"


def month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def quarter_range(year: int, quarter: int) -> tuple[date, date]:
    first_month = 3 * (quarter - 1) + 1
    return date(year, first_month, 1), month_range(year, first_month + 2)[1]


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def parse_period(text: str, today: date) -> Period | None:
    """The first period named in ``text``, or None when it names none."""
    t = " " + re.sub(r"[^a-z0-9 ]+", " ", text.lower()) + " "
    t = re.sub(r"\s+", " ", t)
    for short, word in (("yr", "year"), ("qtr", "quarter"), ("mo", "month"), ("ytd", "year to date")):
        t = t.replace(f" {short} ", f" {word} ")
    for parser in _PARSERS:
        period = parser(t, today)
        if period is not None:
            return period
    return None


def find_period(text: str, today: date) -> Period | None:
    """Like :func:`parse_period`, and also says which words named the period (``phrase``)."""
    period = parse_period(text, today)
    if period is None:
        return None
    words = re.sub(r"[^a-z0-9 ]+", " ", text.lower()).split()
    for size in range(1, min(len(words), 5) + 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            if parse_period(phrase, today) == period:
                return Period(period.start, period.end, period.label, phrase)
    return period


def _relative_quarter(t: str, today: date) -> Period | None:
    m = re.search(r" (this|current|last|previous|prior|next) (quarter|qtr|q) ", t)
    if not m:
        return None
    q, year = quarter_of(today), today.year
    shift = {"last": -1, "previous": -1, "prior": -1, "next": 1}.get(m.group(1), 0)
    q += shift
    if q == 0:
        q, year = 4, year - 1
    elif q == 5:
        q, year = 1, year + 1
    start, end = quarter_range(year, q)
    return Period(start, end, f"Q{q} {year}")


def _named_quarter(t: str, today: date) -> Period | None:
    m = re.search(r" q([1-4])(?: (?:of )?(\d{4})| fy(\d{2,4}))? ", t) or re.search(
        r" (first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: (?:of )?(\d{4}))? ", t
    )
    if not m:
        return None
    ordinals = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
    q = int(m.group(1)) if m.group(1).isdigit() else ordinals[m.group(1)]
    year_text = next((g for g in m.groups()[1:] if g), None)
    if year_text:
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    else:
        year = today.year
    start, end = quarter_range(year, q)
    return Period(start, end, f"Q{q} {year}")


def _relative_month(t: str, today: date) -> Period | None:
    m = re.search(r" (this|current|last|previous|prior) month ", t)
    if not m:
        return None
    year, month = today.year, today.month
    if m.group(1) != "this" and m.group(1) != "current":
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    start, end = month_range(year, month)
    return Period(start, end, f"{calendar.month_name[month]} {year}")


def _named_month(t: str, today: date) -> Period | None:
    names = "|".join(sorted(MONTHS, key=len, reverse=True))
    m = re.search(rf" ({names})(?: (?:of )?(\d{{4}}))? ", t)
    if not m:
        return None
    if m.group(1) == "may" and not m.group(2) and not re.search(r" (in|during|for|of|since) may ", t):
        return None  # "may" is usually the verb
    month = MONTHS[m.group(1)]
    year = int(m.group(2)) if m.group(2) else today.year
    start, end = month_range(year, month)
    return Period(start, end, f"{calendar.month_name[month]} {year}")


def _relative_year(t: str, today: date) -> Period | None:
    if re.search(r" (ytd|year to date|so far this year|this year|current year) ", t):
        return Period(date(today.year, 1, 1), today, f"{today.year} to date")
    if re.search(r" (last|previous|prior) year ", t):
        return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31), str(today.year - 1))
    return None


def _trailing_days(t: str, today: date) -> Period | None:
    m = re.search(r" (?:last|past|previous) (\d+|" + "|".join(_NUMBER_WORDS) + r") (day|week|month)s? ", t)
    if not m:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
    days = n * {"day": 1, "week": 7, "month": 30}[m.group(2)]
    return Period(today - timedelta(days=days - 1), today, f"the last {n} {m.group(2)}s")


def _half_year(t: str, today: date) -> Period | None:
    m = re.search(r" (h1|h2|first half|second half)(?: (?:of )?(\d{4}))? ", t)
    if not m:
        return None
    year = int(m.group(2)) if m.group(2) else today.year
    first = m.group(1) in {"h1", "first half"}
    start, end = (date(year, 1, 1), date(year, 6, 30)) if first else (date(year, 7, 1), date(year, 12, 31))
    return Period(start, end, f"{'H1' if first else 'H2'} {year}")


def _bare_year(t: str, today: date) -> Period | None:
    m = re.search(r" (?:in |during |for )?(20\d\d|19\d\d) ", t)
    if not m:
        return None
    year = int(m.group(1))
    return Period(date(year, 1, 1), date(year, 12, 31), str(year))


def _today_week(t: str, today: date) -> Period | None:
    if re.search(r" (this|current) week ", t):
        start = today - timedelta(days=today.weekday())
        return Period(start, start + timedelta(days=6), "this week")
    if re.search(r" (last|previous) week ", t):
        start = today - timedelta(days=today.weekday() + 7)
        return Period(start, start + timedelta(days=6), "last week")
    return None


# Order matters: the more specific phrase wins ("Q4 2017" before "2017", "last month" before "last 3 months").
_PARSERS = (
    _trailing_days, _relative_quarter, _named_quarter, _half_year, _relative_month,
    _named_month, _today_week, _relative_year, _bare_year,
)  # fmt: skip
