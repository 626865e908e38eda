"""A plan revised as a list of dates moved by arrows: "contract signature: 9/29 -> 11/17". Only a row that names
the signature, contract, order or decision says when the deal closes; a go-live or a workshop moved is delivery,
and a row pulled earlier is no slip ("PO: 11/30 -> 10/20")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from agents.insights.dates import find_dates

_ARROW = re.compile(r"\s*(?:->|-->|=>|\u2192)\s*")
# the row's label names the deal's own step (not "tech sign-off", a technical acceptance)
_DEAL_ROW = re.compile(
    r"\b(?:signature|signing|contract|decision|purchase order|order|purchase|award|go/no-go|(?-i:PO))\b(?!-off)",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"^\W*(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\W*$")
_STALE = timedelta(days=120)  # an earlier date further back than this is next year's: "1/8" written in August


def _numeric(text: str, written: date, month_first: bool) -> date | None:
    m = _NUMERIC.match(text)
    if m is None:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    month, day = (a, b) if month_first else (b, a)
    year = int(m.group(3)) if m.group(3) else written.year
    year += 2000 if year < 100 else 0
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return date(year + 1, month, day) if not m.group(3) and found < written - _STALE else found


def _dates(old: str, new: str, written: date) -> tuple[date, date] | None:
    """Both sides read the same way: month first if that reads both (the US form), else day first, else words."""
    for month_first in (True, False):
        before, after = _numeric(old, written, month_first), _numeric(new, written, month_first)
        if before and after:
            return before, after
    worded = [find_dates(side, written) for side in (old, new)]
    if worded[0] and worded[1]:
        return worded[0][-1].start, worded[1][0].start
    return None


def arrow_moved(sentence: str, written: date) -> date | None:
    """The new date of a deal row moved later by an arrow ("contract signature: 9/29 -> 11/17"), or None."""
    label, colon, rest = sentence.partition(":")
    if not colon or not _DEAL_ROW.search(label):
        return None
    sides = _ARROW.split(rest.strip())
    if len(sides) != 2:
        return None
    moved = _dates(sides[0], sides[1], written)
    return moved[1] if moved and moved[1] > moved[0] else None
