"""A date set for the signing in a sentence of its own, straight after one about signing: "The board only meets on
July the twelfth and nothing over ten k gets signed before it. So make it the twelfth." The "make it" sentence has
no closing word of its own, yet it sets the date; ``close_date`` takes its offset as a closing word's."""

from __future__ import annotations

import re

# run on the lower-cased text: the sentence opens by setting a date ("so make it", "let's call it", "ok, put")
_SET_DATE = re.compile(
    r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?] ))(?:\w+(?: \w+)?: )?(?:(?:so|ok|okay|right|then|fine|yes)\b,? )*"
    r"(?:let's |let us )?(?:make it|make that|call it|put it down as|pencil it in for)"
    r"(?= (?:the |end |mid|early |late |by |on |next |this |(?:mon|tue|wed|thu|fri)|\d))"
    r"(?! the [\w-]+\s*(?:[.!?;,]|$))"  # a bare day with no month ("make it the twelfth."): which month is unsaid
)
# the sentence before it is about the signing
_SIGNING = re.compile(r"\b(?:sign\w*|signature|close|closing|decid\w*|decision|commit\w*|deadline|approv\w*)\b")


def restated_cues(low: str) -> list[int]:
    """Where each sentence opening on a date set for the signing is, in the lower-cased ``low``."""
    if "make " not in low and "call it" not in low and "put it" not in low and "pencil" not in low:
        return []  # the cheap test first
    out = []
    for m in _SET_DATE.finditer(low):
        start = m.start()
        before = max(low.rfind(c, 0, max(0, start - 2)) for c in ".!?\n")
        if _SIGNING.search(low, before + 1, start):
            out.append(m.end() - 1)  # in the sentence, just before the date
    return out


_DAY_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
# the bare day set: "so make it the twelfth", "call it the 12th" (no month after it)
_SET_DAY = re.compile(
    r"\b(?:make it|make that|call it)\s+the\s+(\d{1,2}(?:st|nd|rd|th)|(?:twenty[- ])?[a-z]+th|twenty[- ](?:first|"
    r"second|third)|thirty[- ]first|first|second|third)\b(?!\s+of\b)",
    re.IGNORECASE,
)
_ORD = r"(\d{1,2}(?:st|nd|rd|th)?|(?:twenty[- ]|thirty[- ])?(?:first|second|third|[a-z]+th))\b"
_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
# the day named with its month: "July the twelfth", "July 12", "the 12th of July", "12 July"
_MONTH_DAY = re.compile(r"\b" + _MON + r"\.?\s+(?:the\s+)?" + _ORD + r"|\b" + _ORD + r"\s+(?:of\s+)?" + _MON, re.I)


def month_for_day(text: str) -> str:
    """``text`` with the month added to a bare day set for the signing ("So make it the twelfth") when the
    sentences just before name that day with its month ("the board only meets on July the twelfth")."""
    if "ake it the" not in text and "ake that the" not in text and "all it the" not in text:
        return text  # the cheap test first ("Make it the", "make it the")
    for m in reversed(list(_SET_DAY.finditer(text))):
        day = _day(m.group(1))
        for said in _MONTH_DAY.finditer(text, max(0, m.start() - 200), m.start()):
            month = said.group(1) or said.group(4)
            if day is not None and _day(said.group(2) or said.group(3)) == day:
                text = text[: m.end()] + " of " + month.capitalize() + text[m.end() :]
                break
    return text


def _day(word: str) -> int | None:
    word = word.lower().replace(" ", "-")
    digits = word.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    base = word.split("-")[-1]
    if base not in _DAY_WORDS:
        return None
    return _DAY_WORDS.index(base) + 1 + (20 if word.startswith("twenty-") else 30 if word.startswith("thirty-") else 0)
