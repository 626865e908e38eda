"""Each deal's value between two amounts: "how many Q3 wins landed between $1k and $2k?", "deals from $5,000 to
$10,000". Only with a dollar sign or a k/m on an amount, so "between 1990 and 2000" stays a span of years."""

from __future__ import annotations

import re

from agents.offline.money_bounds import dollars

_AMOUNT = r"(?P<{d}>\$\s*)?(?P<{n}>\d[\d,]*(?:\.\d+)?)\s*(?P<{u}>k|m|grand)?\b"
_BETWEEN = re.compile(
    r"\b(?:wins?|deals?|opps?|opportunities|sales|orders)\b(?:\s+[\w']+){0,4}?\s+(?:between|from)\s+"
    + _AMOUNT.format(d="d1", n="n1", u="u1")
    + r"\s*(?:and|to|-|–)\s*"
    + _AMOUNT.format(d="d2", n="n2", u="u2"),
    re.IGNORECASE,
)


def value_between(text: str) -> str | None:
    """ "1000-2000" for a deal-value range in ``text``, or None."""
    found = _BETWEEN.search(text)
    if found is None or not any(found.group(g) for g in ("d1", "u1", "d2", "u2")):
        return None
    low, high = (dollars(found.group(f"n{i}"), found.group(f"u{i}") or found.group("u2")) for i in (1, 2))
    return f"{low:.0f}-{high:.0f}" if low <= high else None
