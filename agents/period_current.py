"""Periods around today: the current month or quarter up to today ("month to date", "MTD", "since the quarter
started", "this quarter so far"; the year's own "YTD" is read with the other years), and this or last week."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from agents.period_words import MONTHS, NUMBER_WORDS, ORDINAL, Period, month_range, quarter_of, quarter_range

_UNIT = r"(month|quarter)"
TO_DATE = re.compile(
    rf" {_UNIT} to date | so far (?:this|in the|in this) {_UNIT} | (?:this|the current) {_UNIT} so far "
    rf"| since (?:the )?(?:start|beginning) of (?:the|this) {_UNIT} "
    rf"| since (?:the|this) {_UNIT} (?:started|began|opened|kicked off|start) "
)


def to_date(t: str, today: date) -> Period | None:
    """The current month or quarter up to ``today``, when ``t`` (padded, lower-case words) asks for it."""
    m = TO_DATE.search(t)
    if not m:
        return None
    unit = next(g for g in m.groups() if g)
    if unit == "month":
        return Period(today.replace(day=1), today, f"{calendar.month_name[today.month]} {today.year} to date")
    q = quarter_of(today)
    return Period(quarter_range(today.year, q)[0], today, f"Q{q} {today.year} to date")


# "numbers for the qtr", "win rate over the year": the current unit, when nothing else dates the question. Not "the
# month of March", "the year before", "the quarter ending June", "the year 2016"
_THE_UNIT = re.compile(
    r"\b(for|over|in|during|across|within|through|thru|on) the (year|yr|quarter|qtr|month)\b"
    r"(?! ?(?:of|before|after|prior|previous|ending|ended|end|that|which|when|where|in which|\d|[-'’]))",
    re.IGNORECASE,
)


def the_unit_as_current(text: str, reads: Callable[[str], Period | None]) -> str:
    """``text`` with "for the quarter" (year, month) written "for this quarter" when no other words of it name a
    period (``reads`` finds one): "Q3 ... for the quarter" is Q3's, not today's."""
    found = _THE_UNIT.search(text)
    if found is None or reads(text[: found.start()] + " " + text[found.end() :]) is not None:
        return text
    return f"{text[: found.start()]}{found.group(1)} this {found.group(2)}{text[found.end() :]}"


def this_or_last_week(t: str, today: date) -> Period | None:
    """ "this week", "last week": Monday to Sunday."""
    if re.search(r" (this|current) week ", t):
        start = today - timedelta(days=today.weekday())
        return Period(start, start + timedelta(days=6), "this week")
    if re.search(r" (last|previous) week ", t):
        start = today - timedelta(days=today.weekday() + 7)
        return Period(start, start + timedelta(days=6), "last week")
    return None


# "from the start of last quarter to date", "from March until now": an open range from that period to today. Not "from
# the start of the quarter to date" (the current quarter, read by to_date).
_FROM_TO_TODAY = re.compile(
    r" (?:from|since) (?:the )?(?:very )?(?:(?:start|beginning|first day) of )?(?!the |this |current )"
    r"((?:\w+ ){1,3}?)(?:to date|to now|till now|until now|up to now|up to today|to today|till today|until today"
    r"|through today|thru today|so far) "
)


# "jan 1 thru today", "march 3rd to now", "q2 to date", "1 feb - today": a day, month or quarter opening a range
# that runs to today, without a "from"
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_DAY = r"\d{1,2}" + ORDINAL
_START_TO_TODAY = re.compile(
    rf" ({_MONTH}(?: {_DAY})?(?: \d{{4}})?|{_DAY} (?:of )?{_MONTH}(?: \d{{4}})?|q[1-4](?: \d{{4}})?)"
    r" (?:to date|to now|till now|until now|up to now|up to today|to today|till today|until today|through today"
    r"|thru today|through now|thru now|- ?today|- ?now"
    # "for september so far", "q4 so far": that month or quarter up to today; not "... so far this year" nor "in
    # march? so far i count 5" (a remark of the asker's own tally)
    r"|so far(?= (?:$|pls |please |and |or |for |vs |versus |compared |plus |then |too |ok |thanks )| ?$)) "
    # a dash read away leaves the day beside "today": "jan 1 - today" is read "jan 1 today"
    rf"| ({_MONTH} {_DAY}|{_DAY} (?:of )?{_MONTH}) (?:today|now) "
)


# "from March onwards", "jul 1 on, how many ...", "Q3 and after": that period's start to today. A bare "on" only where
# a clause or the message ends after it: "closed in march on GTX Pro" is March
_ONWARD = re.compile(
    rf" (?:from |starting |beginning )?({_MONTH}(?: {_DAY})?|{_DAY} (?:of )?{_MONTH}|q[1-4])"
    r" (?:onwards?|forward|and after|on (?=(?:how|what|which|who|did|do|have|has|and|i|we|so|pls|please) |$))"
)


def up_to_today(t: str) -> str:
    """``t`` with a range "from <period> to date" or "<period> onwards" written as "since <period>", which the open
    ranges read."""
    t = _FROM_TO_TODAY.sub(r" since \1 ", t)
    t = _ONWARD.sub(r" since \1 ", t)
    return _START_TO_TODAY.sub(lambda m: f" since {m[1] or m[2]} ", t)


_SINCE_THE_NTH = re.compile(
    r" since the (1st|first|\d{1,2}(?:st|nd|rd|th))(?: of (?:the|this) month)? (?!of |day of |quarter |week |half )"
)


def month_so_far(t: str, today: date) -> Period | None:
    """ "since the 1st", "since the first of the month", "since the 15th": from that day of this month (of last
    month when this month has not reached it yet) up to today."""
    m = _SINCE_THE_NTH.search(t)
    if m is None:
        return None
    day = 1 if m.group(1) in ("1st", "first") else int(m.group(1)[:-2])
    start = today.replace(day=1)
    if day > today.day:  # "since the 20th" on the 5th: last month's 20th
        start = (start - timedelta(days=1)).replace(day=1)
    if day > calendar.monthrange(start.year, start.month)[1]:
        return None
    start = start.replace(day=day)
    if day == 1:
        return Period(start, today, f"{calendar.month_name[today.month]} {today.year} to date")
    return Period(start, today, f"since {day} {calendar.month_name[start.month]} {start.year}")


_WHOLE_UNITS = re.compile(
    r" (?:last|past|previous|prior) (\d+|" + "|".join(NUMBER_WORDS) + r") (?:(full|complete|whole|calendar) )?"
    r"(quarter|month)s "
)


def last_whole_units(t: str, today: date) -> Period | None:
    """ "the last two full quarters", "the past 3 complete months": whole calendar units before the current one (a
    bare "last 3 months" stays a trailing window of days, read elsewhere)."""
    m = _WHOLE_UNITS.search(t)
    if m is None or (m.group(3) == "month" and not m.group(2)):
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1)]
    if n < 1:
        return None
    if m.group(3) == "quarter":
        index = today.year * 4 + quarter_of(today) - 1
        start = quarter_range((index - n) // 4, (index - n) % 4 + 1)[0]
        end = quarter_range((index - 1) // 4, (index - 1) % 4 + 1)[1]
    else:
        index = today.year * 12 + today.month - 1
        start = month_range((index - n) // 12, (index - n) % 12 + 1)[0]
        end = month_range((index - 1) // 12, (index - 1) % 12 + 1)[1]
    return Period(start, end, f"the last {n} full {m.group(3)}s")
