"""Texted and dictated ways of saying a date or a signature, written out for the readers: "wants sig b4 then",
"end of nxt mo", "end of next qtr", "end of the mth", "SIGNED 2day"; and speech-to-text's "sign by Q four", "end of
queue three", "signed by the forth", "Noor Rahman comma the COO period".

Only the lower-case shorthand is touched ("Sig" or "B4" may be a name or a product), and only whole words."""

from __future__ import annotations

import re

from memory.extract.spoken_role import their_for_there

_EDGE_BEFORE = r"(?<![\w'’.@/-])"
_EDGE_AFTER = r"(?![\w'’@/-]|\.\w)"

# texted shorthand for words the date and stage readers know; "mo" only after "next"/"this"/"end of", where it is
# the month ("nxt mo"), not a name or "Mo" the weekday
_WORDS = {"sig": "signature", "b4": "before", "2day": "today", "tmrw": "tomorrow", "2moro": "tomorrow"}
_TEXTED = re.compile(_EDGE_BEFORE + r"(?:sig|b4|2day|tmrw|2moro)" + _EDGE_AFTER)  # "Sig", "B4": a name, a paper size
_MONTH_SHORT = re.compile(r"(?<=\b(?:next|this|last) )mo\.?(?![\w'’-])|(?<=\bend of )mo\.?(?![\w'’-])")
# a period with its vowels dropped: "end of next qtr", "EO mth", "end of yr"; "qtr" is always the quarter, while "mth"
# and "yr" ("yr call" is "your call" in a text) only after the words that name a period
_QUARTER_SHORT = re.compile(_EDGE_BEFORE + r"(?:qtr|Qtr|QTR)(s?)" + _EDGE_AFTER)
_PERIOD_SHORT = re.compile(
    r"(?:(?<=\bnext )|(?<=\bthis )|(?<=\blast )|(?<=\bthe )|(?<=\bend of ))(?:(mth|mnth)|yr)\.?(?![\w'’-])"
)

# a quarter dictated as words: "Q four", "queue three" (speech-to-text for "Q3"); not "queue two tickets"
_NUMBER = {"one": "1", "two": "2", "three": "3", "four": "4"}
_SPOKEN_QUARTER = re.compile(
    r"\b(?:[qQ]|queue|Queue) (one|two|three|four)\b(?! (?:tickets?|calls?|items?|agents?|people|of)\b)"
)

# "by the forth": the ordinal dictated as its homophone; "back and forth", "set forth" keep theirs
_FORTH = re.compile(r"(?<=\bthe )forth\b(?= *(?:[.,;!?)]|$|of\b|at\b|latest\b|when\b|so\b|and\b|but\b))")


# punctuation dictated as words: "Noor Rahman comma the COO period." Only in a note dictated so (three such words,
# two kinds of them), since "a trial period" or "the colon" alone are words
# (a mark is said as a word: no article before it, "the colon"; a full stop closes its sentence, "a trial period ends")
_NO_ARTICLE = r"(?<! a)(?<! an)(?<! the)(?<! one)(?<! this)(?<! that)(?<! its)(?<! per)"
_DICTATED = re.compile(
    _NO_ARTICLE + r" (comma|colon)\b(?= \w)|" + _NO_ARTICLE + r" (period|full stop)\b\.?(?=\s+[A-Z]|\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
_MARKS = {"comma": ",", "period": ".", "full stop": ".", "colon": ":"}


def _dictated_marks(text: str) -> str:
    found = [(m.group(1) or m.group(2)).lower() for m in _DICTATED.finditer(text)]
    if len(found) < 3 or len(set(found)) < 2:
        return text
    return _DICTATED.sub(lambda m: _MARKS[(m.group(1) or m.group(2)).lower()], text)


def spelled_out(text: str) -> str:
    """``text`` with texted or dictated shorthand for dates and signing written out, dictated punctuation put in."""
    text = _dictated_marks(text)
    text = _TEXTED.sub(_word, text)
    text = _MONTH_SHORT.sub("month", text)
    if "qtr" in text.lower():  # the cheap test first
        text = _QUARTER_SHORT.sub(lambda m: "quarter" + m.group(1), text)
    if "yr" in text or "mth" in text or "mnth" in text:
        text = _PERIOD_SHORT.sub(lambda m: "month" if m.group(1) else "year", text)
    text = _SPOKEN_QUARTER.sub(lambda m: "Q" + _NUMBER[m.group(1)], text)
    text = their_for_there(text)  # "she's there controller"
    return _FORTH.sub("fourth", text)


def _word(m: re.Match[str]) -> str:
    return _WORDS[m.group(0)]
