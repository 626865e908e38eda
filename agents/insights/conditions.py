"""Risk named only as a condition that has not happened, and dates that name a budget year rather than a signing.

A customer who plans around a risk names it without it being so: "if it slipped into January the money would
disappear", "if our budget were ever cut, could we reduce seats at renewal?". The cue is then the verb of an
if-clause whose subject is all that stands between the opener and the cue; such a clause is no evidence. A
condition that says the risk is already real ("if the freeze continues") keeps a word of its own before the cue, so
it is not matched here, and neither is a doubt ("not sure if the budget was cut"), which asks about a real state.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agents.insights.conditions_denied import supposed_then_denied

# the opener of a supposed case, then at most its subject and auxiliaries, right up to the cue
_SUPPOSED = re.compile(
    r"(?<!\bknow )(?<!\bsure )(?<!\bask )(?<!\basked )(?<!\bwonder )(?<!\bcheck )(?<!\bsee )"
    r"\b(?P<opener>if|in case|in the event(?: that)?|what if|supposing|assuming)\s+"
    r"(?:(?:it|this|that|we|they|things|anything|signing|signature|the|our|their|my|your|any)\s+"
    r"(?:(?!(?:still|already|now|again)\b)[\w-]+\s+){0,2}?)?"
    r"(?:(?:ever|were|was|is|are|gets?|got|should|did|does|do|had|has|have|been|be|to)\s+)*$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:()\u2014]|$")


def supposed(sentence: str, start: int) -> bool:
    """The cue at ``start`` is the verb of an if-clause ("if it slipped", "if our budget were cut")."""
    clause = re.split(r"[,;:()\u2014]|\bbut\b|\band\b", sentence[:start])[-1]
    return _SUPPOSED.search(clause) is not None or supposed_then_denied(sentence, start)


def drop_supposed(sentence: str, cues: Iterable[re.Pattern[str]]) -> str:
    """The sentence without each if-clause that only supposes one of ``cues``, from its opener to the clause end
    ("So I'd love to sign before the 22nd; if it slipped into January ..." keeps its first clause)."""
    for pattern in cues:
        for m in reversed(list(pattern.finditer(sentence))):
            clause_start = max((b.end() for b in re.finditer(r"[,;:()\u2014]", sentence[: m.start()])), default=0)
            lead = _SUPPOSED.search(sentence, clause_start, m.start())
            if lead is None or lead.end() != m.start():
                continue
            end = _CLAUSE_END.search(sentence, m.end())
            stop = end.start() if end else len(sentence)
            sentence = sentence[: lead.start()] + " " * (stop - lead.start()) + sentence[stop:]
    return sentence


# a date that names a budget year or plan, not when anything happens: "the cheapest line in next year's budget",
# "the 2018 line is approved", "it's in the FY18 plan"
_BUDGET_YEAR_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:(?:software|it|tools?|opex|capex|operating|discretionary)\s+)?(?:budgets?|budget lines?"
    r"|lines?|allocations?|plans?|planning round|forecasts?|accounts|figures|numbers|spend)\b",
    re.IGNORECASE,
)


def budget_year(sentence: str, end_at: int) -> bool:
    """The date mention ending at ``end_at`` qualifies a budget or plan ("next year's budget")."""
    return _BUDGET_YEAR_AFTER.match(sentence, end_at) is not None
