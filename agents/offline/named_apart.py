"""Two or more reps, accounts or offices named in a row with nothing that adds them up: "won revenue for Kami and
Rosie in Q4", "open pipeline for Treequote and Kan-code", "Q4 wins for the east and west offices". Each gets its own
figure side by side; the first one alone was answered before, the others silently dropped. Said to be added up
("combined", "together", "kami + rosie") they stay one set (see filters.reps_together)."""

from __future__ import annotations

import re
from typing import Any

from agents.offline.entities import Mention
from agents.offline.filters import ADDED_UP

_FIELDS = {"person": "owner", "account": "account", "office": "office"}
# words that may sit between the names of one list: "kami, rosie and wilburn", "the east and the west offices"
_BETWEEN = {"and", "&", "or", "the", "office", "offices", "team", "teams", "s"}
# one set made of the names, or a question about what they share, not a figure for each
_AS_ONE = re.compile(rf"{ADDED_UP.pattern}| (?:between|both|total|overall|sum) | \+ ")  # the reps' words, and more


# a ranking that names some of its groups ("win rate by office, I need East and West next to each other") or a
# remark after it ("who on my team won the most in Q3? Anna and Boris are neck and neck", "on my team, who has the
# higher win rate - Reed and Donn look close"); "Kami and Rosie - who's ahead?" is comparison's own roll call
_RANKED = re.compile(
    r" (?:by|per) (?:rep|reps|office|offices|account|accounts|region|regions|team|teams|manager|managers) "
    r"| (?:who|whose|who's|whos|which|each other|one another"
    r"|most|best|least|fewest|top|highest|lowest|biggest|largest|smallest|worst) "
)


def named_apart(t: str, tokens: list[str], mentions: list[Mention]) -> list[dict[str, Any]] | None:
    """The sides, one per name, when ``t`` names two or more of one kind in a row; None otherwise."""
    if _AS_ONE.search(t) or _RANKED.search(t):
        return None
    kinds = {m.kind for m in mentions if m.kind in _FIELDS}
    if len(kinds) != 1:
        return None  # "Kami's deals with Treequote and Kan-code": accounts of one rep, read as the message says
    kind = kinds.pop()
    named = [m for m in mentions if m.kind == kind]
    if len({m.name for m in named}) < 2:
        return None
    if not all(set(tokens[a.end : b.start]) <= _BETWEEN for a, b in zip(named, named[1:], strict=False)):
        return None  # "Kami's wins at Treequote ... and what Rosie lost": not one list of names
    joined = (set(tokens[a.end : b.start]) for a, b in zip(named, named[1:], strict=False))
    if not any("and" in words for words in joined) and " & " not in t:
        return None  # "Kami or Rosie": which of the two, read by comparison's own cues
    field = _FIELDS[kind]
    return [{field: name} for name in dict.fromkeys(m.name for m in named)]
