"""A trial's or pilot's end said just before its date: "pilot runs until April 12, they decide by end of
April". The end is when the customer can decide, not when it does: any other date for the decision wins, yet when
the end is the only date said it still stands ("trial ends April 12 and they decide that day")."""

from __future__ import annotations

import re

_TRIAL_END = re.compile(
    r"\b(?:trial|pilot|poc|proof of concept|evaluation|test phase)\b[^.;!?\n]{0,25}?"
    # the date may take the "until" in: "pilot runs until April 12"
    r"\b(?:ends?|ending|finish(?:es|ing)?|wraps? up|runs?|running)(?:\s+(?:until|till|to|through))?"
    r"\s*(?:(?:on|around|about|by|~)\s*)?$",
    re.IGNORECASE,
)


def trial_end(sentence: str, start: int) -> bool:
    """Whether the date starting at ``start`` in ``sentence`` is said as a trial's or pilot's end."""
    return _TRIAL_END.search(sentence, max(0, start - 60), start) is not None
