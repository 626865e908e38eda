"""A figure in thousands said digit by digit, as dictation hears it: "one oh seven k" (107,000), "two four five
thousand" (245,000), "nine oh grand". Kept apart from ``numbers`` (its size limit); the plain spelled reading
would take only the last digit with the scale ("seven k")."""

from __future__ import annotations

import re

_DIGITS = {"oh": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9}  # fmt: skip
_D = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)"
_FIRST = r"(?:one|two|three|four|five|six|seven|eight|nine)"  # no figure opens on "oh"
# two or three digits, at least one "oh"/"zero" or three in all, then the scale
_RUN = re.compile(
    r"(?<![\w-])(" + _FIRST + r"(?:[ -]" + _D + r"){1,2})[ -](k|thousand|grand)\b(?![ -](?:" + _D + r"|hundred)\b)",
    re.IGNORECASE,
)


def digit_by_digit(text: str) -> list[tuple[float, int, int]]:
    """``(value, start, end)`` for each figure above: two digits only with an "oh" ("four oh k"), since "twenty
    five k" style pairs are read elsewhere and "five six k" is no figure anyone says."""
    out = []
    for m in _RUN.finditer(text):
        words = re.split(r"[ -]", m.group(1).lower())
        if len(words) == 2 and words[1] not in ("oh", "zero"):
            continue
        value = 0
        for w in words:
            value = value * 10 + _DIGITS[w]
        out.append((value * 1000.0, m.start(), m.end()))
    return out
