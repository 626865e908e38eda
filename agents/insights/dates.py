"""Dates written in customer messages ("until 28 August", "by the 8th", "late October", "Q4", "next week"),
resolved against the day the message was written.

Each mention is a range (``start``..``end``): "in October" is the whole month, "31 August" a single day.
Callers pick the end that fits their question: an absence "until October" ends on the 1st, a decision
"after the board in September" comes after the 30th.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.lower(): i for i, m in enumerate(calendar.month_abbr) if m
}
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>20\d\d))?"
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3, "several": 3}  # fmt: skip
_COUNT = r"(?P<n>\d+|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"


@dataclass(frozen=True)
class DateMention:
    """A date phrase found in a text: where it is, and the days it can mean."""

    start_at: int
    end_at: int
    start: date
    end: date
    phrase: str


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _forward(year: int, month: int, day: int, ref: date) -> date:
    """The date in ``ref``'s year, or in the next year when that is long past (people write ahead)."""
    candidate = date(year, month, min(day, calendar.monthrange(year, month)[1]))
    if candidate < ref - timedelta(days=60):
        return date(year + 1, month, min(day, calendar.monthrange(year + 1, month)[1]))
    return candidate


def _month_range(month: int, ref: date, year: int | None = None) -> tuple[date, date]:
    y = year or ref.year
    if year is None and _month_end(y, month) < ref - timedelta(days=31):
        y += 1
    return date(y, month, 1), _month_end(y, month)


def _quarter_range(q: int, ref: date, year: int | None = None) -> tuple[date, date]:
    y = year or ref.year
    end = _month_end(y, q * 3)
    if year is None and end < ref:
        y, end = y + 1, _month_end(y + 1, q * 3)
    return date(y, q * 3 - 2, 1), end


def _next_weekday(ref: date, weekday: int) -> date:
    return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)


def _day_of_month(day: int, ref: date) -> date:
    """ "the 8th": this month's if it has not passed, otherwise next month's."""
    if day >= ref.day and day <= calendar.monthrange(ref.year, ref.month)[1]:
        return ref.replace(day=day)
    nxt = _month_end(ref.year, ref.month) + timedelta(days=1)
    return nxt.replace(day=min(day, calendar.monthrange(nxt.year, nxt.month)[1]))


Resolve = Callable[[re.Match[str], date], tuple[date, date]]
_RULES: list[tuple[re.Pattern[str], Resolve]] = []  # tried in order: the most specific phrases first


def _resolver(pattern: str) -> Callable[[Resolve], Resolve]:
    def register(fn: Resolve) -> Resolve:
        _RULES.append((re.compile(pattern, re.IGNORECASE), fn))
        return fn

    return register


@_resolver(r"\b(?P<y>20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
def _iso(m: re.Match[str], ref: date) -> tuple[date, date]:
    d = date(int(m["y"]), int(m["m"]), int(m["d"]))
    return d, d


# the German day takes a full stop: "am 12. Oktober", read "am 12. October"
@_resolver(r"\b(?:the\s+)?" + _DAY + r"\.?\s+(?:of\s+)?" + _MONTH + _YEAR + r"\b")
def _day_month(m: re.Match[str], ref: date) -> tuple[date, date]:
    return _single(m, ref)


@_resolver(r"\b" + _MONTH + r"\s+(?:the\s+)?" + _DAY + r"\b" + _YEAR)
def _month_day(m: re.Match[str], ref: date) -> tuple[date, date]:
    return _single(m, ref)


def _single(m: re.Match[str], ref: date) -> tuple[date, date]:
    month, day = MONTHS[m["month"].lower()], int(m["day"])
    if m["year"]:
        d = date(int(m["year"]), month, min(day, calendar.monthrange(int(m["year"]), month)[1]))
    else:
        d = _forward(ref.year, month, day, ref)
    return d, d


@_resolver(r"\b(?:the\s+)?(?P<part>end|close|middle|mid|start|beginning|early|late|first week|last week|second week"
           r"|first half|second half|back half|latter half)"
           r"(?:\s+of|-)?\s*" + _MONTH + _YEAR + r"\b")  # fmt: skip
def _part_of_month(m: re.Match[str], ref: date) -> tuple[date, date]:
    start, end = _month_range(MONTHS[m["month"].lower()], ref, int(m["year"]) if m["year"] else None)
    part = m["part"].lower()
    if part in ("end", "close"):
        return end, end
    if part in ("middle", "mid"):
        return start.replace(day=15), start.replace(day=15)
    if part in ("start", "beginning", "first week"):
        return start, start + timedelta(days=6)
    if part == "second week":
        return start + timedelta(days=7), start + timedelta(days=13)
    if part == "early":
        return start, start + timedelta(days=9)
    if part == "first half":
        return start, start.replace(day=15)
    if part in ("second half", "back half", "latter half"):
        return start.replace(day=16), end
    return end - timedelta(days=9), end  # late, last week


@_resolver(
    r"\b(?:the\s+)?end of (?:the\s+)?(?P<which>this|next|the) (?P<unit>month|quarter|year)\b"
    r"|\b(?:the\s+)?end of the (?P<unit2>month|quarter|year)\b|\b(?P<abbr>eom|eoq|eoy|year[- ]end)\b"
)
def _end_of(m: re.Match[str], ref: date) -> tuple[date, date]:
    unit = m["unit"] or m["unit2"] or {"eom": "month", "eoq": "quarter"}.get((m["abbr"] or "").lower(), "year")
    shift = 1 if m["which"] == "next" else 0
    if unit == "month":
        first = ref.replace(day=1)
        for _ in range(shift):
            first = _month_end(first.year, first.month) + timedelta(days=1)
        end = _month_end(first.year, first.month)
    elif unit == "quarter":
        q = (ref.month - 1) // 3 + 1 + shift
        y = ref.year + (q - 1) // 4
        end = _month_end(y, ((q - 1) % 4 + 1) * 3)
    else:
        end = date(ref.year + shift, 12, 31)
    return end, end


@_resolver(
    r"\b(?:in\s+)?(?:q(?P<q>[1-4])|the (?P<ord>first|second|third|fourth|last) quarter)(?:\s+(?P<year>20\d\d))?\b"
)
def _quarter(m: re.Match[str], ref: date) -> tuple[date, date]:
    q = int(m["q"]) if m["q"] else {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[m["ord"].lower()]
    return _quarter_range(q, ref, int(m["year"]) if m["year"] else None)


# a day of next month: "until the 20th of next month" (from 4 Sep, 20 Oct); "of this month" is the writer's month
@_resolver(r"\b(?:the )?(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)? of (?P<which>next|the next|the following|this) month\b")
def _day_of_next_month(m: re.Match[str], ref: date) -> tuple[date, date]:
    first = ref.replace(day=1) if m["which"].lower() == "this" else _month_end(ref.year, ref.month) + timedelta(days=1)
    day = first.replace(day=min(int(m["d"]), calendar.monthrange(first.year, first.month)[1]))
    return day, day


# one step further than "next": "the quarter after next" (from April, Q4), "the month after next"
@_resolver(r"\b(?:the )?(?P<unit>week|month|quarter|year) after next\b")
def _after_next(m: re.Match[str], ref: date) -> tuple[date, date]:
    first, _ = _next_unit(m, ref)
    return _next_unit(m, first)


@_resolver(r"\bnext (?P<unit>week|month|quarter|year)\b")
def _next_unit(m: re.Match[str], ref: date) -> tuple[date, date]:
    unit = m["unit"].lower()
    if unit == "week":
        monday = ref + timedelta(days=7 - ref.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "month":
        first = _month_end(ref.year, ref.month) + timedelta(days=1)
        return first, _month_end(first.year, first.month)
    if unit == "quarter":
        q = (ref.month - 1) // 3 + 1
        year = ref.year + (1 if q == 4 else 0)
        return _quarter_range(q % 4 + 1, ref, year)
    return date(ref.year + 1, 1, 1), date(ref.year + 1, 12, 31)


@_resolver(r"\b(?P<phrase>the new year|new year|the new budget year|new budget year|next fiscal year|the new financial "
           r"year|christmas|the holidays|after the summer|the autumn|the fall)\b")  # fmt: skip
def _seasons(m: re.Match[str], ref: date) -> tuple[date, date]:
    phrase = m["phrase"].lower().removeprefix("the ")
    if phrase in ("christmas", "the holidays", "holidays"):
        d = _forward(ref.year, 12, 25, ref)
        return d, d
    if phrase in ("after the summer", "autumn", "fall"):
        start = _forward(ref.year, 9, 1, ref)
        return start, start.replace(month=11, day=30)
    return date(ref.year + 1, 1, 1), date(ref.year + 1, 3, 31)


# a season with a word that makes it a when ("come spring", "in the summer", "next winter"), in the northern year;
# not one gone by ("last summer") nor a bare word ("our summer sale")
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}


@_resolver(r"(?<!\blast )(?<!\bpast )\b(?P<when>come|in|by|until|till|after|before|next|this|over|through|around)"
           r"\s+(?:the\s+)?(?P<season>spring|summer|autumn|winter)\b")  # fmt: skip
def _season(m: re.Match[str], ref: date) -> tuple[date, date]:
    first, last = _SEASON_MONTHS[m["season"].lower()]
    start = date(ref.year - (1 if first == 12 and ref.month <= last else 0), first, 1)
    end = _month_end(start.year + (1 if last < first else 0), last)
    if end < ref or (m["when"].lower() == "next" and start <= ref):
        start, end = date(start.year + 1, first, 1), _month_end(end.year + 1, last)
    return max(start, ref), end


@_resolver(r"\b(?:(?:in|for|within|over)\s+)?(?:the\s+)?(?:next\s+)?" + _COUNT + r"\s+(?P<unit>days?|weeks?|months?)\b"
           r"(?!\s+(?:ago|before(?!\s+(?:we|they|I|you|he|she|anyone|anything)\b)|earlier|back|of|in a row))"
           r"|\b(?P<fortnight>(?:a|in a|for a) fortnight)\b")  # fmt: skip
def _span(m: re.Match[str], ref: date) -> tuple[date, date]:
    if m["fortnight"]:
        return ref + timedelta(days=14), ref + timedelta(days=14)
    n = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"].lower()]
    # capped at a century: a figure no span has ("in 99999999999 days" in a pasted ID) must not overflow the date
    days = min({"d": 1, "w": 7, "m": 30}[m["unit"][0].lower()] * n, 36500)
    return ref + timedelta(days=days), ref + timedelta(days=days)


@_resolver(r"\b(?:(?:on|by|until|till|before|from|after)\s+)?(?:the\s+)?" + _DAY + r"(?!\s*(?:%|seats?|users?|licen))\b"
           r"(?<=st|nd|rd|th)")  # fmt: skip
def _ordinal(m: re.Match[str], ref: date) -> tuple[date, date]:
    d = _day_of_month(int(m["day"]), ref)
    return d, d


@_resolver(r"\b(?:(?P<next>next|this|on|by|until|till|from|after)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday"
           r"|saturday|sunday)\b")  # fmt: skip
def _weekday(m: re.Match[str], ref: date) -> tuple[date, date]:
    d = _next_weekday(ref, WEEKDAYS[m["wd"].lower()])
    return d, d


@_resolver(r"\b(?:in|until|till|by|before|after|from|since|through|during|around|for)\s+(?:early\s+|late\s+|mid[- ])?"
           + _MONTH + _YEAR + r"\b")  # fmt: skip
def _month_only(m: re.Match[str], ref: date) -> tuple[date, date]:
    return _month_range(MONTHS[m["month"].lower()], ref, int(m["year"]) if m["year"] else None)


# a month naming a meeting: "decided at the September board", "the March committee"
@_resolver(r"\b(?:the|our|their|its|next|at)\s+" + _MONTH + r"(?=\s+(?:board|meeting|committee|review|session|cycle"
           r"|round|sitting|steering|budget round|council|sign-off)\b)")  # fmt: skip
def _month_meeting(m: re.Match[str], ref: date) -> tuple[date, date]:
    return _month_range(MONTHS[m["month"].lower()], ref)


@_resolver(r"\b(?P<w>today|tomorrow|this week|this month|this quarter|this year)\b")
def _deictic(m: re.Match[str], ref: date) -> tuple[date, date]:
    w = m["w"].lower()
    if w == "today":
        return ref, ref
    if w == "tomorrow":
        return ref + timedelta(days=1), ref + timedelta(days=1)
    if w == "this week":
        return ref, ref + timedelta(days=6 - ref.weekday())
    if w == "this month":
        return ref, _month_end(ref.year, ref.month)
    if w == "this quarter":
        return ref, _quarter_range((ref.month - 1) // 3 + 1, ref)[1]
    return ref, date(ref.year, 12, 31)


# a month named on its own, capitalised ("Realistically November at the earliest"); May and March are also
# ordinary words at the start of a sentence, so they count only with a preposition (see _month_only)
@_resolver(r"\b(?-i:January|February|April|June|July|August|September|October|November|December)\b" + _YEAR)
def _bare_month(m: re.Match[str], ref: date) -> tuple[date, date]:
    month = MONTHS[m.group(0).split()[0].rstrip(",").lower()]
    return _month_range(month, ref, int(m["year"]) if m["year"] else None)


_AMBIGUOUS_MONTHS = {"may", "march", "mar", "jun", "jan", "dec", "aug", "oct", "nov", "sep", "apr", "feb", "jul"}


def find_dates(text: str, ref: date) -> list[DateMention]:
    """Every date phrase in ``text``, left to right, no overlaps (the more specific phrase wins)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, resolve in _RULES:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if m.groupdict().get("month") and not _month_word_ok(m):
                continue
            try:
                span = resolve(m, ref)
            except (ValueError, KeyError):
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), span[0], span[1], m.group(0)))
    return sorted(found, key=lambda d: d.start_at)


def _month_word_ok(m: re.Match[str]) -> bool:
    """ "May" and "march" are also ordinary words: a lower-case one counts only next to a day number."""
    word = m["month"]
    if word.lower() in _AMBIGUOUS_MONTHS and word[0].islower():
        # a clipped month after a preposition is the month in casual mail: "no way we sign in dec", "by aug"
        lead = m.string[max(0, m.start() - 12) : m.start("month")]
        return bool(m.groupdict().get("day")) or word.lower() not in ("may", "march") and _LEAD.search(lead) is not None
    return True


_LEAD = re.compile(r"\b(?:in|by|until|till|before|after|from|since|early|mid|late|end of|start of)[\s-]+$", re.I)
