"""A count of units and its unit price said in orders ``unit_terms`` and ``amount`` do not read, times each other:
- the unit price first, its count after it: "at 550 a seat for 25 seats", "$1,200 per user, twelve users";
- a unit price spoken digit by digit: "one-oh-nine-six a head, fifteen heads" (1,096 a head);
- a new count at the unit price said before: "make it 14 seats at the same $550".
Each comes as a ``Money`` whose offsets point into the whole text."""

from __future__ import annotations

import re

from memory.extract.numbers import Money
from memory.extract.text import lowered, sentences

_DIGIT_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_DIGIT_WORDS["oh"] = "0"
_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_COUNT_WORDS = {
    w: i
    for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "eighteen nineteen twenty".split(),
        1,
    )
}
_COUNT = r"(\d{1,5}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?:seats?|users?|licen[cs]es?|units?|techs?|technicians?|agents?|reps?|people|heads?|devices?|logins?)"
# a price: figures, or digits said one by one ("one-oh-nine-six"), never a code's digits ("GTK 500", "#3391")
_PRICE = (
    r"(?<![\w#/-])[$€£]?\s?(\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d{2,5}(?:\.\d\d)?|" + _DIGIT + r"(?:-" + _DIGIT + r"){2,4})"
)
_EACH = r"\s*(?:each|apiece|a (?:seat|user|licen[cs]e|head|unit)|per (?:seat|user|licen[cs]e|unit|head|person))"
# "550 a seat for 25 seats", "1,096 a head, fifteen heads"; not "550 a seat per month"
_PRICE_THEN_COUNT = re.compile(
    _PRICE + _EACH + r"\s*(?:,\s*|\s+(?:for|across|times|x|on)\s+|,\s*(?:for|so)\s+)(?:the\s+)?" + _COUNT
    + r"\s+(?:[\w-]+\s+){0,2}?" + _UNIT + r"\b(?!\s*(?:/|per|a)\s*(?:mo|month|year|yr))"
)  # fmt: skip
# "14 seats at the same $550", "nine users at the same per-seat price of 1,096"
_COUNT_AT_SAME = re.compile(
    r"(?<![\w$€£.,])" + _COUNT + r"\s+(?:[\w-]+\s+){0,2}?" + _UNIT + r"\s+at\s+the\s+same\s+"
    r"(?:(?:unit |per[- ]\w+ )?(?:price|rate)(?:\s+of)?\s+)?" + _PRICE
)
# not this deal's price: a past, a monthly or a rival's one
_NOT_THIS = re.compile(r"\b(?:last year|used to|paid|paying|currently|monthly|a month|per month)\b")


def _price(word: str) -> float:
    if word[0].isdigit():
        return float(word.replace(",", ""))
    return float("".join(_DIGIT_WORDS[d] for d in word.split("-")))


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[word]


def counted_prices(text: str, rivals: list[str]) -> list[Money]:
    """Every total of a count and a unit price said in one of the orders above."""
    low = lowered(text)
    if not any(w in low for w in (" a ", "each", "per ", "apiece", "same")):
        return []  # the cheap test first
    out = []
    for offset, sentence in sentences(low):
        if sentence.rstrip().endswith("?") or any(r in sentence for r in rivals) or _NOT_THIS.search(sentence):
            continue
        for m in _PRICE_THEN_COUNT.finditer(sentence):
            total = _price(m.group(1)) * _count(m.group(2))
            out.append(Money(total, offset + m.start(), offset + m.end(), text[offset + m.start() : offset + m.end()]))
        for m in _COUNT_AT_SAME.finditer(sentence):
            total = _price(m.group(2)) * _count(m.group(1))
            out.append(Money(total, offset + m.start(), offset + m.end(), text[offset + m.start() : offset + m.end()]))
    return out
