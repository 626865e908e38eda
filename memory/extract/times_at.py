"""A count written as a product before the item, then its price: "2 x GTK 500 at $26,768" is two at that price each
(the "x" says so, where "12 seats at $65,784" may be the price of them all; but a price near the count times our
product's list price, or said "for the lot", is of them all: "3 x GTX Pro at $14,463"), less a sum knocked off it
in the same sentence ("if you knock the $2,536 off"). Kept apart from ``unit_terms`` and ``amount``. Patterns run
on lower-cased text."""

from __future__ import annotations

import re

from memory.extract.numbers import Money
from memory.extract.products import priced_as_total
from memory.extract.text import lowered, sentences

_FIGURE = (
    r"[$€£]?\s?(\d{1,3}(?:,\d{3})+|\d{3,6}(?:\.\d\d)?)(?![\d.,]*\d)"
    r"(?!\s*(?:%|k\b|/\s?mo|a month|per month|(?:in )?total|all[- ]in|for (?:both|all|the lot)))"
)
# "2 x gtk 500 at $26,768", "3× mg special @ 5,482"; not a size ("4 x 4 m at ...") nor a price per month
_TIMES_AT = re.compile(r"(?<![\w$€£.,×])(\d{1,3})\s*[x×]\s+((?:[\w-]+\s+){1,4}?)(?:at|@)\s*" + _FIGURE)
# a sum taken off, said after: "knock the $2,536 off", "take 2,500 off"; not refused ("can't knock anything off")
_KNOCKED = re.compile(
    r"\b(?:knock(?:ed|ing|s)?|tak(?:e|es|ing)|took)\s+(?:the |a |another )?([$€£]?\s?[\d,.]+k?)\s+off\b"
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?k?")
_REFUSED = re.compile(r"(?:\b(?:no|not|never|refus\w*)\b|n't\b)[^.,;]{0,20}$")


def times_at_totals(text: str, rivals: list[str]) -> list[Money]:
    """Each "N x item at P" total, less a sum knocked off it in its sentence, placed where the price is said."""
    low = lowered(text)
    if " x " not in low and "×" not in low:
        return []  # the cheap test first
    out = []
    for offset, sentence in sentences(low):
        if any(r in sentence for r in rivals):
            continue
        for m in _TIMES_AT.finditer(sentence):
            count, price = int(m.group(1)), float(m.group(3).replace(",", ""))
            total = price if priced_as_total(count, price, m.group(2)) else count * price  # "3 x GTX Pro at $14,463"
            knock = _KNOCKED.search(sentence, m.end())
            if knock and not _REFUSED.search(sentence, max(0, knock.start() - 25), knock.start()):
                said = knock.group(1).strip(" $€£").replace(",", "")
                cut = float(said.rstrip("k")) * (1000 if said.endswith("k") else 1) if _NUMBER.fullmatch(said) else 0.0
                total -= cut if cut < total else 0
            out.append(Money(total, offset + m.start(3), offset + m.end(3), m.group(0)))
    return out
