"""Money written the way some reps write it, said the way the amount reader knows: a decimal comma before a scale
("27,6k" is 27.6k, as French, German and Spanish notes write it) and "mm" for million ("1.07mm", "$2mm": the
finance shorthand). Three digits after a comma stay a thousands separator ("32,880"), and "mm" after a whole number
without a dollar sign stays millimetres ("a 5mm bracket"). Thousands grouped by a space ("usd 4 950", "€ 12 400")
are joined up where a currency says the figure is money, so "4 950" is not read as a 4."""

from __future__ import annotations

import re

from memory.extract.german_numbers import german_figures
from memory.extract.romance_numbers import romance_figures

# one or two digits after the comma, then the scale: a decimal, not thousands ("27,6k", "1,25M")
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?=\s?(?:[kK]|[mM]{1,2}|mil|million)\b)")
# "mm" as million: after a decimal ("1.07mm") or a dollar figure ("$3mm"), never a bare whole number
_MM = re.compile(r"(\$\s?\d[\d,]*(?:\.\d+)?|(?<![\w.,])\d{1,4}\.\d{1,3})\s?(?:mm|MM)\b")
# thousands grouped by spaces, a currency before or after: "usd 4 950", "$12 400", "4 950 dollars", "EUR 1 250 000"
_SPACED = re.compile(
    r"(?:(?<=(?i:usd|eur|gbp|us\$) )|(?<=[$€£])[ \t]?)\d{1,3}(?: \d{3})+(?![\d.,]\d)"
    r"|(?<![\d.,])\d{1,3}(?: \d{3})+(?=[ \t]?(?:(?i:usd|eur|gbp|dollars|euros|pounds)\b|[$€£]))"
)
_SPACED_HINT = re.compile(r"\d \d{3}")  # the cheap test first: most texts group no digits by spaces


def money_forms(text: str) -> str:
    """``text`` with decimal commas before a scale as points and "mm" for million as "M"."""
    if "," in text:
        text = _DECIMAL_COMMA.sub(r"\1.\2", text)
    if "mm" in text.lower():
        text = _MM.sub(r"\1M", text)
    if _SPACED_HINT.search(text):
        text = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)  # "usd 4 950": one figure, not a 4
    text = romance_figures(text)  # "cuarenta y cinco mil dólares": 45,000
    return german_figures(text)  # "vierundzwanzigtausendeinhundert Dollar": 24100
