"""A close dated from the end of something the note dates elsewhere: "decision the Friday after the pilot ends"
with "Pilot runs 6 Nov to 30 Nov" above; "they sign the Monday after the trial finishes (trial ends 14 March)";
or on the very day the sentence before dates: "board meets on the 28th; if approved they sign the same day".

The event's end is the last date said in a sentence that names the event (other than the one relating to it);
the day is the first such weekday strictly after that end ("the day after": the next day).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from memory.extract.dates import WEEKDAYS, DateMention, find_dates
from memory.extract.text import sentences

_AFTER_EVENT = re.compile(
    r"\b(?:the |on the )?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week)\s+after\s+"
    r"(?:the |their |our |its )?(?P<event>[a-z][a-z-]{2,20})\s+"
    r"(?:ends|finishes|closes|completes|wraps up|is over|is done|is finished|is complete|has ended|concludes)\b",
    re.IGNORECASE,
)


# the day of what was just said: "they sign the same day", "on that very same day"; not a bare "that day"
_SAME_DAY = re.compile(r"\b(?:the|that) (?:very )?same day\b|\bthe day itself\b", re.IGNORECASE)


def dates_after_event(sentence: str, text: str, now: date) -> list[DateMention]:
    """Each "the <weekday> after the <event> ends" in ``sentence`` whose event ``text`` dates elsewhere, and each
    "the same day" whose day the sentence before says."""
    found = _same_day(sentence, text, now)
    for m in _AFTER_EVENT.finditer(sentence):
        end = _event_end(text, m.group("event").lower(), sentence, now)
        if end is None:
            continue
        day = m.group("day").lower()
        if day == "day":
            value = end + timedelta(days=1)
        elif day == "week":
            value = end + timedelta(days=7)
        else:
            value = end + timedelta(days=(WEEKDAYS[day] - end.weekday()) % 7 or 7)
        found.append(DateMention(value, m.start(), m.end(), m.group(0)))
    return found


def _event_end(text: str, event: str, relating: str, now: date) -> date | None:
    """The last date said in another sentence of ``text`` naming ``event`` ("Pilot runs 6 Nov to 30 Nov")."""
    named = re.compile(r"\b" + re.escape(event) + r"s?\b", re.IGNORECASE)
    ends = []
    for _, sentence in sentences(text):
        if relating.strip() in sentence or not named.search(sentence):
            continue
        dates = find_dates(sentence, now)
        if dates:
            ends.append(max(d.value for d in dates))
    return ends[0] if ends else None


def _same_day(sentence: str, text: str, now: date) -> list[DateMention]:
    """ "the same day" in ``sentence``, dated by the last date of the sentence just before it in ``text``."""
    m = _SAME_DAY.search(sentence)
    if m is None or find_dates(sentence, now):
        return []  # a date of its own: "the same day as the audit, 3 May" is that date
    before = ""
    for _, said in sentences(text):
        if said.strip() == sentence.strip():
            dates = find_dates(before, now)
            return [DateMention(dates[-1].value, m.start(), m.end(), m.group(0))] if dates else []
        before = said
    return []
