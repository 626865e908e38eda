"""A date inside a condition about something else, not when the deal closes: "If you must trade today, we could
exchange fax signatures", "if you need the laptops by Friday, we can ship early". The condition names no signing or
deciding of its own; one that does keeps its date ("if they sign by Friday, ...")."""

from __future__ import annotations

import re

# "if"/"unless"/"in case" opening the date's clause, with no comma or stop between it and the date
_IF_BEFORE = re.compile(r"\b(?:if|unless|in case|provided)\b([^,;:.!?\n]{0,50})$", re.IGNORECASE)
_CLOSING_WORD = re.compile(
    r"\b(?:sign\w*|countersign\w*|clos\w*|decid\w*|decision|commit\w*|order\w*|buy\w*|purchas\w*|approv\w*|"
    r"award\w*|contract|po|go[- ]ahead)\b",
    re.IGNORECASE,
)


def conditional_date(sentence: str, start: int, cues: list[int]) -> bool:
    """Whether the date at ``start`` in ``sentence`` is inside an "if" clause that names no closing of its own, nor
    any of the closing words at ``cues`` ("If the pilot goes fine I can make a call in two weeks")."""
    m = _IF_BEFORE.search(sentence, max(0, start - 60), start)
    if m is None or _CLOSING_WORD.search(m.group(1)):
        return False
    return not any(m.start() <= c < start for c in cues)
