"""An account named by its initials: "NYI update: ..." for The New York Inquirer, "VCP" for Vehement Capital
Partners. Only names of three words or more (not counting "The", "&", "and", "of"), and only the initials in
capitals as a word of their own, so "IT", "CFO" or "ROI" never stand for an account."""

from __future__ import annotations

import re
from functools import lru_cache

_FILLERS = frozenset("the & and of".split())
_CAPITALS = re.compile(r"(?<![\w&-])[A-Z]{3,6}(?![\w&-])")


@lru_cache(maxsize=16)  # once per list of accounts, not once per text
def _by_initials(accounts: tuple[str, ...]) -> dict[str, str]:
    """Each account's initials, for the initials that only one account has."""
    seen: dict[str, list[str]] = {}
    for name in accounts:
        words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _FILLERS]
        if len(words) >= 3 and all(w[0].isalpha() for w in words):
            seen.setdefault("".join(w[0].upper() for w in words), []).append(name)
    return {initials: names[0] for initials, names in seen.items() if len(names) == 1}


def named_by_initials(text: str, accounts: tuple[str, ...]) -> str | None:
    """The first account named by its initials in ``text``; None when none is."""
    initials = _by_initials(accounts)
    if not initials:
        return None
    return next((initials[m.group(0)] for m in _CAPITALS.finditer(text) if m.group(0) in initials), None)
