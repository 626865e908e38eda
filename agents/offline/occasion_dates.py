"""The date of the occasion a question is for, said before it: "kan-code QBR is jan 3. how many deals have we lost
there in total?", "board meeting on friday - what did we book in Q4?". That date is when the answer is needed, not the
deals' period (the QBR's date once made the question about January). Dates that bound the deals stay: "since the QBR
on jan 3", "deals closed before our call on the 15th"."""

from __future__ import annotations

import re
from datetime import date

from agents.periods import find_periods

_OCCASION = (
    r"(?:qbr|ebr|mbr|meeting|mtg|call|demo|review|dinner|lunch|visit|offsite|off-site|pitch|presentation|1:1|1on1"
    r"|one-on-one|sync|catch-?up|check-?in|kickoff|kick-off|workshop|deck|forecast call|board|townhall|town hall)"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = (
    rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}|the \d{{1,2}}(?:st|nd|rd|th)"
    r"|\d{1,2}/\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tmrw|today|tonight|next week)"
)
_OCCASION_DATE = re.compile(
    rf"(?P<head>\b{_OCCASION}s?)\s+(?:is |'s |are )?(?:on |at |set for |scheduled for |booked for |planned for "
    rf"|coming up on |this |next )?(?:on )?{_DAY}\b",
    re.IGNORECASE,
)
# the occasion word as a verb, done by someone: "who should I call today", "we demo on friday" (not a meeting)
_A_VERB = re.compile(r"\b(?:i|we|you|they|to|'ll|will|should|shall|can|could|must|gonna|let's|lets)\s+$", re.IGNORECASE)
# the occasion bounding the deals: "since the QBR on jan 3", "before our call on the 15th"
_BOUNDING = re.compile(r"\b(?:since|before|after|until|till|from|prior to)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


# a meeting named by the period it reviews: "q3 forecast call in the morning", "the March QBR", "Q4 kickoff", "2018
# planning offsite"; its period names the meeting, and only when the message names the deals' own period elsewhere
# ("my team's won rev last month") is it set aside: "my Q3 review - what did I win?" may still want Q3
_NAMED_OCCASION = re.compile(
    r"\b(?:(?:the|our|my|a|this|tomorrow's|today's|monday's|tuesday's|wednesday's|thursday's|friday's)\s+)?"
    r"(?P<period>q[1-4]|h[12]|fy ?\d{2,4}|(?:19|20)\d\d|year-?end|quarter-?end|mid-?year|eoq|eoy"
    # a month by its name or its three letters; not "may" (a verb as often) nor "marketing call" (no month)
    r"|january|february|march|april|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:'s)?\s+"
    r"(?P<kind>(?:(?:forecast|forecasting|planning|pipeline|pipe|business|sales|team|exec|board|kick-?off|all-hands"
    rf"|number|numbers|commit|deal)\s+)*{_OCCASION}s?)\b",
    re.IGNORECASE,
)


# a meeting dated by a month or quarter after it: "the first forecast call of January", "the board meeting in
# February", "our QBR in Q1"; the month is when the meeting is held
_OCCASION_IN = re.compile(
    r"\b(?P<kind>(?:(?:forecast|forecasting|planning|pipeline|business|sales|team|exec|board|kick-?off|all-hands"
    rf"|number|numbers|commit|deal)\s+)*{_OCCASION}s?)(?P<when>\s+(?:of|in|at the (?:start|end|beginning) of"
    r"|early in|late in)\s+(?:early\s+|late\s+|mid-?\s*)?(?P<period>q[1-4]|january|february|march|april|may|june"
    r"|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\b"
    r"(?!\s+(?:\d|be|have|not|need|want|well)\b)",  # "the call in may be moved", "in March 2016": no month of a meeting
    re.IGNORECASE,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _ahead(word: str, today: date) -> bool:
    """Whether the month or quarter a meeting is named by is still to come (later this year, or within the next
    three months): the meeting's date, since no deal has closed in it yet ("the January forecast call" in late
    December is next month's call, not last January)."""
    word = word.lower()
    if re.fullmatch(r"q[1-4]", word):
        return (int(word[1]) - 1 - (today.month - 1) // 3) % 4 == 1  # the next quarter
    if word[:3] not in _MONTHS:
        return False
    month = _MONTHS.index(word[:3]) + 1
    return month > today.month or 0 < (month - today.month) % 12 <= 3


def named_occasions_dropped(text: str, today: date) -> str:
    """``text`` with the period that names a meeting taken off ("q3 forecast call" -> "the forecast call") when the
    message names the deals' period elsewhere, or when that period is still to come (the meeting's own date)."""
    for found in _NAMED_OCCASION.finditer(text):
        if find_periods(found["period"], today) and not _BOUNDING.search(text[: found.start()]):
            rest = f"{text[: found.start()]} {text[found.end() :]}"
            if _ahead(found["period"], today) or find_periods(rest, today):
                said = f"{text[: found.start()]}the {found['kind']}{text[found.end() :]}"
                return named_occasions_dropped(said, today)
    for found in _OCCASION_IN.finditer(text):
        if not _BOUNDING.search(text[: found.start()]):
            rest = f"{text[: found.start('when')]}{text[found.end() :]}"
            if _ahead(found["period"], today) or find_periods(rest, today):
                return named_occasions_dropped(rest, today)
    return text


def occasion_dates_dropped(text: str) -> str:
    """``text`` without the dates of the occasions it names, unless a date bounds the deals."""

    def drop(found: re.Match[str]) -> str:
        if _BOUNDING.search(text[: found.start()]) or _A_VERB.search(text[: found.start()]):
            return found[0]
        return f"{found['head']} coming up"

    return _OCCASION_DATE.sub(drop, text)
