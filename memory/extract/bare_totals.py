"""A small total written bare, after a count of units: "12 MG Special seats, 660 total", "five users - total 275".

A figure under 1,000 with no currency sign or scale is no money to ``numbers`` (it may be a count); labelled as
the total right after a count of units, and too large to be a count of them (at least 20 a unit), it is the deal's
value. "40 seats now, 120 total" (3 a seat) stays a count; so does "12 seats total"; a sentence with money in
it already is left to the ordinary reading. A figure spoken as thousands and hundreds ("twelve-five all in") is
the whole the same way."""

from __future__ import annotations

import re

from memory.extract.numbers import Money, find_money, spelled_value
from memory.extract.text import lowered, sentences

_WORDS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
_COUNT_WORDS = {w: i for i, w in enumerate((_WORDS + " eighteen nineteen twenty").split(), 1)}
_COUNT = r"(\d{1,4}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?:seats?|users?|licen[cs]es?|units?|logins?|techs?|agents?)"
_COUNTED = re.compile(r"(?<![\w$€£.,])" + _COUNT + r"\s+(?:[\w-]+\s+){0,3}?" + _UNIT + r"\b")
# "660 total", "660 in total", "660 all-in"; "total 660", "total: 660", "total = 660"; no unit after it
_TOTAL = re.compile(
    r"(?<![\w$€£.,:/-])(\d{2,3})\s+(?:total|in total|all[- ]in)\b(?!\s*(?:[\w-]+\s+)?" + _UNIT + r")"
    r"|\btotal(?:\s+(?:is|of|comes to)|\s*[:=])?\s+(\d{2,3})(?![\w%:/-]|[.,]\d|\s*(?:[\w-]+\s+)?" + _UNIT + r"\b)"
)
# not this deal's: a past, a monthly or a rival's figure
_NOT_THIS = re.compile(r"\b(?:last year|used to|paid|currently|monthly|a month|per month|/\s?mo)\b")


_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_DIGITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
# thousands then hundreds, said as a pair, marked as the whole: "twelve-five all in" (12,500), "thirty-one five in
# total" (31,500); the thousands at least ten, so "three-one in total" (a score) is no figure
_SPOKEN_PAIR = re.compile(
    r"(?<![\w-])((?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_DIGITS) + r"))?|" + "|".join(_TEENS) + r")"
    r"[- ](" + "|".join(_DIGITS) + r")(?=\s+(?:all[- ]in|in total|total)\b(?!\s*(?:[\w-]+\s+)?" + _UNIT + r"))"
)


def bare_totals(text: str, rivals: list[str]) -> list[Money]:
    """Each bare total said after a count of units in its sentence, and each spoken pair marked as the whole, its
    offsets in the whole text."""
    low = lowered(text)
    if "total" not in low and "all" not in low:
        return []  # the cheap test first
    pairs = list(_SPOKEN_PAIR.finditer(low))
    spelled = find_money(text) if pairs else []  # "two thousand one hundred and ninety-two total" is one figure
    out = [
        Money(spelled_value(m.group(1).replace("-", " ").split()) * 1000 + 100 * spelled_value([m.group(2)]),
              m.start(), m.end(), text[m.start() : m.end()])
        for m in pairs
        if not any(r in low[max(0, m.start() - 60) : m.start()] for r in rivals)
        and not any(f.start < m.end() and m.start() < f.end for f in spelled)
        and not re.search(r"\b(?:and|hundred|thousand|point)[ -]$", low[max(0, m.start() - 9) : m.start()])
    ]  # fmt: skip
    for offset, sentence in sentences(low):
        if any(r in sentence for r in rivals) or _NOT_THIS.search(sentence) or find_money(sentence):
            continue  # ... and a sentence with money in it already is read as ever
        for m in _TOTAL.finditer(sentence):
            counts = list(_COUNTED.finditer(sentence, 0, m.start()))
            if not counts:
                continue
            word = counts[-1].group(1)
            count = int(word) if word.isdigit() else _COUNT_WORDS[word]
            group = 1 if m.group(1) else 2
            value = float(m.group(group))
            if count and value / count >= 20 and value != count:
                at, end = offset + m.start(group), offset + m.end(group)
                out.append(Money(value, at, end, text[at:end]))
    return out
