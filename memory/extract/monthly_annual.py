"""The year's value of a price said per month, for a note that says to log the annual value: "$45 per seat per
month, 20 seats, annual contract, so log the annual value" is 45 x 20 x 12; "$900 a month" is 10,800."""

from __future__ import annotations

import re

from memory.extract.numbers import find_money

_UNIT = r"(?:seat|user|licen[cs]e|head|agent|device)"
# the price's period, straight after the figure, with or without a unit first: "per seat per month", "/user/mo"
_MONTHLY = re.compile(
    r"\s*(?:(?:per|a|/)\s*(?P<unit>"
    + _UNIT
    + r")\s*)?(?:per|a|/|each)\s*(?:month|mo)\b(?!\s*(?:for|of)\s+\d+\s*(?:months?|mos?)\b)",
    re.IGNORECASE,
)
# a count of those units near it: "20 seats", "for 35 users"
_COUNT = re.compile(r"(?<![\w$€£.,])(\d{1,5})\s+(?:[\w-]+\s+){0,2}?" + _UNIT + r"s?\b", re.IGNORECASE)


def annual_of_monthly(text: str) -> float | None:
    """Twelve times the last monthly price (times its count of units when priced per unit), or None."""
    for money in reversed(find_money(text)):
        m = _MONTHLY.match(text, money.end)
        if m is None:
            continue
        if not m.group("unit"):
            return money.value * 12
        window = text[max(0, money.start - 80) : m.end() + 80]
        counts = [int(c.group(1)) for c in _COUNT.finditer(window)]
        return money.value * counts[-1] * 12 if len(set(counts)) == 1 else None  # two counts: which is unsure
    return None
