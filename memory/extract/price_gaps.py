"""A figure that is the gap between two prices, not a price: "she doesn't care about the 2.5k gap", "a difference
of $1,200 between the quotes", "we're 3k apart". The deal's value is one of the two prices, never their gap."""

from __future__ import annotations

import re

_AMOUNT = r"[$€£]?\s?[\d.,]+\s?(?:k|K|m|M|mil|million|thousand)?\b\s?(?:usd|eur|dollars|euros)?"
# the gap named after the figure: "the 2.5k gap", "a $900 difference", "3k apart", "the 2k price delta"
_GAP_AFTER = re.compile(
    rf"^{_AMOUNT}\s*(?:(?:price|pricing|cost)\s+)?(?:gap|difference|delta|spread|apart)\b", re.IGNORECASE
)
# ... or before it: "a gap of 2.5k", "the difference is about 1,200", "price delta: $900"
_GAP_BEFORE = re.compile(
    r"\b(?:gap|difference|delta|spread)\b\s*(?:of|is|was|at|:|=)?\s*(?:only|just|about|around|roughly|approx\.?|~)?"
    r"\s*[$€£]?\s*$",
    re.IGNORECASE,
)


def price_gap(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` in ``sentence`` is named as a gap between prices."""
    return bool(_GAP_AFTER.match(sentence[start:]) or _GAP_BEFORE.search(sentence[max(0, start - 40) : start]))
