"""Money written the way some reps write it, said the way the amount reader knows: a decimal comma before a scale
("27,6k" is 27.6k, as French, German and Spanish notes write it) and "mm" for million ("1.07mm", "$2mm": the
finance shorthand). Three digits after a comma stay a thousands separator ("32,880"), and "mm" after a whole number
without a dollar sign stays millimetres ("a 5mm bracket")."""

from __future__ import annotations

import re

# one or two digits after the comma, then the scale: a decimal, not thousands ("27,6k", "1,25M")
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?=\s?(?:[kK]|[mM]{1,2}|mil|million)\b)")
# "mm" as million: after a decimal ("1.07mm") or a dollar figure ("$3mm"), never a bare whole number
_MM = re.compile(r"(\$\s?\d[\d,]*(?:\.\d+)?|(?<![\w.,])\d{1,4}\.\d{1,3})\s?(?:mm|MM)\b")


def money_forms(text: str) -> str:
    """``text`` with decimal commas before a scale as points and "mm" for million as "M"."""
    if "," in text:
        text = _DECIMAL_COMMA.sub(r"\1.\2", text)
    if "mm" in text.lower():
        text = _MM.sub(r"\1M", text)
    return text
