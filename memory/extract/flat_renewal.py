"""A renewal at last year's price: "the renewal is the same 6,786 they paid last year", "renewing flat at last
year's 12k", "this year's price stays at 9,900, same as last year". The figure is this deal's value; the words
"last year" after it say why it is that figure, not that it is an old spend to skip (``amount`` lets such a figure
through its past-spend filter, as it does a figure the note orders logged)."""

from __future__ import annotations

import re

# the renewal (or this year's price) said to equal the figure, just before it
_FLAT_BEFORE = re.compile(
    r"\b(?:renewal|renewal price|renewal figure|new term|this year(?:'s| is)?(?: price)?|price this year|"
    r"renew(?:s|ing|ed)?(?: it)?|price|it)"
    r"(?:'s| is| will be| stays?| remains?| comes to| goes through)?"
    r"(?: (?:still|again|just|exactly|simply))?"
    r"(?: the same,?| flat(?: at)?| unchanged(?: at)?| at the same(?: price| figure)?(?: of)?|"
    r" at last year's(?: price)?(?: of)?| at)"
    r"(?: (?:as|like) last year,?)?\s*[$€£]?\s*$",
    re.IGNORECASE,
)
# ... and said to be so ("flat", "same", "no uplift") in the words around, so a bare "renewal at 6,786" is not enough
_FLAT_WORD = re.compile(
    r"\b(?:flat|same|unchanged|no (?:uplift|increase|price increase)|as last year)\b", re.IGNORECASE
)


def flat_renewal(sentence: str, start: int) -> bool:
    """Whether the figure starting at ``start`` is given as the renewal's value, the same as last year's."""
    before = sentence[max(0, start - 70) : start]
    return bool(_FLAT_BEFORE.search(before)) and bool(_FLAT_WORD.search(before))
