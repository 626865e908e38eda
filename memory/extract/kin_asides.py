"""A family tie said between a title and the name it belongs to: "a call with the owner, his father, Ernesto
Ybarra", "their CFO, her sister, Ana Ruiz". The tie is no title and stands between them; without it the title
reads straight before the name ("the owner, Ernesto Ybarra") as ``roles`` knows it."""

from __future__ import annotations

import re

_KIN = re.compile(
    r",\s+(?:his|her|their|the)\s+(?:own\s+)?(?:father|mother|dad|mum|mom|brother|sister|son|daughter|uncle|aunt|"
    r"cousin|wife|husband|spouse|nephew|niece|grandfather|grandmother|grandson|granddaughter|stepfather|"
    r"stepmother|stepson|stepdaughter)(?:-in-law)?(?=,\s*$)",
    re.IGNORECASE,
)


def without_kin(before: str) -> str:
    """``before`` (the text before a name) without a family tie said as the last aside before the name."""
    if ", " not in before[-30:]:
        return before  # the cheap test first: the tie sits between commas just before the name
    m = _KIN.search(before)
    return before[: m.start()] + before[m.end() :] if m else before
