"""A price said both with and without tax ("$21,600 incl. 8% sales tax, i.e. $20,000 before tax", "10,800 gross,
9,000 net of VAT"): the deal's value is the figure before tax, which is what the books carry; a lone figure
"incl. tax" with no net one beside it is left to the usual ranking, and "net 30" is payment terms."""

from __future__ import annotations

import re

from memory.extract.numbers import find_money

# what a figure is said to be, right after it (or right before it: "gross 21,600", "net: 20,000")
_TAX = r"(?:(?:sales |state )?tax(?:es)?|vat|gst|mwst)"
_WITH_TAX = re.compile(
    r"^\W{0,3}(?:\(?\s*)?(?:incl(?:\.|uding|usive of)?|inc\.?|with|plus|\+)\s+(?:the\s+)?(?:\d+(?:\.\d+)?\s?%\s+)?"
    + _TAX
    + r"\b|^\W{0,3}(?:\(?\s*)?gross\b|^\W{0,3}(?:\(?\s*)?(?:tax|vat)[- ]inclusive\b",
    re.IGNORECASE,
)
_NET_OF_TAX = re.compile(
    r"^\W{0,3}(?:\(?\s*)?(?:(?:before|pre|excl(?:\.|uding)?|ex\.?|without|net of)[- ]" + _TAX + r"\b|"
    r"net\b(?!\s*(?:\d|thirty|sixty|ninety)))|^\W{0,3}(?:\(?\s*)?pre-?tax\b",
    re.IGNORECASE,
)
_MARK_BEFORE = re.compile(r"\b(?:(gross)|(net|pre-?tax))\s*:?\s*(?:of\s+)?$", re.IGNORECASE)
_WINDOW = 160  # the two figures said together: one statement, not two quotes in different places


def net_of_tax(text: str) -> float | None:
    """The figure before tax, when the text also gives the same price with tax close by; otherwise None."""
    gross: list[int] = []
    net: list[tuple[int, float]] = []
    for money in find_money(text):
        after = text[money.end : money.end + 40]
        before = _MARK_BEFORE.search(text, max(0, money.start - 12), money.start)
        if _WITH_TAX.search(after) or (before and before.group(1)):
            gross.append(money.start)
        elif _NET_OF_TAX.search(after) or (before and before.group(2)):
            net.append((money.start, money.value))
    pairs = [value for at, value in net if any(abs(at - g) <= _WINDOW for g in gross)]
    return pairs[-1] if pairs else None
