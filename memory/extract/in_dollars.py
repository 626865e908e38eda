"""A figure given in two currencies side by side ("USD 19.800 (≈ €17.400)", "£12,000, which at today's rate is USD
15,600"): the amount is logged in dollars, so of figures ranked equal the dollar one wins, wherever it stands."""

from __future__ import annotations

import re

from memory.extract.numbers import Money

_DOLLARS = re.compile(r"\$|\busd\b|\bdollars?\b|\bd[oó]lares\b|\bbucks\b", re.IGNORECASE)
_OTHER_CURRENCY = re.compile(r"[€£]|\b(?:eur|euros?|gbp|pounds?)\b", re.IGNORECASE)
# another currency's code or sign just before a figure, which the figure's own text leaves out: "(about EUR 22,600)"
_CODE_BEFORE = re.compile(
    r"(?:\b(?:eur|gbp|chf|nok|sek|dkk|jpy|inr|brl|ron|kes|php|cad|aud|nzd|zar|pln|czk|huf|mxn|sgd|hkd|cny)|[€£¥₹])"
    r"[ \t]?$",
    re.IGNORECASE,
)


def dollars_first(tied: list[tuple[int, int, Money]], text: str = "") -> list[tuple[int, int, Money]]:
    """``tied`` (figures ranked equal, each with where it starts in ``text``) narrowed to its dollar figures when it
    also holds one in another currency."""
    dollars = [r for r in tied if _DOLLARS.search(r[2].text)]
    if dollars and any(
        _OTHER_CURRENCY.search(r[2].text) or _CODE_BEFORE.search(text, max(0, r[1] - 5), r[1]) for r in tied
    ):
        return dollars
    return tied
