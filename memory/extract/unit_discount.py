"""A percentage off said straight after a count priced each: "twenty seats at 550 each, minus 5 percent because
they're a charity", "8 @ 550, less 10%", "12 users at $1,096 per user with a 15% discount".

``amount`` reads "N at P each" as N x P; the deal's value is what is left after the stated cut. Only a cut tied
to the price by "minus", "less", "with" or "after" counts: an ask ("they asked for 5% off") or a percentage of
something else ("5% of them are contractors") leaves the product as it is."""

from __future__ import annotations

import re

_OFF_AFTER = re.compile(
    r"\s*[,;(—–-]?\s*(?:so\s+|then\s+|and\s+)?(?:minus|less|with|after|incl(?:uding|\.)?)\s+(?:a\s+|an\s+|the\s+|our\s+|their\s+)?"
    r"(\d{1,2}(?:\.\d+)?)\s?(?:%|percent|per cent|pct)(?!\s*(?:of|than)\b)"
    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:discount|off|rebate|reduction)\b)?",
    re.IGNORECASE,
)


def percent_off_after(sentence: str, end: int) -> float:
    """The percentage taken off right after the unit price ending at ``end`` (0 when none)."""
    m = _OFF_AFTER.match(sentence, end)
    if m is None:
        return 0.0
    word = m.group(0).lower()
    if ("with" in word or "incl" in word) and not re.search(r"\b(?:discount|off|rebate|reduction)\b", word):
        return 0.0  # "with 20% of them on nights": no cut
    return float(m.group(1))
