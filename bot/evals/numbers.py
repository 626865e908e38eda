"""Reading the numbers a person would see in an answer, for checking answers against expected values.

Forms read: ``1,234``, ``1234.5``, ``$1.2M``, ``12k``, ``3bn``, ``63.2%`` (read as 63.2), ``1.15 million``,
``-5``. What is deliberately *not* read, so that a wrong answer cannot pass on a stray digit:

- digits glued to letters, as in opportunity ids (``61IKUAZI``, ``M7I5O9YU``), quarters (``Q4``, ``FY17``)
  and ordinals (``1st``);
- the month and day of a date (``2017-12-31``, ``12/31/2017``, ``31.12.2017``, ``Dec 31, 2017``,
  ``31 December``) and clock times (``09:14``). A date still states its year, so the year is read.

Numbers inside product names (``GTK 500``) are read: the reader knows no product catalogue.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_ORD = r"(?:st|nd|rd|th)?"
# Each pattern's "year" group (if any) is kept; the rest of the match is blanked out before reading.
_DATE_PATTERNS = (
    re.compile(r"(?<![\w.])(?P<year>\d{4})-\d{1,2}(?:-\d{1,2})?(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?(?![\w-])"),
    re.compile(r"(?<![\w./])(?P<year>\d{4})/\d{1,2}/\d{1,2}(?![\w/])"),
    re.compile(r"(?<![\w./])\d{1,2}[/.]\d{1,2}[/.](?P<year>\d{4}|\d{2})(?![\w/.]\d)(?!\w)"),
    re.compile(r"(?<![\w:])\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?![\w:])", re.IGNORECASE),
    # "Dec 31", "March 3rd, 2017" -- but not "in March 12 deals were engaged"
    re.compile(rf"\b{_MONTH}\.?\s+(?:[12]\d|3[01]|0?[1-9]){_ORD}(?!\w)(?!\s+[a-z])"),
    re.compile(rf"(?<![\w.,])(?:[12]\d|3[01]|0?[1-9]){_ORD}\s+(?:of\s+)?{_MONTH}\b"),
)

_SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "mio": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
}
_NUMBER = re.compile(
    r"""
    (?<![\w.])                                    # not the tail of an id or of a decimal
    (?P<sign>[-\u2212](?=[$\u20ac\u00a3]?\d))?    # a minus sign only when it leads a number
    (?:[$\u20ac\u00a3]\s?)?
    (?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
    (?:
        (?P<letter>k|K|m|M|mm|MM|mn|bn|b|B)(?!\w)             # 12k, $1.2M, 3bn: glued on
      | \s?(?P<word>(?i:thousand|million|billion|mio))\b          # 1.15 million
      | \s?(?P<percent>%|percent\b|per\scent\b)               # 63.2%
    )?
    (?![\w])                                      # 61IKUAZI, 1st, 10x: not numbers
    (?!\.\d)(?!,\d{3})
    """,
    re.VERBOSE,
)


def _blank_dates(text: str) -> str:
    """The text with date and time parts replaced by spaces; a date's 4-digit year stays."""
    for pattern in _DATE_PATTERNS:
        text = pattern.sub(_keep_year, text)
    return text


def _keep_year(match: re.Match[str]) -> str:
    blank = " " * len(match.group(0))
    year = match.groupdict().get("year")
    if not year or len(year) != 4:
        return blank
    start = match.start("year") - match.start()
    return blank[:start] + year + blank[start + 4 :]


def read_numbers(text: str) -> list[float]:
    """Every number written in ``text``, as values (``$1.2M`` -> 1200000.0, ``63.2%`` -> 63.2)."""
    values = []
    for match in _NUMBER.finditer(_blank_dates(text)):
        value = float(match["digits"].replace(",", ""))
        scale_name = (match["letter"] or match["word"] or "").lower()
        value *= _SCALES.get(scale_name, 1.0)
        if match["sign"]:
            value = -value
        values.append(value)
    return values


def close_enough(found: float, expected: float, rel_tol: float = 0.01) -> bool:
    """``found`` equals ``expected`` within ``rel_tol`` of ``expected`` (an expected 0 must be exact)."""
    return abs(found - expected) <= abs(expected) * rel_tol


_ZERO_WORDS = re.compile(r"\b(?:no|none|zero)\b", re.IGNORECASE)


def mentions_number(text: str, expected: float, rel_tol: float = 0.01) -> bool:
    """Whether ``text`` states ``expected``; an expected 0 is also met by the words no/none/zero."""
    if expected == 0 and _ZERO_WORDS.search(text):
        return True
    return any(close_enough(found, expected, rel_tol) for found in read_numbers(text))
