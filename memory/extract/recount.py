"""A count of units corrected after its total was priced: "9 GTX Pro seats at list, 4,821 each ... wait, make it
11 seats". The last count wins (LABELS.md: if the speaker corrects themselves, the last value wins), at the unit
price said before, when no new figure is said with the new count."""

from __future__ import annotations

import re

from memory.extract.numbers import find_money

_UNITS = r"(?:seats?|licen[cs]es?|users?|units?|logins?)"
_NEW_COUNT = re.compile(
    r"\b(?:make (?:it|that)|change (?:it|that) to|(?:bump|up|raise|increase|drop|cut|reduce)(?: it)? to|"
    r"actually|now)\s+(\d{1,4})\s+(?:[\w-]+\s+){0,2}?" + _UNITS + r"\b",
    re.IGNORECASE,
)
_OLD_COUNT = re.compile(r"(?<![\w$€£.,])(\d{1,4})\s+(?:[\w-]+\s+){0,3}?" + _UNITS + r"\b", re.IGNORECASE)


def recounted(text: str, amount: float | None) -> float | None:
    """``amount`` scaled to the count said last, when a later "make it N seats" corrects the count it was priced
    at and says no figure of its own."""
    if amount is None:
        return None
    last = next(reversed(list(_NEW_COUNT.finditer(text))), None)
    if last is None:
        return amount
    line_end = text.find("\n", last.end())
    if find_money(text[last.start() : len(text) if line_end == -1 else line_end]):
        return amount  # "make it 11 seats at 4,500": a figure of its own
    for m in _OLD_COUNT.finditer(text, 0, last.start()):
        old = int(m.group(1))
        price = amount / old if old else 0
        if old and old != int(last.group(1)) and price == round(price, 2) and price >= 10:
            return round(price * int(last.group(1)), 2)
    return amount
