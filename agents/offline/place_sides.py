"""Accounts set side by side by where they are headquartered: "italy vs poland hq'd accts", "win rate at our
Japan-based customers compared to the Korean ones", "german vs french accounts". Each place is a side of its own;
"based in Japan or Korea" is one set of accounts (the two taken together), not two sides."""

from __future__ import annotations

import re
from typing import Any

from agents.offline.headquarters import DEMONYMS
from agents.tools.places import is_place

_US = {"us": "United States", "usa": "United States", "america": "United States", "united states": "United States",
       "american": "United States", "the us": "United States", "the usa": "United States"}  # fmt: skip
_VS = r"(?:vs|versus|v|compared (?:to|with)|against|next to)"
# what may follow the place on its own side: "italy hq'd accts", "japan-based customers", "the korean ones"
_BASED = r"(?:[- ](?:based|hq ?'?d|headquartered))?(?: (?:accounts?|accts?|customers?|clients?|companies|ones|logos))?"
# what may lead into the place: "accounts in", "those based in", "the ones from"
_LEAD = (
    r"(?:(?:the |our |my )?(?:accounts?|accts?|customers?|clients?|companies|ones|those) "
    r"(?:(?:based|hq ?'?d|headquartered) )?(?:in|from) )?"
)
_PLACE = r"(?:the )?([a-z]+(?: [a-z]+)?)"
_PAIR = re.compile(rf" {_LEAD}{_PLACE}{_BASED} {_VS} {_LEAD}{_PLACE}{_BASED}(?= )")
# the accounts' place must be what the message is about, not a rep's region ("Central vs West")
_ABOUT_ACCOUNTS = re.compile(
    r" (?:accounts?|accts?|customers?|clients?|companies|logos|hq|hq ?'?d|based|headquartered|country|countries) "
)


def _place(words: str) -> str | None:
    """The place ``words`` name, or one of its two words does ("at italy", "korean ones"), or None."""
    for candidate in (words, words.split(" ")[-1], words.split(" ")[0]):
        if candidate in _US:
            return _US[candidate]
        candidate = DEMONYMS.get(candidate, candidate)
        if is_place(candidate):
            return candidate
    return None


def place_sides(t: str) -> list[dict[str, Any]] | None:
    """The sides of a comparison of accounts by headquarters ([{"headquarters": "italy"}, {...: "poland"}]), or
    None when ``t`` (normalised) sets no two places against each other."""
    if not _ABOUT_ACCOUNTS.search(t):
        return None
    for found in _PAIR.finditer(t):
        first, second = _place(found.group(1)), _place(found.group(2))
        if first and second and first != second:
            return [{"headquarters": first}, {"headquarters": second}]
    return None
