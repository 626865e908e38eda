"""Dates in notes, resolved against the moment the note was written (the rules of LABELS.md):
"end of the quarter" is its last day, "next Friday" the first Friday strictly after, "mid-August" the
15th, "by the 20th" this month's 20th unless it has passed, "in two weeks" fourteen days on."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from memory.extract import foreign_months, past_days
from memory.extract.month_math import add_months as _add_months
from memory.extract.month_math import divmod_month, last_day
from memory.extract.month_math import next_month_occurrence as _next_month_occurrence
from memory.extract.month_math import next_quarter as _next_quarter
from memory.extract.month_math import quarter_end as _quarter_end
from memory.extract.week_dates import week_rules

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
MONTHS.update({"mär": 3, "mae": 3, "mai": 5, "okt": 10, "dez": 12})  # German: "Ende Oktober", "Mitte Mai"
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAYS.update({d.lower(): i for i, d in enumerate(calendar.day_abbr)})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
_NUMBER_WORDS = {
    w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}
_NUMBER_WORDS.update({"a": 1, "an": 1, "couple of": 2, "few": 3})

_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|m(?:ä|ae)rz|mai|juni|juli|okt(?:ober)?|dez(?:ember)?)"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_WEEKDAY = r"(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?"
_CLOSE_FIELD = r"(?:(?<=close date)|(?<=closing date)|(?<=decision date)|(?<=signature date))\s*[:=]\s*"
_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
    )
}
_ORDINALS.update({f"twenty{sep}{w}": 20 + n for w, n in list(_ORDINALS.items())[:9] for sep in (" ", "-")})
_ORDINALS.update({"thirtieth": 30, "thirty first": 31, "thirty-first": 31})
# a spelled day ("december twentieth"); a bare "may" is too often the verb, so that month must be capitalised
_ORDINAL = (
    r"((?:twenty[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    + "|".join(sorted((w for w in _ORDINALS if " " not in w and "-" not in w), key=len, reverse=True))
    + r"|thirty[- ]first)"
)
_WORD_MONTH = _MONTH.replace("|may|", "|(?-i:May)|")
_WEEKDAY_WORD = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?"
_ON_WEEKDAY = r"(?:" + _WEEKDAY_WORD + r",? )?"
# a note's field naming a date, its value a day with no year: "close: 02/28", "decision date - 3/15"
_DATE_FIELD = (
    r"\b(?:close|closing|decision|sign(?:ing|ature)?|target|go[- ]live)(?: date)?"
    r"(?:[ \t]*(?::|=|[-–][ \t])[ \t]*|[ \t]+(?=\d{1,2}/\d))"  # "close 6/14": a log's field, no colon
)
_BY_ON = r"\b(?:by |on |before |until )?"  # the word leading a date; "before the 20th of April" is one date
# a hedge before a count: "sign in about three weeks give or take"
_ABOUT = r"(?:about |around |roughly |approximately |approx\.? |~ ?|maybe |another |just over |just under )?"
# what a weekday's possessive names when it dates a decision: "Monday's leadership meeting", not "Monday's close"
_BODY_MEETS = r"(?:meeting|board|committee|council|panel|session|review|vote|call|offsite|sync)"
# a month's meeting of a body, then its day: "at their December board, the twelfth", "June committee on the 8th"
_BODY_DATE = rf"\b{_WORD_MONTH} (?:(?!the )[\w-]+ )?{_BODY_MEETS},? (?:on )?the (\d\d?(?:st|nd|rd|th)|{_ORDINAL[1:]}\b"
_OF_NEXT_MONTH = r" (?:of )?(?:next|the (?:next|following|coming)) month\b"
_N = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|a couple of|a few)"


@dataclass(frozen=True)
class DateMention:
    """A date found in a text: its value, where it is, and the words that said it."""

    value: date
    start: int
    end: int
    text: str


_QUARTER_ORDINALS = ("fir", "sec", "thi", "fou", "1st", "2nd", "3rd", "4th")


def _count(word: str) -> int:
    word = word.lower().replace("a couple of", "couple of").replace("a few", "few")
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


def _day_num(word: str) -> int:
    """ "20", "20th" or "twentieth" -> 20."""
    digits = word.rstrip("stndrh")
    return int(digits) if digits.isdigit() else _ORDINALS[" ".join(word.lower().replace("-", " ").split())]


def _month_num(word: str) -> int:
    return MONTHS[word.lower()[:4] if word.lower().startswith("sept") else word.lower()[:3]]


@lru_cache(maxsize=256)  # the rules depend on the date only: build them once per date, not per sentence
def _rules(now: date, past: bool = False) -> list[tuple[re.Pattern[str], object, tuple[str, ...]]]:
    """``past``: a day named without month or year looks back ("signed on the 3rd", "on Tuesday"), as the
    date of something that already happened does."""
    q = (now.month - 1) // 3 + 1

    def month_end_of(month: int) -> date:
        return last_day(_next_month_occurrence(now, month), month)

    def mid_month_of(month: int) -> date:
        return date(_next_month_occurrence(now, month), month, 15)

    def month_end(m: re.Match[str]) -> date:
        return month_end_of(_month_num(m.group(1)))

    def mid_month(m: re.Match[str]) -> date:
        return mid_month_of(_month_num(m.group(1)))

    def quarter(m: re.Match[str]) -> date:
        n = int(m.group(1))
        return _quarter_end(now.year if n >= q else now.year + 1, n)

    def spelled_quarter(m: re.Match[str]) -> date:
        n = _QUARTER_ORDINALS.index(m.group(1).lower()[:3]) % 4 + 1
        return _quarter_end(now.year if n >= q else now.year + 1, n)

    def day_month(m: re.Match[str]) -> date | None:
        groups = [g for g in m.groups() if g]
        day_s, month_s = (groups[1], groups[0]) if groups[0].lower()[:3] in MONTHS else (groups[0], groups[1])
        month, day = _month_num(month_s), _day_num(day_s)
        year = int(groups[2]) if len(groups) > 2 else now.year
        year += 2000 if year < 100 else 0  # "14-Nov-17"
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if len(groups) <= 2 and found < now - timedelta(days=60) and not past:  # "15 January" written in December
            found = date(year + 1, month, day)
        elif len(groups) <= 2 and found > now and past:  # "signed 28 Dec" written in January
            found = date(year - 1, month, day)
        return found

    def day_next_month(day: str) -> date | None:
        year, month = divmod_month(now, 1)
        return date(year, month, _day_num(day)) if _day_num(day) <= last_day(year, month).day else None

    def nth(m: re.Match[str], group: int = 1) -> date | None:
        day = _day_num(m.group(group))
        try:
            if past:
                return now.replace(day=day) if day <= now.day else _add_months(now.replace(day=1), -1).replace(day=day)
            if day >= now.day:
                return now.replace(day=day)
            return _add_months(now.replace(day=1), 1).replace(day=day)
        except ValueError:
            return None

    def weekday_day(m: re.Match[str]) -> date | None:
        """ "Wednesday the 15th", "signs mon 27th": that day this month or the next (back for ``past``), the one
        on that weekday; when neither is (a slip), as "the 15th" alone."""
        target, day = WEEKDAYS[m.group(1).lower()[:3]], _day_num(m.group(2))
        step = -1 if past else 1
        for k in range(2):
            year, month = divmod_month(now, step * k)
            if day <= calendar.monthrange(year, month)[1]:
                found = date(year, month, day)
                if found.weekday() == target and (found <= now if past else found >= now):
                    return found
        return nth(m, 2)

    def weekday(m: re.Match[str]) -> date:
        target = WEEKDAYS[m.group(1).lower()[:3]]
        if past and not m.group(0).lower().startswith("next"):
            return now - timedelta(days=(now.weekday() - target) % 7)
        ahead = (target - now.weekday()) % 7 or 7
        return now + timedelta(days=ahead)

    def week_after_next(m: re.Match[str]) -> date:
        target = WEEKDAYS[m.group(1).lower()[:3]]
        return now + timedelta(days=((target - now.weekday()) % 7 or 7) + 7)

    def relative(m: re.Match[str]) -> date:
        n, unit = _count(m.group(1)), m.group(2).lower()
        if unit.startswith("day"):
            return now + timedelta(days=n)
        if unit.startswith("w"):
            return now + timedelta(weeks=n)
        return _add_months(now, n)

    def iso(m: re.Match[str]) -> date | None:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None

    def day_slash_month(m: re.Match[str]) -> date | None:
        """ "by 4/28" (month first, as the US CRM writes), "before 30.11" (day first, as dots are)."""
        a, b = int(m.group(1)), int(m.group(2) or m.group(3))
        month_first = a <= 12 and (m.group(2) is not None or b > 12)
        month, day = (a, b) if month_first else (b, a)
        try:
            found = date(now.year, month, day)
        except ValueError:
            return None
        if past:  # "docusign completed tue 10/3": a day already gone
            return found if found <= now else date(now.year - 1, month, day)
        return found if found >= now - timedelta(days=60) else date(now.year + 1, month, day)

    def numeric(m: re.Match[str]) -> date | None:
        """12/19/17, 19/12/2017, 19.12.2017: the day is whichever part cannot be a month; when both can,
        month first for slashes, as the (US) CRM writes them, but day first for dots (8.9.2017), as Europe does."""
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year += 2000 if year < 100 else 0
        month, day = (b, a) if a > 12 or (m[0][len(m[1])] == "." and b <= 12) else (a, b)
        try:
            return date(year, month, day)
        except ValueError:
            return None

    rules: list[tuple[str, object]] = [
        (r"\b(\d{4})-(\d{2})-(\d{2})\b", iso),
        (r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/]|\.\d)", numeric),
        (r"\b(?:today|this (?:morning|afternoon|evening|(?-i:[ap]\.?m\.?))|tonight)(?!\w)", lambda m: now),
        (r"\btomorrow\b", lambda m: now + timedelta(days=1)),
        # a few Spanish forms, for the reps who write their notes in it: "antes de fin de mes"
        (
            r"\b(?:end of (?:the |this )?month|month[- ]end|eom|fin(?:al)? de(?:l)? mes)\b",
            lambda m: last_day(now.year, now.month),
        ),
        # said of a win or a loss only: "came back signed last night"; otherwise it is news, not a close date
        *([(past_days.DAYS_BACK, lambda m: now - timedelta(days=past_days.days_back(m[0])))] if past else []),
        (r"\bend of next month\b", lambda m: last_day(*divmod_month(now, 1))),
        # a day of next month: "before the 20th of next month", "on the fifth of the following month"
        (r"\b(?:the )?(\d{1,2}(?:st|nd|rd|th)|(?<=the )\d{1,2})" + _OF_NEXT_MONTH, lambda m: day_next_month(m[1])),
        (r"\b(?:the )?" + _ORDINAL + _OF_NEXT_MONTH, lambda m: day_next_month(m[1])),
        (r"\bnext month\b", lambda m: last_day(*divmod_month(now, 1))),
        # "fiscal year ends in June", "FY ends June"; not "FY ends June 15" (the day is read as written)
        (r"\b(?:(?:fiscal|financial) year|fy)\b[^.;]{0,40}?\bends? (?:in )?" + _MONTH + r"\b(?!\.? ?\d)", month_end),
        (r"\b(?:end of|by the end of|before the end of|close of|(?:bis )?ende) " + _MONTH + r"\b", month_end),
        (r"\b" + _MONTH + r"(?:[- ])end\b", month_end),
        (r"\b(?:mid(?: of)?|middle of|mitte)[- ]" + _MONTH + r"\b", mid_month),  # "mid of May" too
        (foreign_months.MONTH_END, lambda m: month_end_of(foreign_months.month_number(m.group(1)))),
        (foreign_months.MID_MONTH, lambda m: mid_month_of(foreign_months.month_number(m.group(1)))),
        (r"\b(?:end of |by |in |before )?(?:the )?q([1-4])(?: end)?\b", quarter),
        # the quarter spelled out: "in the third quarter", "by the end of the 2nd quarter" (not "a quarter of it")
        (r"\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter\b(?! of (?!the year))", spelled_quarter),
        (
            r"\b(?:end of (?:the |this )?quarter|quarter[- ]end|eoq|before (?:the|our|their) quarter "
            r"(?:ends|closes|is out)|this quarter|fin(?:al)? de(?:l)? trimestre)\b",
            lambda m: _quarter_end(now.year, q),
        ),
        (r"\bnext quarter(?:'s)?\b", lambda m: _quarter_end(*_next_quarter(now.year, q))),
        (
            r"\b(?:end of (?:the |this )?year|year[- ]end|eoy|end of the calendar year|fin(?:al)? de(?:l)? a[ñn]o)\b",
            lambda m: date(now.year, 12, 31),
        ),
        # a weekday may lead the date: "Friday 8 December", "Tue, Oct 3"
        (_BY_ON + r"(?:the )?" + _ON_WEEKDAY + _DAY + r"(?: of)? " + _MONTH + r"\b(?:,? (\d{4}))?", day_month),
        (r"\b(?:by |on |before |until )?" + _ON_WEEKDAY + _MONTH + r"\.? " + _DAY + r"\b(?:,? (\d{4}))?", day_month),
        (r"\b(\d{1,2})[-/]" + _MONTH + r"(?:[-/](\d{4}|\d{2}))?\b(?![-/]\d)", day_month),  # "14-Nov-17" (CRM exports)
        # a weekday with the day but no month: "on Wednesday the 15th", "signs mon 27th", "Friday the third"
        (
            r"\b" + _WEEKDAY + r",? (?:the )?(\d{1,2}(?:st|nd|rd|th)|(?<=the )\d{1,2}|" + _ORDINAL[1:-1] + r")\b",
            weekday_day,
        ),
        (r"\b(?:by|on|before|for) the (" + _ORDINAL[1:] + r"\b", nth),  # "by the twenty-first"
        (r"\b(?:by|on|before|for) the " + _DAY + r"\b", nth),
        (r"\b(?:by|before) (\d{1,2}(?:st|nd|rd|th))\b(?! (?:of )?(?:floor|century|place|round|time|edition))", nth),
        # a bare day closing its phrase: "he said the 22nd.", "the 9th, latest", "make it the twelfth." (spelled past
        # "third"); or as the subject of a limit: "the 21st is their last working day"; not "the 14th is our offsite"
        (
            r"\bthe (\d{1,2}(?:st|nd|rd|th)|(?!(?:first|second|third)\b)(?:" + _ORDINAL[1:-1] + r"))"
            r"(?=\s*(?:[.,;:!?)]|$|at the latest\b|latest\b|"
            r"(?:is|'s) (?:the |their |our |her |his )?(?:very )?(?:last|final|latest|deadline|cut-?off)\b))",
            nth,
        ),
        # an ordinal day named as the date of something: "mark it lost with the 8th as the loss date"
        (r"\b(?:with|as of|from|call it) the (\d{1,2}(?:st|nd|rd|th))\b", nth),
        (
            r"(?:\b(?:by|on|before|until|till|due|dated|" + _WEEKDAY_WORD + r",?) |" + _DATE_FIELD + r")"
            r"(\d{1,2})(?:/(\d{1,2})|\.(\d{2}))"  # "by 4/28", "before 30.11", "tue 10/3", "close: 02/28"
            r"(?![\d/]|\.\d|\s*(?:%|k\b|m\b|x\b|points?\b|pts\b|per ?cent|of\b))",  # "2/3 of the board" is a share
            day_slash_month,
        ),
        (r"\b(?:by |on |before |until )?(?:the )?" + _ORDINAL + r" of " + _MONTH + r"\b", day_month),
        (r"\b(?:by |on |before |until )?" + _WORD_MONTH + r" (?:the )?" + _ORDINAL + r"\b", day_month),
        (_BODY_DATE, day_month),
        # "the Friday after next": a week past the next one
        (r"\b(?:the )?" + _WEEKDAY + r" after next\b", week_after_next),
        (r"\b(?:next|this|by|on|before|until) " + _WEEKDAY + r"\b", weekday),
        # a close field given as a bare weekday: "close date: fri" (not "kickoff date: tue")
        (_CLOSE_FIELD + _WEEKDAY + r"\b(?!\s*\d)", weekday),
        # a weekday owning its event ("at Monday's meeting") or straight after signing ("they'll sign Monday")
        (r"(?<!last )(?<!past )\b" + _WEEKDAY + r"'s (?:[\w-]+ ){0,2}?" + _BODY_MEETS + r"\b", weekday),
        (
            r"\b(?:sign|signs|signed|decide|decides|decided|(?:'ll|will|to) close) (?:it |off )?" + _WEEKDAY + r"\b",
            weekday,
        ),
        (r"\b(?:in|within) (?:the next )?" + _ABOUT + _N + r" (days?|weeks?|wks?|months?|mos?)\b", relative),
        (r"\b(?:in|within) " + _ABOUT + r"a fortnight\b", lambda m: now + timedelta(days=14)),
        # counted from today: "signature 3 weeks from today", "close is two weeks out"
        (r"\b" + _ABOUT + _N + r" (days?|weeks?|wks?|months?|mos?) (?:from (?:today|now)|out(?! of))\b", relative),
        (r"\b" + _ABOUT + r"a fortnight (?:from (?:today|now)|out(?! of))\b", lambda m: now + timedelta(days=14)),
        (r"\b(?:in|by|before) " + _MONTH + r"\b", month_end),
        *week_rules(now),  # "Friday of the week after next", "end of H1"
    ]
    return [(re.compile(p, re.IGNORECASE), f, _needles(p)) for p, f in rules]


# the words without which a rule cannot match: a sentence that has none of them is not searched with it
_NEEDLES = (
    (_WEEKDAY, ("mon", "tue", "wed", "thu", "fri", "sat", "sun")),
    (_ORDINAL, ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "teenth", "twentieth", "thirtieth")),
    (_MONTH, ("jan", "feb", "mar", "mär", "apr", "may", "mai", "jun", "jul", "aug", "sep", "oct", "okt", "nov", "dec",
              "dez")),
    (_N + r" (days?|weeks?", ("day", "week", "wk", "mo")),
    ("fortnight", ("fortnight",)),
    (foreign_months.MONTH_END, foreign_months.NEEDLES),
    (foreign_months.MID_MONTH, foreign_months.NEEDLES),
)  # fmt: skip


def _needles(pattern: str) -> tuple[str, ...]:
    """The words one of which a sentence needs for ``pattern`` to match (none: always searched)."""
    if _ON_WEEKDAY in pattern:  # the weekday is optional there; the month is not
        pattern = pattern.replace(_ON_WEEKDAY, "")
    for part, words in _NEEDLES:
        if part in pattern or part.replace("|may|", "|(?-i:May)|") in pattern:
            return words
    return ()


def find_dates(text: str, now: date, *, past: bool = False) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``now``; overlapping ones keep the longest.
    ``past``: the dates are of things done (a win or a loss), so bare days look back."""
    candidates: list[tuple[int, int, DateMention]] = []
    low = text.lower()
    for rank, (pattern, resolve, needles) in enumerate(_rules(now, past)):
        if needles and not any(n in low for n in needles):
            continue  # the cheap test first: most sentences name no weekday, month or count of days
        for m in pattern.finditer(text):
            value = resolve(m)  # type: ignore[operator]
            if value is not None:
                candidates.append((-(m.end() - m.start()), rank, DateMention(value, m.start(), m.end(), m.group(0))))
    kept: list[DateMention] = []
    for _length, _rank, d in sorted(candidates, key=lambda c: (c[0], c[1])):  # longest, then most specific
        if all(d.end <= k.start or d.start >= k.end for k in kept):
            kept.append(d)
    return sorted(kept, key=lambda d: d.start)
