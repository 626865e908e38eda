"""Their spending itself withdrawn or frozen, told of "spend" in the present passive as a memo says it ("all
discretionary spend is withdrawn with immediate effect", "non-essential expenditure is hereby suspended"): the money
for this deal is not there for now (budget_concern). A freeze or cap that is withdrawn is the opposite, money freed
("the spending freeze is withdrawn"), so nothing that restricts spending may stand between the two.
"""

from __future__ import annotations

from agents.insights.cues import Cue, cue

SPEND_WITHDRAWN: tuple[Cue, ...] = (
    cue(
        r"\b(?:spend(?:ing)?|expenditure|outlays?)\b(?!\s+(?:freeze|moratorium|caps?|bans?|limits?|restrictions?"
        r"|controls?|approvals? process)\b)(?:(?!\b(?:freeze|moratorium|caps?|bans?|limits?|restrictions?|quote"
        r"|price|proposal|offer)\b)[^.;:]){0,30}?"
        r"\b(?:is|are|has been|have been|was|were|will be|'s been) (?:now |hereby |being |immediately |formally )?"
        r"(?:withdrawn|revoked|rescinded|suspended|frozen|pulled|stopped|halted|cancell?ed)\b",
        0.85,
    ),
)
