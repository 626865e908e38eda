"""A close dated from the end of something the note dates elsewhere: "decision the Friday after the pilot ends"
with "Pilot runs 6 Nov to 30 Nov" above; "they sign the Monday after the trial finishes (trial ends 14 March)".

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


def dates_after_event(sentence: str, text: str, now: date) -> list[DateMention]:
    """Each "the <weekday> after the <event> ends" in ``sentence`` whose event ``text`` dates elsewhere."""
    found = []
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
