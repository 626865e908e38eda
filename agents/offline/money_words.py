"""Sums of money written in words, as digits: "five grand", "twenty-five thousand dollars", "a hundred bucks", "a
billion a year", "half a million". Only a number followed by a word of money or scale is rewritten, so "which one"
or "the top two" stay words; the money readers then see the sum as if it had been typed in digits."""

from __future__ import annotations

import re

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN = "|".join(_TENS)
_BELOW_HUNDRED = rf"(?:(?:{_TEN})(?:[\s-](?:{_UNIT}))?|{_UNIT})"
# "a hundred", "two hundred and fifty", "seventy-five", "a" alone before a scale ("a grand", "a billion")
_NUMBER = (
    rf"(?P<hundreds>a|an|{_UNIT})\s+hundred(?:\s+(?:and\s+)?(?P<rest>{_BELOW_HUNDRED}))?"
    rf"|(?P<below>{_BELOW_HUNDRED})"
    r"|(?P<half>half\s+a)"
    r"|(?P<one>a|an)(?=\s+(?:thousand|grand|million|mil|billion)\b)"
)
# what makes the number a sum of money: a scale or a currency word after it
_MONEY_AFTER = r"(?=\s+(?:thousand|grand|k|million|mil|mm|billion|bn|bucks|dollars|usd)\b)"
_SPELLED_SUM = re.compile(rf"\b(?:{_NUMBER}){_MONEY_AFTER}", re.IGNORECASE)


def _below_hundred(words: str) -> int:
    parts = re.split(r"[\s-]+", words.lower())
    return sum(_TENS.get(p, _UNITS.get(p, 0)) for p in parts)


def _value(m: re.Match[str]) -> str:
    if m.group("hundreds"):
        head = m.group("hundreds").lower()
        value = 100 * (1 if head in ("a", "an") else _UNITS[head])
        return str(value + (_below_hundred(m.group("rest")) if m.group("rest") else 0))
    if m.group("below"):
        return str(_below_hundred(m.group("below")))
    return "0.5" if m.group("half") else "1"


def money_in_digits(text: str) -> str:
    """``text`` with each sum of money written in words given in digits: "over five grand" -> "over 5 grand"."""
    return _SPELLED_SUM.sub(_value, text)
