"""The words periods are made of: month names, two-digit years, the ends of an open range, and the date range a
period stands for (:class:`Period`). Read by :mod:`agents.periods` and :mod:`agents.period_days`."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from agents.offline import french
from agents.offline.spanish import in_english
from agents.period_dates import MONTHS, numeric_dates

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12}
# the ends of an open range ("before 1 July", "since March"): far enough out for any deal date
OPEN_START = date(1900, 1, 1)
OPEN_END = date(2999, 12, 31)


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str
    phrase: str = ""  # the words that named it, re-parseable against the same today
    parts: tuple[tuple[date, date], ...] = ()  # months apart, added up ("jan and mar"): start..end spans the gaps too

    def __str__(self) -> str:
        if self.parts:
            return f"{self.label} ({' and '.join(f'{a.isoformat()} to {b.isoformat()}' for a, b in self.parts)})"
        if self.start == OPEN_START:
            return f"{self.label} (up to {self.end.isoformat()})"
        if self.end == OPEN_END:
            return f"{self.label} (from {self.start.isoformat()})"
        return f"{self.label} ({self.start.isoformat()} to {self.end.isoformat()})"


def month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def quarter_range(year: int, quarter: int) -> tuple[date, date]:
    first_month = 3 * (quarter - 1) + 1
    return date(year, first_month, 1), month_range(year, first_month + 2)[1]


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


# a year written with two digits after an apostrophe: "dec '16", "Q4 ’16" (not "the '90s")
# a quarter by its Roman numeral: "Q-III 2017", "QIV", "q. ii"; a lone "q i" stays words
_ROMAN_QUARTER = re.compile(r"\bq(?:[-.] ?| )?(iv|iii|ii)\b|\bq[-.]? ?(i)\b(?= ?\d{4}| ?['’]\d{2})")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
_SHORT_YEAR = re.compile(r"(?<![\w'’])['’](\d{2})\b(?!['’]?s\b)")


def plain(text: str) -> str:
    """Lower-case letters and digits; a dash between two numbers is a range ("dec 25-31" reads "dec 25 to 31"), and
    a two-digit year is written in full ("oct thru dec '16" reads "oct thru dec 2016")."""
    text = in_english(french.in_english(text.lower()))  # "este trimestre", "ce trimestre": this quarter
    text = _ROMAN_QUARTER.sub(lambda m: "q" + _ROMAN[m.group(1) or m.group(2)], text)
    text = numeric_dates(text)  # "2017-12-29", "12/29": "dec 29 2017", "dec 29"
    text = _SHORT_YEAR.sub(lambda m: str((2000 if int(m.group(1)) < 70 else 1900) + int(m.group(1))), text)
    text = re.sub(r"(?<![\d-])(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d-])", r"\1 to \2", text.lower())
    text = _MONTH_CHAIN.sub(_months_listed, text)  # "apr-may-jun": each month named, not "apr to may" and a "jun"
    text = _MONTH_DASH.sub(_month_to_month, text)  # "oct-dec", "nov – feb": one run of months
    text = _DAY_DASH.sub(_day_to_day, text)  # "aug 1 - oct 31", "1 aug – 31 oct": one run of days
    text = _BEFORE_THIS_ONE.sub(r"last \1", text)  # "the quarter before this one": last quarter, no "before"
    text = _SINCE_ITS_START.sub(r" \1 to date", text)  # "since the start of the year": year to date
    words = re.sub(r"[^a-z0-9 ]+", " ", text)
    words = re.sub(r"[a-z]{5,}", lambda m: misspelt_month(m.group(0)) or m.group(0), words)
    return _SHARED_YEAR.sub(_year_for_both, words)


# the current unit from its first day to today, said in six words too many for the period finder's window: "since the
# start of the year", "from the beginning of the quarter"; not "from the start of the year to march" (a closed run)
_SINCE_ITS_START = re.compile(
    r"(?<![a-z])(?:since|from) (?:the )?(?:very )?(?:start|beginning|begining|first day) of (?:the )?"
    r"(year|quarter|month)\b(?! (?:to|till|until|thru|through|before|of|in|\d)\b)"
)
_BEFORE_THIS_ONE = re.compile(
    r"\b(?:the |last |previous |prior )?(quarter|qtr|month|year|week) (?:right |just |immediately )?before this one\b"
)
# one year after two months or two quarters joined by "and"/"or"/"vs" belongs to both: "nov and dec 2016" is
# November 2016 and December 2016 (it read as this November), "q1 and q2 2017"
_SHARED_YEAR = re.compile(r"\b([a-z]{3,}|q[1-4])( (?:and|or|vs|versus|n) )([a-z]{3,}|q[1-4]) (\d{4})\b")


def _year_for_both(m: re.Match[str]) -> str:
    first, joint, second, year = m.groups()
    quarters = first[0] == second[0] == "q" and first[1:].isdigit() and second[1:].isdigit()
    if not quarters and not (first in MONTHS and second in MONTHS):
        return m.group(0)
    return f"{first} {year}{joint}{second} {year}"


# two words joined by a dash, each perhaps followed by a year ("nov 2016-feb 2017"); read as a range only when both
# are month names (or one slip away from one), so "follow-up" and "co-op" keep their dash
_MONTH_DASH = re.compile(r"\b([a-z]{3,})((?:\s+\d{4})?)\s*[-–—]+\s*([a-z]{3,})\b")

# a dash between a day of a month and the next month or day ("aug 1st - oct 31", "1 aug–31 oct"): read as a range
# only when a month name stands on the dash's side that needs one, so "call 3 - pricing" keeps its dash
_DAY_DASH = re.compile(r"\b(\d{1,2}(?:st|nd|rd|th)?|[a-z]{3,})\s*[-–—]+\s*([a-z]{3,}|\d{1,2}\b(?!\s*[-–—/.:]?\d))")


def _day_to_day(m: re.Match[str]) -> str:
    left, right = m.group(1), m.group(2)
    if left[0].isdigit() == right[0].isdigit():
        return m.group(0)  # two numbers are the dash rule above; two words are _MONTH_DASH's
    month = right if left[0].isdigit() else left
    return f"{left} to {right}" if _is_month(month) else m.group(0)


_MONTH_CHAIN = re.compile(r"\b[a-z]{3,}(?:\s*[-–—]+\s*[a-z]{3,}){2,}\b")


def _is_month(word: str) -> bool:
    return word in MONTHS or misspelt_month(word) is not None


def _month_to_month(m: re.Match[str]) -> str:
    if _is_month(m.group(1)) and _is_month(m.group(3)):
        return f"{m.group(1)}{m.group(2)} to {m.group(3)}"
    return m.group(0)


def _months_listed(m: re.Match[str]) -> str:
    words = re.split(r"\s*[-–—]+\s*", m.group(0))
    return " and ".join(words) if all(_is_month(w) for w in words) else m.group(0)


# long month names are often typed with a letter dropped, added, swapped or mistyped ("octobr", "agust", "febuary",
# "januray"); short ones ("march", "april") are left alone, their near neighbours are everyday words and names ("marco")
_LONG_MONTHS = [name for name in MONTHS if len(name) >= 6]


def misspelt_month(word: str) -> str | None:
    """The long month name ``word`` is one dropped, added, swapped or mistyped letter away from, if any."""
    if word in MONTHS:
        return None
    for name in _LONG_MONTHS:
        # the first letter is kept: a slip inside the word, not another word ("judy", "member")
        if word[0] != name[0] or abs(len(word) - len(name)) > 1:
            continue
        if len(word) < len(name) and any(name[:i] + name[i + 1 :] == word for i in range(len(name))):
            return name
        # a letter added inside ("auggust"), not at the end: "augusta" is a name, "octobers" another word
        if len(word) > len(name) and any(word[:i] + word[i + 1 :] == name for i in range(1, len(word) - 1)):
            return name
        if len(word) == len(name):
            diff = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
            swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == name[diff[1]]
            if (len(diff) == 1 and diff[0] > 0) or (swapped and word[diff[1]] == name[diff[0]]):
                return name
    return None


ORDINAL = r"(?:st|nd|rd|th)?"  # "1st", "2nd", "15th"
