"""A bound on each won deal's sales cycle (engage to close, in days), read from the question: "wins that took
more than 90 days from engage to close", "closed within a week of engaging", "30 days or less to close".

The bound's own span ("90 days", "a week") is no period to filter by, so it is cut from the text the period is
read from."""

from __future__ import annotations

import re

# a span in days, weeks or months and the words that bound it; open_age.py reads an open deal's age with them too
NUMBER = r"(?P<n>\d+|a|an|one|two|three|four|five|six|ten|twelve)"
UNIT = r"(?P<unit>days?|weeks?|months?|years?|yrs?)"
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "twelve": 12}
_PER_UNIT = {"day": 1, "week": 7, "month": 30, "year": 365, "yr": 365}
ABOVE = r"more than|over|longer than|upwards of|at least|north of|beyond|in excess of"
BELOW = r"less than|under|fewer than|within|at most|no more than|inside|in under|in less than|shorter than"
INCLUSIVE_BELOW = ("within", "at most", "no more than", "inside")  # the bound's own day is inside it


def span_days(found: re.Match[str]) -> int:
    """The days of a matched ``NUMBER UNIT`` span: "two weeks" is 14, "a month" 30."""
    n = found.group("n").lower()
    return int(_WORDS.get(n, n) if not n.isdigit() else n) * _PER_UNIT[found.group("unit").lower().rstrip("s")]


# the span must be tied to the cycle: engage/close words near it ("from engage to close", "to close", "to win")
_CYCLE = r"(?:engag\w*|clos\w*|to win|to sign|cycle|sales cycle|from first touch|start to finish|from start)"
_BOUND = re.compile(
    rf"\b(?:(?P<op>{ABOVE}|{BELOW})\s+)?{NUMBER}\s+{UNIT}(?!\s+ago\b)(?P<tail>\s+or\s+(?:less|fewer|under|more|longer|over))?"
    rf"(?:\s+[\w→-]+){{0,4}}?\s*(?:\(|→|-|\s)\s*{_CYCLE}(?:\s*(?:→|->|-|to)\s*clos\w*)?",
    re.IGNORECASE,
)


def cycle_bound(text: str) -> tuple[str | None, str]:
    """The bound on the cycle in days (">90", "<=7") and ``text`` without its spans; (None, text) if none."""
    bound: str | None = None
    for found in _BOUND.finditer(text):
        op = (found.group("op") or "").lower()
        tail = (found.group("tail") or "").lower()
        if not (op or tail):
            continue
        days = span_days(found)
        if tail:
            bound = f"<={days}" if re.search(r"less|fewer|under", tail) else f">={days}"
        elif op == "at least":
            bound = f">={days}"
        elif op in INCLUSIVE_BELOW:
            bound = f"<={days}"
        else:
            bound = f">{days}" if re.fullmatch(ABOVE, op) else f"<{days}"
        break
    if bound is None:
        return None, text
    return bound, _BOUND.sub(" ", text)  # "(7 days or less engage→close)" restates it: no period either
