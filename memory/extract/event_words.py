"""How ``after_event`` finds the day of an event a close is counted from, when the note names it loosely.

- The event named by another form of its word: "two weeks after that meeting" with "the committee meets on 24
  October" above; "after the review" with "they review it on the 3rd". A word inside another's compound names a
  different thing: "a mid-pilot check-in" is no date of the pilot.
- The event's end said of "it" in a sentence that does not repeat its name: "How's the pilot going? Good. It
  runs until June 30. ... decision two weeks after the pilot ends".
"""

from __future__ import annotations

import re
from datetime import date

from memory.extract.dates import find_dates
from memory.extract.text import sentences

_ENDINGS = ("ing", "es", "s", "ed")


def named_event(word: str) -> str:
    """A pattern for ``word`` and its other forms ("meeting": meet, meets, meeting), not inside a compound."""
    stem = word.lower()
    for ending in _ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= 4:
            stem = stem[: -len(ending)]
            break
    return r"(?<![\w-])" + re.escape(stem) + r"(?:s|es|ing|ed|e)?(?![\w-])"


# "it runs until June 30", "this ends on the 14th", "which wraps up 3 Nov": the end of what was just named
_ITS_END = re.compile(
    r"\b(?:it|this|which)(?:['’]s| is)? (?:runs?|running|lasts?|goes|going|ends?|ending|finish(?:es)?|wraps? up|"
    r"is over|closes)(?: on| until| till| til| through| thru| to| by)?\s+",
    re.IGNORECASE,
)


def its_end(text: str, relating: str, now: date) -> date | None:
    """The date said for the end of "it" (the event, named in an earlier sentence without a date), in a sentence
    of its own: the last such date before the relating sentence."""
    found = None
    for _, sentence in sentences(text):
        if relating.strip() in sentence:
            break
        m = _ITS_END.search(sentence)
        dates = find_dates(sentence[m.end() :], now) if m else []
        if dates and dates[0].start == 0:
            found = dates[0].value
    return found
