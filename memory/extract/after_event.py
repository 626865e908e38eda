"""A close dated from something the note dates elsewhere: "decision the Friday after the pilot ends" with "Pilot
runs 6 Nov to 30 Nov" above; "they decide three weeks after their fiscal year closes on 30 June"; "the Friday
after their board meeting on 20 Nov"; "signed the day before their shutdown, which starts 22 Dec"; "they sign ten
days after legal returns them" with the redlines promised for the 15th just before; or on the very day the
sentence before dates: "board meets on the 28th; if approved they sign the same day".

The event's day is the date said with it ("closes on 30 June"), else the last date said before, in the same
sentence, after a word naming the event, else the last date of another sentence naming it. A weekday is the first
such weekday strictly after (or before) that day; "the day after" the next day; "N days/weeks after" N on.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from memory.extract.dates import WEEKDAYS, DateMention, find_dates
from memory.extract.event_words import its_end, named_event
from memory.extract.text import sentences

_COUNTS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_COUNTS.update({"a": 1, "an": 1})
_END_VERBS = (
    r"ends|finishes|closes|completes|wraps up|is over|is done|is finished|is complete|has ended|concludes|"
    r"starts|begins|kicks off|returns?(?: (?:them|it))?|sends? (?:them|it) back|comes? back|signs? off"
)
_ANCHORED = re.compile(
    r"\b(?:the |on the )?(?:(?P<count>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)"
    r" (?P<unit>days?|weeks?)|(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week))\s+"
    r"(?P<rel>after|before)\s+(?:the |their |our |its |his |her |(?:that|this) (?!(?:they|we|he|she|it|i|you)\b))?"
    # the event: a word or three, then its verb ("the pilot ends") or where its phrase stops ("the offsite.")
    r"(?P<event>(?!next\b|that\b|this\b|then\b)[a-z][a-z-]{2,20}(?: [a-z][a-z-]{2,20}){0,2}?)"
    r"(?:\s+(?P<verb>" + _END_VERBS + r")\b|(?=\s*(?:[,.;:!?)]|$|\s(?:on|which|and|but|so|if)\b)))",
    re.IGNORECASE,
)
# between the event and its own date: "closes on 30 June", "meeting on 20 Nov", "shutdown, which starts 22 Dec"
_ATTACHED = re.compile(r"^,?\s*(?:(?:which|that) (?:starts|begins|ends|is|runs|falls)\s+|(?:on|is on)\s+)?")


# the day of what was just said: "they sign the same day", "on that very same day"; not a bare "that day"
_SAME_DAY = re.compile(r"\b(?:the|that) (?:very )?same day\b|\bthe day itself\b", re.IGNORECASE)


def dates_after_event(sentence: str, text: str, now: date) -> list[DateMention]:
    """Each "<the weekday | N days> after/before <the event>" in ``sentence`` whose event is dated (with it, earlier
    in the sentence, or elsewhere in ``text``), and each "the same day" whose day the sentence before says. A
    mention spans its own date too ("the Friday after the board meeting on 20 Nov"), which it replaces."""
    found = _same_day(sentence, text, now)
    for m in _ANCHORED.finditer(sentence):
        before = m.group("rel").lower() == "before"
        event = m.group("event").lower()
        start, end = m.start(), m.end()
        event_day: date | None
        attached = _attached_date(sentence, end, now)
        earlier = _said_before(sentence[:start], event, now) if attached is None else None
        if attached is not None:
            event_day, end = attached
        elif earlier is not None:
            event_day, start = earlier  # the mention runs from the event's date: "6–8 Sep, decision the Tuesday after"
        else:
            event_day = _event_end(text, event, sentence, now)
        if event_day is None:
            continue
        found.append(DateMention(_shift(event_day, m, before), start, end, sentence[start:end]))
    return found


def _shift(day: date, m: re.Match[str], before: bool) -> date:
    sign = -1 if before else 1
    if m.group("count"):
        count = _COUNTS.get(m.group("count").lower()) or int(m.group("count"))
        return day + timedelta(days=sign * count * (7 if m.group("unit").lower().startswith("week") else 1))
    unit = m.group("day").lower()
    if unit in ("day", "week"):
        return day + timedelta(days=sign * (1 if unit == "day" else 7))
    if before:
        return day - timedelta(days=(day.weekday() - WEEKDAYS[unit]) % 7 or 7)
    return day + timedelta(days=(WEEKDAYS[unit] - day.weekday()) % 7 or 7)


def _attached_date(sentence: str, end: int, now: date) -> tuple[date, int] | None:
    """The event's own date said right after it, and where that date ends."""
    link = _ATTACHED.match(sentence[end:])
    start = end + (link.end() if link else 0)
    dates = find_dates(sentence[start : start + 40], now)
    if not dates or dates[0].start > 3:  # "on" may be read into the date itself
        return None
    return dates[0].value, start + dates[0].end


def _said_before(head: str, event: str, now: date) -> tuple[date, int] | None:
    """The last date in ``head`` (the sentence up to the relating words) and where it starts, said after a word
    naming the event: "Their legal promised redlines back on the 15th ... ten days after legal returns them"."""
    dates = find_dates(head, now)
    if not dates:
        return None
    named = re.search(named_event(event.split()[-1]), head[: dates[-1].start], re.IGNORECASE)
    return (dates[-1].value, dates[-1].start) if named else None


def _event_end(text: str, event: str, relating: str, now: date) -> date | None:
    """The last date said in another sentence of ``text`` naming ``event`` ("Pilot runs 6 Nov to 30 Nov")."""
    named = re.compile(named_event(event.split()[-1]), re.IGNORECASE)
    ends = []
    for _, sentence in sentences(text):
        if relating.strip() in sentence or not named.search(sentence):
            continue
        dates = find_dates(sentence, now)
        if dates:
            ends.append(max(d.value for d in dates))
    return ends[0] if ends else (its_end(text, relating, now) if named.search(text) else None)


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
