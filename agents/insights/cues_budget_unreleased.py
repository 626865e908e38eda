"""Budget cues for money the writer cannot let out for this deal: "so I can't release the budget for yours", "we're
unable to free up any funds for the seats" (budget_concern). Money held only until a paper of ours arrives ("can't
release the funds until your W-9 is on file") is a step, not a squeeze.
"""

from __future__ import annotations

from agents.insights.cues import Cue, cue

UNRELEASED: tuple[Cue, ...] = (
    cue(
        r"\b(?:can't|cannot|can not|couldn't|won't be able to|am unable to|are unable to|is unable to|am not able to"
        r"|are not able to|is not able to) (?:release|free up|unlock|allocate|sign off|approve)(?: the| any| our| my"
        r"| this| that)?(?: [\w-]+)? (?:budget|funds|funding|money|spend)\b"
        r"(?! (?:until|till|before|once|when|as soon as) (?:you|your|we (?:get|receive|have)|I (?:get|receive|have)"
        r"|the (?:signed |final |updated )?(?:invoice|PO|contract|paperwork|forms?|W-?9|quote|order form)))",
        0.8,
        negatable=False,
    ),
)
