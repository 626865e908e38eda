"""Where the accounts behind some deals are, asked as a list of places or sectors: "besides the US, what countries
are the accounts I've worked deals with based in?", "which sectors are my customers in?". Each country (or sector)
is named with the deals in scope there, so none is left out for having no wins."""

from __future__ import annotations

import re
from typing import Any

from agents.offline import lexicon as lx
from agents.offline.question import Question

_DIMENSIONS = {word: dim for dim in ("country", "sector") for word in lx.GROUP_WORDS[dim]}  # "nations", "verticals"
_PLACES = re.compile(
    rf" (?:what|which) (?P<dim>{'|'.join(_DIMENSIONS)}) (?:are|is|were|was|do|does) (?:all )?(?:of )?"
    r"(?:my|our|the|his|her|their|[a-z]+) (?:[\w'-]+ ){0,1}?(?:accounts|customers|clients|companies|accts) "
    r"(?:[\w'-]+ ){0,6}?(?:in|from|based in|headquartered in|located in|hq d in|based|headquartered|located|belong to"
    r"|come from) "
)


def where_they_are(t: str, scope: dict[str, Any], text: str) -> Question | None:
    """Each country or sector of the accounts of the deals in ``scope``, with the deals there; None if not asked."""
    found = _PLACES.search(t)
    if found is None or " most " in t or " how many " in t:  # "which sector are most of my accounts in": ranked
        return None
    return Question("ranking", ("deals",), scope, _DIMENSIONS[found.group("dim")], text=text)
