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
    r"|\d{4}-\d\d-\d\d)[ \t]*[:–—-])",
    re.IGNORECASE | re.MULTILINE,
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def stale_entries(text: str, now: date) -> list[tuple[int, int]]:
    """The spans of ``text`` written in entries older than the newest one; empty unless at least two entries
    carry different dates, none after ``now``."""
    stamps: list[tuple[int, date]] = []
    for m in _STAMP.finditer(text):
        found = find_dates(m.group(1) or m.group(2), now, past=True)
        if found:
            stamps.append((m.start(), found[0].value))
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
