"""More ways a note dates its close, kept apart from ``close_date`` and ``dates`` (at their size limits):

- "signed last Thursday": a weekday of the week before, said of a win or a loss (``past`` only: otherwise it is
  news, not a close date).
- "I know I said end of June, but ...": a date the speaker takes back gives way to any other said.
- "so put the 7th of July", "pencil in 12 May": the date the speaker tells us to record wins over the rest.
- "mid-September, they have an audit starting on the twentieth": an event's date said after a correction.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from memory.extract.dates import WEEKDAYS, DateMention

_LAST_WEEKDAY = re.compile(
    r"\b(?:last|this past|past) (mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b",
    re.IGNORECASE,
)


def last_weekdays(sentence: str, now: date, found: list[DateMention]) -> list[DateMention]:
    """``found`` (the dates ``find_dates`` read in ``sentence``) with each "last Thursday" not already covered:
    the latest such weekday strictly before ``now``."""
    extra = []
    for m in _LAST_WEEKDAY.finditer(sentence):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        back = (now.weekday() - WEEKDAYS[m.group(1).lower()[:3]]) % 7 or 7
        extra.append(DateMention(now - timedelta(days=back), m.start(), m.end(), m.group(0)))
    return sorted(found + extra, key=lambda d: d.start) if extra else found


# the speaker's own earlier date, taken back after it: "I know I said end of June, but", "we'd said May, but"
_SAID_BEFORE = re.compile(
    r"\b(?:i|we|she|he|they)(?: (?:know|knew|realise|realize)(?: that)? (?:i|we|she|he|they))?"
    r"(?:'d| had| did)? (?:originally |first |initially |previously )?(?:said|told you|mentioned|promised|quoted)"
    r"(?: (?:it would be|it'd be|it was|we'd|we would))?\s*$",
    re.IGNORECASE,
)
_BUT_AFTER = re.compile(r"[^.;!?\n]{0,15}?(?:,|—|–|-)?\s*(?:but|however)\b", re.IGNORECASE)


def taken_back(sentence: str, start: int, end: int) -> bool:
    """Whether the date from ``start`` to ``end`` is one the speaker says they said before, a "but" straight after."""
    return bool(_SAID_BEFORE.search(sentence, max(0, start - 50), start) and _BUT_AFTER.match(sentence, end))


# the speaker telling us which date to record: "so put the 7th of July", "put down 12 May", "pencil in the 20th"
_TO_RECORD = re.compile(
    r"(?:^|[,;:—–]|\b(?:so|please|pls|just|then))\s*(?:put|put down|pencil in|pencil|write down|log|enter|make it|"
    r"call it|plan for)(?: it)?(?: (?:down|in))?(?: (?:as|for))?\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def to_record(sentence: str, start: int) -> bool:
    """Whether the date starting at ``start`` is one the speaker tells us to put down."""
    return bool(_TO_RECORD.search(sentence, max(0, start - 30), start))


# an event named in the date's own clause: "they have an audit starting on the twentieth", "the offsite is the 25th"
_EVENT_IN_CLAUSE = re.compile(
    r"\b(?:demo|meeting|workshop|session|review|presentation|visit|kick-?off|audit|offsite|holidays?|vacation|trip|"
    r"training|conference|go-?live|launch)\b[^,;:]*$",
    re.IGNORECASE,
)


def event_day(text: str, start: int) -> bool:
    """Whether the date starting at ``start`` is an event's, named before it in its clause: no deal's date."""
    return _EVENT_IN_CLAUSE.search(text, max(0, start - 40), start) is not None
