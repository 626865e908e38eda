"""A reply that picks one of the options the quoted mail priced: "> 12 seats = 6,600; 9 seats would be 4,950. Your
call." answered "Ok. 9 seats then." The newest message names the count and no figure of its own; the figure the
history gives for that count is the deal's value, not the last figure quoted."""

from __future__ import annotations

import re

from memory.extract.numbers import find_money
from memory.extract.text import quoted_history

_UNITS = r"(?:seats?|users?|licen[cs]es?|units?)"
# the count the newest message settles on: "9 seats then", "we'll take 9 seats"
_COUNT = re.compile(r"\b(\d{1,4}) (" + _UNITS + r")\b", re.IGNORECASE)
# a figure said in the newest message: "$4,950", "4.9k", "4,950" (a header's "07:31" is none)
_FIGURE = re.compile(r"\$\s?\d|\b\d{1,3}(?:[,.]\d{3})+\b|\b\d+(?:\.\d+)?\s?k\b", re.IGNORECASE)
# what ties a count to its price in the quoted offer: "9 seats would be 4,950", "12 seats = 6,600", "9 seats: 4,950"
_PRICED = r"[ \t]*(?:would be|would come to|comes? to|will be|is|are|=|:|at|for|->|→)[ \t]*"


def picked_option(text: str, amount: float | None) -> float | None:
    """``amount``, or the quoted figure for the count the newest message picks when it states no figure itself."""
    history = quoted_history(text)
    if history >= len(text):
        return amount
    body = text[:history]
    counts = list(_COUNT.finditer(body))
    if not counts or _FIGURE.search(body):
        return amount
    count, unit = counts[-1].group(1), counts[-1].group(2).lower().rstrip("s")
    option = re.compile(r"\b" + count + r" " + unit + r"s?" + _PRICED, re.IGNORECASE)
    for m in option.finditer(text, history):
        money = find_money(text[m.end() : m.end() + 20])
        if money and money[0].start == 0:
            return money[0].value
    return amount
