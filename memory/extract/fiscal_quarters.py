"""A quarter of the customer's own fiscal year, when the note says when that year starts: "signed by end of Q1 their
fiscal, and their fiscal year starts in April" is the end of June, not of March. LABELS.md reads a bare "Q1" as a
calendar quarter; only one said as theirs ("fiscal Q1", "Q1 of their fiscal", "their Q2", "the first quarter of
their fiscal year"), with the year's first month given, is rewritten to the month it ends ("end of June"), which
the date readers then take as written."""

from __future__ import annotations

import calendar
import re

from memory.extract.text import lowered

_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
_YEAR = r"\b(?:fiscal|financial|budget|business|fy)(?: year)?\b[^.;!?\n]{0,25}?\b"
# the year's first month: "their fiscal year starts in April", "Their fiscal begins first October", "FY runs from July"
_STARTS = re.compile(
    _YEAR + r"(?:starts|begins|opens|kicks off|runs from|starting|beginning)(?: (?:in|on|from))?(?: the)?\s+"
    r"(?:(?:1st|first|1)(?: of)?\s+)?" + _MONTH
)
# ... or its last: "their fiscal year ends in June" (so it starts in July)
_ENDS = re.compile(_YEAR + r"(?:ends|closes|finishes|ending)(?: (?:in|on))?(?: the)?\s+(?:end of\s+)?" + _MONTH)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_THEIRS = r"(?:their|our|its|the|his|her)"
# a quarter said as the customer's fiscal one; run on the lower-cased text
_FISCAL_QUARTER = re.compile(
    r"\b(?:(?:" + _THEIRS + r" )?fiscal q([1-4])|fq([1-4])|q([1-4]) (?:of )?" + _THEIRS + r"? ?(?:fiscal|fy)"
    r"(?: year)?|(?:their|our|its) q([1-4])|(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter of "
    + _THEIRS
    + r" (?:fiscal|financial)(?: year)?|(?:fiscal|financial) (?:year )?q([1-4]))\b"
)
_END_BEFORE = re.compile(r"\b(?:end of|close of)(?: the)?\s*$")


def fiscal_quarters(text: str) -> str:
    """``text`` with each quarter of the customer's fiscal year named by the month it ends, when the note gives the
    month their year starts or ends in."""
    low = lowered(text)
    if "fiscal" not in low and "financial" not in low and "fy" not in low:
        return text  # the cheap test first
    first = _first_month(low)
    if first is None or first == 1:
        return text  # no year given, or one that is the calendar's: the quarters are calendar ones
    out, at = [], 0
    for m in _FISCAL_QUARTER.finditer(low):
        said = next(g for g in m.groups() if g)
        n = int(said) if said.isdigit() else _ORDINAL[said]
        month = calendar.month_name[(first - 1 + 3 * n - 1) % 12 + 1]
        lead = "" if _END_BEFORE.search(low, max(0, m.start() - 15), m.start()) else "end of "
        out += [text[at : m.start()], lead + month]
        at = m.end()
    return "".join(out) + text[at:] if out else text


def _first_month(low: str) -> int | None:
    """The month the customer's fiscal year starts in, from its start or its end said in ``low``."""
    if m := _STARTS.search(low):
        return _month(m.group(1))
    if m := _ENDS.search(low):
        return _month(m.group(1)) % 12 + 1
    return None


def _month(word: str) -> int:
    return [m.lower()[:3] for m in calendar.month_abbr].index(word[:3])
