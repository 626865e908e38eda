"""Accounts counted in two sectors or more named side by side ("how many accts in retail vs medical?", "retail and
software customers - how many of each?"): each sector's accounts, not only the first one named. The scope reader
keeps one sector, so the others come back here as sides of the same account list."""

from __future__ import annotations

from dataclasses import replace

from agents.offline.entities import Mention
from agents.offline.question import Question

# what joins two sectors asked side by side: "retail vs medical", "retail and/or medical", "retail, medical"
_JOINS = {"vs", "v", "versus", "and", "or", "&", "compared", "against", "plus", "+", "n"}


def each_sector(question: Question | None, tokens: list[str], mentions: list[Mention]) -> Question | None:
    """``question`` (an account list for one sector) with the other sectors named beside it as its sides."""
    if question is None or question.style != "accounts" or question.sides or question.group_by or question.top:
        return question
    first = question.scope.get("sector")
    sectors = [m for m in mentions if m.kind == "sector"]
    if first is None or len(sectors) < 2:
        return question
    for before, m in zip(sectors, sectors[1:], strict=False):
        between = tokens[before.end : m.start]
        if not between or len(between) > 4 or not set(between) & _JOINS:
            return question  # "retail accounts founded before medical ones existed": no side by side
    named = list(dict.fromkeys(m.name for m in sectors))  # in the order asked: "retail vs medical"
    if len(named) < 2:
        return question
    scope = {**question.scope, "sector": named[0]}
    return replace(question, scope=scope, sides=tuple({"sector": name} for name in named[1:]))
