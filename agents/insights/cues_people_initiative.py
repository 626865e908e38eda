"""The buying initiative named by its own noun passed to a person: "the infra refresh now sits with me", "the CRM
migration has moved over to Dana", "the upgrade now rests with her". _MOVED_TO_SOMEONE (cues_people.py) knows the
deal only as "the project", "the purchase" or "the decision"; customers name the thing they are buying. A standing
arrangement ("the renewal sits with me as always", "still sits with me"), a routine desk ("now sits with
procurement") or a date ("the rollout has moved to March") is no new owner."""

from __future__ import annotations

from agents.insights.cues import cue

_INITIATIVE = (r"(?:refresh|upgrade|rollout|roll-out|migration|replacement|renewal|initiative|programme|program|rfp"
               r"|tender|overhaul|switch|modernis\w+|moderniz\w+|transformation|consolidation|rebuild|re-?platforming"
               r"|implementation)")  # fmt: skip
_NOT_A_PERSON = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Procurement|Purchasing|Legal|Finance|Security|Compliance)"
)
_PASSED = (
    r"(?:(?:now|from now on|going forward) (?:sits?|rests?|lies|lie|falls?) (?:with|to|on)"
    r"|(?:has |have )?(?:now )?(?:moved|passed|landed|fallen|been handed) (?:over |across )?(?:to|with|on))"
)
INITIATIVE_MOVED = cue(
    r"\b(?:the|this|our) (?:[\w-]+ ){0,2}" + _INITIATIVE + r"s? " + _PASSED + r"(?: my desk| me| him| her"
    r"| (?-i:(?!" + _NOT_A_PERSON + r")[A-Z][a-z]+)\b(?! (?:team|department|dept)\b))",
    0.85,
)
