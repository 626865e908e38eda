"""One person holding two titles at once: "(VP Sales and interim CRO)", "who is both their CFO and company
secretary", "her office manager and their bookkeeper". The role reader cuts a role at "and" (what follows is
mostly a new clause: "CFO and she signed"); when both sides are titles on their own, the role is both."""

from __future__ import annotations

import re
from collections.abc import Callable

# "both" opens a pair of titles; the second may repeat "their": "both their CFO and their bookkeeper"
_BOTH = re.compile(r"^(?:(?:he|she|who)['’]?s\s+|(?:he|she|who) is\s+)?both\s+", re.IGNORECASE)
_NOT_NOW = re.compile(r"(?:future|former|ex|past|previous|then)\b", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|&)\s+(?:also\s+)?(?:(?:the|their|his|her)\s+)?", re.IGNORECASE)


def joint_role(
    text: str, valid: Callable[[str], str | None], titled: Callable[[str], bool], headed: Callable[[str], bool]
) -> str | None:
    """``text``'s two titles joined by "and", or None when it holds no such pair: the first a title by ``valid``
    with a title's word (``titled``: "VP Sales"), the second one ending on a title's head (``headed``: "interim
    CRO", "CEO of X"; not a title cut off, "Chairman and Managing", nor a future one)."""
    text = _BOTH.sub("", " ".join(text.split()))
    m = _AND.search(text)
    if m is None or "," in text[: m.start()]:
        return None
    first, second = valid(text[: m.start()]), valid(text[m.end() :])
    if not first or not second or " and " in second or not titled(first) or not headed(second):
        return None
    if _NOT_NOW.match(second) or second.split()[-1].lower().endswith("ing"):
        return None  # "president and future member of ...": not held now; "Chairman and Managing": cut off
    return f"{first} and {second}"
