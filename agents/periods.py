"""Relative and named periods ("this quarter", "last month", "Q4", "March 2017") as date ranges.

Resolved against the request's "today"; quarters are calendar quarters; ranges include both ends.
A bare month or quarter ("Q4", "in March") means that of today's year, as sales teams read a
fiscal calendar; name the year to mean another."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from agents.period_back import one_day, units_ago
from agents.period_current import (
    last_whole_units,
    month_so_far,
    the_unit_as_current,
    this_or_last_week,
    to_date,
    up_to_today,
)
from agents.period_dates import named_day
from agents.period_lists import combined, months_named
from agents.period_same_point import current_to_date, same_point_before
from agents.period_spans import day_span, month_span
from agents.period_words import (  # the calendar words, re-exported for the modules that read periods
    MONTHS,
    NUMBER_WORDS,
    OPEN_END,
    OPEN_START,
    ORDINAL,
    Period,
    month_range,
    plain,
    quarter_of,
    quarter_range,
)

__all__ = ["MONTHS", "OPEN_END", "OPEN_START", "ORDINAL", "Period", "find_period", "find_periods", "month_range",
           "parse_period", "plain", "read_period", "quarter_of", "quarter_range"]  # fmt: skip


# "my full-year 2017 won revenue": 2017's; "what % of my full-year was that": this year's
_FULL_YEAR_OF = re.compile(r"\b(?:the )?full[- ]?year (?=(?:of )?\d{4}\b)", re.IGNORECASE)
_FULL_YEAR = re.compile(r"\b(my|our|your) full[- ]?year\b(?! \d)", re.IGNORECASE)  # "the full year" is read as is


def full_year_said(text: str) -> str:
    """``text`` with "full-year" read as the year it names."""
    return _FULL_YEAR.sub(r"\1 this year", _FULL_YEAR_OF.sub("", text))


def parse_period(text: str, today: date) -> Period | None:
    """The first single run of days named in ``text``, or None when it names none, or adds up months apart ("jan and
    mar combined": no one run covers it; :func:`read_period` reads it with its parts)."""
    period = read_period(text, today)
    return None if period is None or period.parts else period


_THIS_Q = re.compile(r" (this|current|the current) q ")


# find_periods reads the same few phrases again for every word of a message (a few hundred readings a message);
# a reading depends on nothing but the words and today, and a Period is frozen, so each is read once
@lru_cache(maxsize=8192)
def read_period(text: str, today: date) -> Period | None:
    """The first period named in ``text``, months or quarters apart added up included, or None when it names none."""
    t = " " + plain(text) + " "
    t = re.sub(r"\s+", " ", t)
    for short, word in (
        ("yr", "year"),
        ("qtr", "quarter"),
        ("mo", "month"),
        ("ytd", "year to date"),
        ("mtd", "month to date"),
        ("qtd", "quarter to date"),
    ):
        t = t.replace(f" {short} ", f" {word} ")
    t = _THIS_Q.sub(r" \1 quarter ", t)  # "so far this q": the current quarter said short, as "last q" is
    # "the year so far", "so far in the quarter": the current year, quarter or month up to today
    t = re.sub(r" (?:the|this|current|the current) (year|quarter|month) so far ", r" \1 to date ", t)
    t = re.sub(r" so far (?:in |for )?(?:the|this) (year|quarter|month) ", r" \1 to date ", t)
    t = re.sub(r" calendar (month|quarter|year) ", r" \1 ", t)  # "this calendar month": the month
    t = full_year_said(t)
    t = up_to_today(t)
    for parser in _PARSERS:
        period = parser(t, today)
        if period is not None:
            return period
    return None


def find_periods(text: str, today: date) -> list[Period]:
    """Every distinct period named in ``text``, in the order they are named ("Q3 ... this quarter")."""
    text = the_unit_as_current(text, lambda rest: read_period(rest, today))  # "numbers for the qtr"
    words = current_to_date(f" {plain(text)} ").split()  # "this month vs the same point last month": both to date
    found: list[Period] = []
    taken: set[int] = set()
    for i in range(len(words)):
        if i in taken:
            continue
        best = None
        for size in range(1, min(5, len(words) - i) + 1):
            if _names_exactly(words[i : i + size], today):
                best = size
        if best is None or (words[i] == "today" and i and words[i - 1] in _BOUNDING):
            continue  # "up to today" ends a span, it names no period
        if _longer_after(words, i, best, today):
            continue  # "in may 2016": "in may" names a month, "may 2016" the one meant
        taken |= set(range(i, i + best))
        phrase = " ".join(words[i : i + best])
        period = read_period(phrase, today)
        if period and all((p.start, p.end) != (period.start, period.end) for p in found):
            found.append(replace(period, phrase=phrase))
    return found


def _longer_after(words: list[str], i: int, size: int, today: date) -> bool:
    """Whether a period named from a later word of this phrase runs past its end and names other days ("in may
    2016"), not days inside it ("jul aug and sep combined" holds "aug and sep combined")."""
    here = read_period(" ".join(words[i : i + size]), today)
    for j in range(i + 1, i + size):
        for n in range(i + size - j + 1, min(5, len(words) - j) + 1):
            if not _names_exactly(words[j : j + n], today):
                continue
            later = read_period(" ".join(words[j : j + n]), today)
            if here is None or later is None or not (here.start <= later.start and later.end <= here.end):
                return True
    return False


def _names_exactly(words: list[str], today: date) -> bool:
    """Whether these words name a period and every one counts: without the first or the last word the period
    changes or disappears ("jan thru june", not "q3 this quarter" nor "q3 what have i")."""
    period = read_period(" ".join(words), today)
    if period is None:
        return False
    if len(words) == 1:
        return True
    if not months_named(f" {' '.join(words)} ") <= _months_of(period):
        return False  # "oct nov and dec separately" read as October alone: three months named, each its own
    dates = (period.start, period.end)

    def same(shorter: list[str]) -> bool:
        other = read_period(" ".join(shorter), today)
        return other is not None and (other.start, other.end) == dates

    # a trailing year that happens to be this year still belongs to the phrase ("q4 2017"), when it dates the
    # period read and not a second one after it ("may 2016 and june 2016" is two periods)
    last = read_period(" ".join(words[-2:]), today)
    year_of_it = re.fullmatch(r"\d{4}", words[-1]) and (last is None or period.start <= last.start <= period.end)
    return not same(words[1:]) and not (same(words[:-1]) and not year_of_it)


def _months_of(period: Period) -> set[int]:
    """The months of the year a period touches (every one, when it runs a year or more)."""
    if (period.end - period.start).days >= 365:
        return set(range(1, 13))
    months, day = set(), period.start.replace(day=1)
    while day <= period.end:
        months.add(day.month)
        day = (day + timedelta(days=32)).replace(day=1)
    return months


_YEAR = re.compile(r"(?:19|20)\d\d")


def find_period(text: str, today: date) -> Period | None:
    """Like :func:`read_period`, and also says which words named the period (``phrase``)."""
    text = the_unit_as_current(text, lambda rest: read_period(rest, today))  # "numbers for the qtr"
    period = read_period(text, today)
    if period is None:
        return None
    words = plain(text).split()
    for size in range(1, min(len(words), 5) + 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            if period.start > today and _YEAR.fullmatch(words[i + size] if i + size < len(words) else ""):
                continue  # "december 2017" asked in February 2017: a period to come keeps its year, not read as gone by
            if read_period(phrase, today) == period:
                return replace(period, phrase=phrase)
    if period.parts:  # too many words for a phrase ("dec 2016 and feb 2017 combined"): its label, added up
        return replace(period, phrase=f"{period.label.lower()} combined")
    return period


def _relative_quarter(t: str, today: date) -> Period | None:
    m = re.search(r" (this|current|last|previous|prior|next) (quarter|qtr|q)"
                  r" (?!(?:of |in )?(?:\d{4}|the year|this year) )", t)  # fmt: skip
    if not m:  # "the last quarter of 2016" is that year's Q4, not the quarter before today's
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
    m = (
        re.search(r" q([1-4])(?: (?:of )?(\d{4})| fy(\d{2,4}))? ", t)
        or re.search(r" (first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: (?:of )?(\d{4}))? ", t)
        or re.search(r" (last|final) quarter (?:of |in )?(\d{4}) ", t)  # "the last quarter of 2016": its Q4
        or re.search(r" (last|final) quarter (?:of|in) (?:the|this) year ()", t)  # "the last quarter of the year"
    )
    if not m:
        return None
    ordinals = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": 4,
                "final": 4}  # fmt: skip
    q = int(m.group(1)) if m.group(1).isdigit() else ordinals[m.group(1)]
    year_text = next((g for g in m.groups()[1:] if g), None)
    if year_text:
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    else:
        year = today.year
    start, end = quarter_range(year, q)
    return Period(start, end, f"Q{q} {year}")


def _relative_month(t: str, today: date) -> Period | None:
    m = re.search(r" (this|current|last|previous|prior) month (?!(?:of |in )?\d{4} )", t)  # not "last month of 2016"
    if not m:
        return None
    year, month = today.year, today.month
    if m.group(1) != "this" and m.group(1) != "current":
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    start, end = month_range(year, month)
    return Period(start, end, f"{calendar.month_name[month]} {year}")


# "may" where no verb can stand: after a preposition or "did"/"was" ("how did May go"), before what a month does
# or holds ("May went well", "May numbers"); not "deals that may close", "we may win it"
_MAY_THE_MONTH = re.compile(
    r" (?:in|during|for|of|since|from|through|thru|till|until|by|before|after|early|mid|late|did|does|was|last|this"
    r"|whole|all) may | may (?:went|go|goes|was|has been|numbers|figures|wins|revenue|total|totals|closes|closings"
    r"|deals|pipeline|results) "
    # one end of a run of months: "may through july", "march to may"
    r"| may (?:through|thru|to|till|until|and|-) (?:the end of )?(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\w* "
    r"| (?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\w* (?:through|thru|to|till|until|and|-) may "
)


def _named_month(t: str, today: date) -> Period | None:
    names = "|".join(sorted(MONTHS, key=len, reverse=True))
    if edge := re.search(r" (first|last|final) month (?:of |in )?(\d{4}) ", t):  # "the last month of 2016"
        month = 1 if edge.group(1) == "first" else 12
        start, end = month_range(int(edge.group(2)), month)
        return Period(start, end, f"{calendar.month_name[month]} {edge.group(2)}")
    m = re.search(rf" ({names})(?: (?:of )?(\d{{4}}))? ", t)
    if not m:
        return None
    if m.group(1) == "may" and not m.group(2) and not _MAY_THE_MONTH.search(t):
        return None  # "may" is usually the verb
    month = MONTHS[m.group(1)]
    year = int(m.group(2)) if m.group(2) else today.year
    start, end = month_range(year, month)
    return Period(start, end, f"{calendar.month_name[month]} {year}")


def _relative_year(t: str, today: date) -> Period | None:
    if re.search(r" (ytd|year to date|so far this year|this year|current year) ", t):
        return Period(date(today.year, 1, 1), today, f"{today.year} to date")
    if re.search(r" the (?:full|whole|entire) year ", t):  # "that rep's win rate for the full year": this one
        return Period(date(today.year, 1, 1), today, f"{today.year} to date")
    if re.search(r" (last|previous|prior) year ", t):
        return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31), str(today.year - 1))
    return None


def _trailing_days(t: str, today: date) -> Period | None:
    m = re.search(r" (?:last|past|previous) (\d+|" + "|".join(NUMBER_WORDS) + r") (day|week|month)s? ", t)
    if not m:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1)]
    days = n * {"day": 1, "week": 7, "month": 30}[m.group(2)]
    return Period(today - timedelta(days=days - 1), today, f"the last {n} {m.group(2)}s")


def _half_year(t: str, today: date) -> Period | None:
    # "the first six months of the year", "the last 6 months of 2017": a half said in months
    t = re.sub(
        r" (?:the )?(front|back|1st|2nd) half ",
        lambda m: " first half " if m[1] in ("front", "1st") else " second half ",
        t,
    )
    t = re.sub(r" (?:the )?(?:(first)|last|final|second) (?:six|6) months (?:of (?:the |this )?(?:year |(?=\d{4}))"
               r"|(?(1)|(?!)))", lambda m: " first half " if m[1] else " second half ", t)  # fmt: skip
    # "so far this half", "the current half-year", "last half": the half that holds today, or the one before it
    this = "first half" if today.month <= 6 else "second half"
    before = f"second half {today.year - 1}" if today.month <= 6 else "first half"
    t = re.sub(r" (?:this|the current|current) half(?:-year| year)? ", f" {this} ", t)
    t = re.sub(r" (of|in|for|during|over|across) the half(?:-year| year)? ", rf" \1 {this} ", t)  # "win of the half"
    t = re.sub(r" (?:the )?(?:last|final|latter) half of ", " second half of ", t)  # "the last half of 2017"
    t = re.sub(r" (?:the )?(?:last|previous|prior) half(?:-year| year)? ", f" {before} ", t)
    m = re.search(r" (h1|h2|first half|second half)(?: (?:of )?(\d{4}| ?(?:last|the previous|the prior) year))? ", t)
    if not m:
        return None
    said = (m.group(2) or "").strip()
    year = int(said) if said.isdigit() else today.year - 1 if said else today.year  # "of last year"
    first = m.group(1) in {"h1", "first half"}
    start, end = (date(year, 1, 1), date(year, 6, 30)) if first else (date(year, 7, 1), date(year, 12, 31))
    return Period(start, end, f"{'H1' if first else 'H2'} {year}")


def _bare_year(t: str, today: date) -> Period | None:
    m = re.search(r" (?:in |during |for )?(20\d\d|19\d\d) ", t)
    if not m:
        return None
    year = int(m.group(1))
    return Period(date(year, 1, 1), date(year, 12, 31), str(year))


_BOUNDING = {"to", "of", "till", "until", "through", "thru", "by", "as"}
_DAY_MONTH = re.compile(
    r"^ (?:the )?(?:(\d{1,2})(?:st|nd|rd|th)? (?:of )?(MONTH)|(MONTH) (\d{1,2})(?:st|nd|rd|th)?)(?: (\d{4}))? "
    r"|^ (\d{4}) (\d{1,2}) (\d{1,2}) ".replace("MONTH", "|".join(sorted(MONTHS, key=len, reverse=True)))
)


_MID_MONTH = re.compile(
    rf"^ (?:mid|(?:the )?middle of) ({'|'.join(sorted(MONTHS, key=len, reverse=True))})(?: (\d{{4}}))? "
)


def _day(t: str, today: date) -> date | None:
    """The day a text starts with: "1 july", "july 1st", "the 1st of july 2017", "2017-07-01", "mid-july"."""
    if mid := _MID_MONTH.match(t):  # "mid-march", "the middle of march": its 15th
        return date(int(mid.group(2) or today.year), MONTHS[mid.group(1)], 15)
    m = _DAY_MONTH.match(t)
    if m is None:
        return None
    try:
        if m.group(6):
            return date(int(m.group(6)), int(m.group(7)), int(m.group(8)))
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return date(int(m.group(5) or today.year), MONTHS[month], int(day))
    except ValueError:
        return None


def _bounded(t: str, today: date) -> Period | None:
    """ "before 1 July", "prior to Q3", "since March", "after June 15": an open-ended range from a day or period."""
    t = re.sub(r" since (?=before |prior to |earlier than )", " ", t)  # "sitting there since before July 1"
    # "since the start of last month" is "since last month": from its first day ("the start of this month": current)
    t = re.sub(r" since (?:the )?(?:very )?(?:start|beginning|first day|first) of (?!the |this )", " since ", t)
    # the first bounding word a period follows: "since summer kicked off, since jul 1" is since 1 July
    for m in re.finditer(r" (before|prior to|earlier than|after|later than|since) ", t):
        rest = " " + t[m.end() :]
        if _day(rest, today) is None:  # "since the QBR on dec 1", "before our call on the 15th of dec": that day
            rest = re.sub(r"^ (?:the |our |my |their |last )?(?:[a-z0-9]+ ){1,2}?on ", " ", rest)
        if (day := _day(rest, today)) is not None:
            return _bounded_by(m, t, today, day, day, f"{day.day} {calendar.month_name[day.month]} {day.year}")
        head = " ".join(rest.split()[:3]).join("  ")  # the period must follow the word: "before q3", not "before i .."
        if (named := next((p for p in (parser(head, today) for parser in _NAMED) if p), None)) is not None:
            return _bounded_by(m, t, today, named.start, named.end, named.label)
    return _up_to_day(t, today)


# a day an open range runs up to, itself included: "won until 2017-06-30", "through 6/30/2017", "up to dec 29" (read
# as that one day before); not the end of a run that starts earlier ("from march through 2017-06-30"), nor "by"
_UP_TO = re.compile(r" (?:until|till|til|up to|up until|through|thru|no later than|on or before) ")


def _up_to_day(t: str, today: date) -> Period | None:
    for m in _UP_TO.finditer(t):
        if re.search(r" (?:from|since|between|starting) ", t[: m.start() + 1]):
            return None
        if (day := _day(" " + t[m.end() :], today)) is not None:
            return Period(OPEN_START, day, f"up to {day.day} {calendar.month_name[day.month]} {day.year}")
    return None


def _bounded_by(m: re.Match[str], t: str, today: date, first: date, last: date, name: str) -> Period:
    word = m.group(1)
    if (unit := re.search(r" the (month|quarter) $", t[: m.start() + 1])) and word in ("before", "after"):
        return _next_to(unit.group(1), first - timedelta(days=1) if word == "before" else last + timedelta(days=1))
    if word in ("before", "prior to", "earlier than"):
        return Period(OPEN_START, first - timedelta(days=1), f"before {name}")
    if word == "since":
        return Period(first, max(today, first), f"since {name}")
    return Period(last + timedelta(days=1), OPEN_END, f"after {name}")


def _next_to(unit: str, day: date) -> Period:
    """ "the month before Q4", "the quarter after March": the whole month or quarter holding ``day``."""
    if unit == "month":
        start, end = month_range(day.year, day.month)
        return Period(start, end, f"{calendar.month_name[day.month]} {day.year}")
    q = quarter_of(day)
    start, end = quarter_range(day.year, q)
    return Period(start, end, f"Q{q} {day.year}")


def _one_named_day(t: str, today: date) -> Period | None:
    """ "on dec 29", "the 29th of december 2017": that one day, not its month."""
    found = named_day(t, today)
    return Period(found[0], found[0], f"on {found[1]}") if found else None


# Order matters: the more specific phrase wins ("Q4 2017" before "2017", "last month" before "last 3 months").
_PARSERS = (
    to_date, same_point_before, month_so_far, last_whole_units, units_ago, day_span, _bounded, month_span, combined,
    _trailing_days, _one_named_day, _relative_quarter, _named_quarter, _half_year, _relative_month, _named_month,
    this_or_last_week, _relative_year, _bare_year, one_day,
)  # fmt: skip
# what "before"/"since" can be counted from: a named period
_NAMED = (_relative_quarter, _named_quarter, _half_year, _relative_month, _named_month, _relative_year, _bare_year)
