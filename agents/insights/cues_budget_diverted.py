"""More ``budget_concern`` cues (cues_budget.py holds the main table): the money steered elsewhere with what it was
for told in between ("redirect the technology envelope, including the funds earmarked for this, towards the
reporting programme"), and a whole kind of spend put on hold ("all discretionary spend above $2,500 is on hold").
"""

from __future__ import annotations

from agents.insights.cues import cue

_POT = r"(?:envelope|budgets?|funds|funding|money|allocation|line|pot|capex|opex)"
# steered to this deal or to pay for it is no loss: "redirect the training budget to your licences", "to cover it"
_TO_US = (
    r"(?! (?:this|us|you|your|it|cover|pay|fund|buy|the (?:deal|purchase|order|contract|licen[cs]es|seats|crm"
    r"|project|initiative)|our (?:order|purchase|deal|contract|licen[cs]es|seats)\b))"
)
# the kinds of spend a freeze covers (not "hiring" or "travel" alone: those are not the money for this)
_SPEND = (
    r"(?:(?:all|any|every) )?(?:(?:discretionary|non-essential|non-critical|new|software|tools?|it|tech(?:nology)?"
    r"|capital|project) ){1,2}(?:spend(?:ing)?|purchas(?:es|ing)|expenditure|budgets?)"
)

DIVERTED = (
    cue(
        r"\b(?:redirect|reallocat|divert|reassign|repurpos|re-?prioriti[sz])(?:e|es|ed|ing|s)?\b (?:the |our |all "
        r"|its |their |this year's )?(?:[\w-]+ ){0,3}" + _POT + r"\b[^.;]{0,80}?\b(?:towards?|into|to)\b" + _TO_US,
        0.85,
    ),
    cue(
        r"\b" + _SPEND + r"\b[^.;]{0,40}?\b(?:is|are|has been|have been|'s|was|were|remains?|stays?) (?:now |currently "
        r"|all |effectively |officially )?(?:on hold|frozen|suspended|paused|blocked|halted)\b"
        # held until a set point is spend queued, a matter of timing: "on hold until our review on 15 May"
        r"(?![^.;]*\b(?:until|till)\b(?! further notice))",
        0.85,
    ),
)
