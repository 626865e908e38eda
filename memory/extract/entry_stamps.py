"""A log of dated entries, one per line ("[Jun 26] Selin: we can sign on 7 July", "Jun 21 - ..."), in whichever
order: only the newest entry's words stand, so a date said in an older entry gives way to any in the newest
("latest at top" summaries and running notes alike). Entries dated after ``now`` are a plan, not a log."""

from __future__ import annotations

import re
from datetime import date

from memory.extract.dates import find_dates

# a line opening on its entry's date: "[Jun 26]", "- 21 Jun:", "2017-06-12 -", "Mon 12 Jun:"
_STAMP = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?:\[([^\]\n]{3,24})\]|"
    r"((?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,? )?(?:[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2} [a-z]{3,9}\.?)"
    r"|\d{4}-\d\d-\d\d)[ \t]*[:–—-]|"
    # ... or on its writer's name with the date in brackets: "Marco (6/5): ...", "Ana (12 Jun): ..."
    r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?[ \t]*\(([^()\n]{3,12})\)[ \t]*:)",
    re.IGNORECASE | re.MULTILINE,
)
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})\s*$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


# a meeting's date in the newest entry is no new close date: "demo moved to 3 Oct"
_MEETING_DATE = re.compile(
    r"\b(?:demo|call|meeting|workshop|session|training|kick-?off|visit|webinar|review)\b[^.;!?\n]{0,30}$", re.I
)


def newest_entry_date(text: str, now: date) -> date | None:
    """The first date the newest entry of a dated log says, not a meeting's: in a thread revising the close
    entry by entry ("Sep 11: sign 30 Sep" ... "Sep 26: we're back on for 6 Oct") the newest one revises it."""
    stamps = _stamps(text, now)
    if len({d for _, d in stamps}) < 2 or max(d for _, d in stamps) > now:
        return None
    newest = max(range(len(stamps)), key=lambda i: (stamps[i][1], i))
    start = stamps[newest][0]
    end = stamps[newest + 1][0] if newest + 1 < len(stamps) else len(text)
    gap = _BLANK_LINE.search(text, start, end)
    entry = text[start : gap.start() if gap else end]
    stamp = _STAMP.match(entry)
    body = entry[stamp.end() :] if stamp else entry
    for d in find_dates(body, now):
        if not _MEETING_DATE.search(body[: d.start]):
            return d.value
    return None


def stale_entries(text: str, now: date) -> list[tuple[int, int]]:
    """The spans of ``text`` written in entries older than the newest one; empty unless at least two entries
    carry different dates, none after ``now``."""
    stamps = _stamps(text, now)
    days = {d for _, d in stamps}
    if len(days) < 2 or max(days) > now:
        return []
    newest = max(days)
    spans = []
    for i, (start, day) in enumerate(stamps):
        end = stamps[i + 1][0] if i + 1 < len(stamps) else len(text)
        gap = _BLANK_LINE.search(text, start, end)  # the note's own words after the log are no entry
        if day < newest:
            spans.append((start, gap.start() if gap else end))
    return spans


def _stamps(text: str, now: date) -> list[tuple[int, date]]:
    """Where each entry of a dated log starts, and its date."""
    stamps: list[tuple[int, date]] = []
    matches = list(_STAMP.finditer(text))
    numeric = [n.groups() for m in matches if (n := _NUMERIC.match(m.group(3) or ""))]
    month_first = _month_first([(int(a), int(b)) for a, b in numeric], now)
    for m in matches:
        said = m.group(1) or m.group(2) or m.group(3)
        n = _NUMERIC.match(said)
        if n:
            day = _numeric_day(int(n.group(1)), int(n.group(2)), month_first, now)
            if day:
                stamps.append((m.start(), day))
            continue
        found = find_dates(said, now, past=True)
        if found:
            stamps.append((m.start(), found[0].value))
    return stamps


def _month_first(pairs: list[tuple[int, int]], now: date) -> bool:
    """Whether a log's numeric stamps ("6/5", "5/29") put the month first: one stamp that only reads one way
    settles it for all; else the reading that dates none of them after ``now``."""
    if any(b > 12 for _, b in pairs):
        return True
    if any(a > 12 for a, _ in pairs):
        return False
    return all(date(now.year, a, b) <= now for a, b in pairs if _valid(now.year, a, b))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _numeric_day(first: int, second: int, month_first: bool, now: date) -> date | None:
    """The stamp's day, in ``now``'s year (the year before when that would be after ``now``)."""
    month, day = (first, second) if month_first else (second, first)
    for year in (now.year, now.year - 1):
        try:
            value = date(year, month, day)
        except ValueError:
            return None
        if value <= now:
            return value
    return None
