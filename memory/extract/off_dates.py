"""Dates near a closing word that are not the close, said as such by the words just before them.

- A period turned down: "When would you sign? Not this quarter. We'll sign at the end of next quarter": "this
  quarter" is what the deal is not, the date said next is.
- When the customer's place is shut: "their office is closed 25 Dec to 1 Jan for the holidays", "before their
  summer shutdown, which starts the first of July, so end of June". The close word "closed" there is a door's, and
  the shutdown's day is a bound, not the signing.
- When the service starts (see ``start_dates``): "the licence start date is the first of July".
"""

from __future__ import annotations

import re

from memory.extract.start_dates import service_start

_REFUSED = re.compile(r"\bnot\s+(?:in\s+|during\s+|within\s+)?$", re.IGNORECASE)
# the place or the season that is shut, somewhere in the sentence
_SHUT_WHAT = re.compile(
    r"\b(?:office|offices|plant|site|factory|shop|store|warehouse|building|campus|holiday|holidays|christmas|easter|"
    r"thanksgiving|new year|summer|winter|shutdown|shut-down|break|vacation|closure)\b",
    re.IGNORECASE,
)
# the shutting said before the date, in its clause, with no signing or bound word between
_SHUT_BEFORE = re.compile(
    r"\b(?:closed|shut|shuts|shutdown|shut-down|shut down|closure|off|away|out of (?:the )?office)\b"
    r"(?:(?!\b(?:before|by|ahead of|sign\w*|decid\w*|decision|commit\w*|so)\b)[^.;:!?\n]){0,40}$",
    re.IGNORECASE,
)


# ... or said straight after it, as a holiday table has it: "Friday, 12/24 Holiday Closed"
_SHUT_AFTER = re.compile(r"\W{0,3}(?:(?:holiday|christmas|public holiday)\W{1,3})?(?:closed|shut)\b", re.IGNORECASE)


def off_date(sentence: str, start: int, end: int) -> bool:
    """Whether the date from ``start`` to ``end`` in ``sentence`` is turned down ("not this quarter") or is when
    the customer's place is shut."""
    head = sentence[max(0, start - 60) : start]
    if _REFUSED.search(head) or service_start(sentence, start):
        return True  # "not this quarter"; "the licence start date is the first of July": when the service starts
    shut = bool(_SHUT_BEFORE.search(head) or _SHUT_AFTER.match(sentence, end))
    return shut and bool(_SHUT_WHAT.search(sentence))
