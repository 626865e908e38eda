"""A price said per month over a stated term, the total never written out: "15 seats @ 50/mo, 24 mo term" is
15 x 50 x 24; "they pay monthly over three years, like 1,487 a month" is 1,487 x 36.

``amount`` sets a monthly figure aside (no deal's value on its own: "20 users at $50/month" stays blank), but with
the contract's length said beside it the deal's value is the contract total, as the labelled notes that write
the total out show ("$1,250/mo on a 24 month term, so thirty grand over the whole term"). The count multiplies
only a price per unit: "per seat per month", or "@" right after a count of units ("15 seats GTX Basic @ 50/mo")."""

from __future__ import annotations

import re

from memory.extract.numbers import Money, find_money, spelled_value
from memory.extract.text import lowered, sentences

_UNIT = r"(?:seats?|users?|licen[cs]es?|units?|heads?|agents?|devices?|logins?)"
_MONTHLY = re.compile(
    r"\s*(?P<unit>(?:per|a|/)\s*(?:seat|user|licen[cs]e|head|agent|device|unit)\s*)?"
    r"(?:per|a|/|each)\s*(?:month|mo)\b(?!\s*(?:for|of)\s+(?:the\s+)?first\b)"
)
_NUMBER = r"(\d{1,2}|one|two|three|four|five|six|twelve|eighteen|twenty[- ]four|thirty[- ]six|forty[- ]eight)"
# the contract's length: "24 mo term", "a 12-month contract", "over three years", "for 36 months", "3-yr deal"
_TERM = re.compile(
    r"\b(?:over|for|across)\s+(?:the\s+next\s+|a\s+)?" + _NUMBER + r"[- ]?(?P<u1>months?|mos?|years?|yrs?)\b"
    r"|\b" + _NUMBER + r"[- ]?(?P<u2>months?|mos?|years?|yrs?)\s+(?:term|contract|deal|commitment|agreement)\b"
)
_PRICE_AT = re.compile(r"(?:@|\bat)\s*[$€£]?\s*(\d{1,3}(?:,\d{3})+|\d{1,5}(?:\.\d\d)?)(?=\s*(?:/|per|a\b))")
_COUNT_WORDS = (
    {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
    | {w + "teen": i for i, w in enumerate("thir four fif six seven eigh nine".split(), 13)}
    | {"twenty": 20}
)
_COUNT = r"(\d{1,4}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")"
_COUNTED = re.compile(r"(?<![\w$€£.,])" + _COUNT + r"\s+(?:[\w-]+\s+){0,3}?" + _UNIT + r"\b")
# not this deal's price: a past, a current or a rival's one
_NOT_THIS = re.compile(r"\b(?:last year|used to|paid|currently|today they pay|cheaper)\b")


def monthly_term_totals(text: str, rivals: list[str]) -> list[Money]:
    """Each monthly price with a term said in its sentence or the next, times the term's months (and the count of
    units when priced per unit), its offsets pointing at the price."""
    low = lowered(text)
    if "mo" not in low or not _TERM.search(low):
        return []  # the cheap test first
    # a terse log's fields are sentences of their own: "... @ 50/mo, 24 mo term | comp: stakline (incumbent)"
    parts = [(o + f.start(), f.group(0)) for o, sentence in sentences(low) for f in re.finditer(r"[^|]+", sentence)]
    out = []
    for i, (offset, sentence) in enumerate(parts):
        if any(r in sentence for r in rivals) or _NOT_THIS.search(sentence):
            continue
        nearby = sentence + " " + (parts[i + 1][1] if i + 1 < len(parts) else "")
        term = _TERM.search(nearby)
        if term is None:
            continue
        for start, end, value, at_sign in _monthly_prices(sentence):
            m = _MONTHLY.match(sentence, end)
            if m is None:
                continue
            total = value * _months(term)
            if m.group("unit") or at_sign:
                counts = {_count(c.group(1)) for c in _COUNTED.finditer(sentence)}
                if len(counts) != 1:
                    continue  # priced per unit, the count unsaid (or two of them, which is unsure): no total
                total *= counts.pop()
            out.append(Money(total, offset + start, offset + end, text[offset + start : offset + end]))
    return out


def _monthly_prices(sentence: str) -> list[tuple[int, int, float, bool]]:
    """Each figure in the sentence, and each bare price after "@"/"at" (whether it is one), for the monthly test."""
    found = [(m.start, m.end, m.value, False) for m in find_money(sentence)]
    for m in _PRICE_AT.finditer(sentence):
        if not any(s <= m.start(1) < e for s, e, _, _ in found):
            found.append((m.start(1), m.end(1), float(m.group(1).replace(",", "")), "@" in m.group(0)))
    return found


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[word]


def _months(term: re.Match[str]) -> float:
    word = (term.group(1) or term.group(3)).replace("-", " ")
    n = float(word) if word.isdigit() else spelled_value(word.split())
    unit = term.group("u1") or term.group("u2")
    return n * 12 if unit.startswith("y") else n
