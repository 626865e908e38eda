"""Budget cues for money that exists on paper but is withheld: not there to pay, not being released, or every new
payment blocked.

Told as the money missing ("the dollars simply aren't there to pay you", "the funds just aren't being released"),
or as payments stopped by their own treasury or finance ("treasury has blocked all new USD payments to foreign
suppliers", "finance suspended every new outgoing transfer"). A single payment stopped ("the bank blocked a
payment") or payments to the tool they are leaving are not a squeeze on this deal. Also the capital lines held
as they stand ("until the board has reviewed the programme the capex lines are on hold", "all capex above 20k is
frozen"), not a hold told as past; and nothing left to pay for this with ("there's nothing to buy this with").
"""

from __future__ import annotations

from agents.insights.cues import Cue, cue

_CASH = r"(?:money|funds|funding|budget|cash|dollars|euros|pounds|sterling)"

_CAPITAL_LINES = (
    r"\b(?:capex|opex|capital (?:spend\w*|expenditure|budgets?|lines?|items?|requests?)|(?:spend(?:ing)?|budget"
    r"|cost) lines?)(?: (?:lines?|items?|requests?|budgets?))?\b[^.;]{0,30}?\b(?:are|is|'s|'re|remain|remains"
    r"|stay|stays|have been|has been|been|now|go|goes|placed|put)(?: now| all| currently| still| formally)?"
)

WITHHELD: tuple[Cue, ...] = (
    # the money is not there, or not being let out: "the cash just isn't being released", "the euros aren't there"
    cue(
        rf"\b{_CASH}\b[^.;]{{0,40}}\b(?:isn't|aren't|is not|are not|wasn't|weren't)(?: simply| just| still| currently"
        r"| actually| really)? (?:there|available|forthcoming|being (?:released|freed up|signed off|approved"
        r"|paid out))\b"
        r"(?! (?:yet|for long)\b)",
        0.8,
        negatable=False,
    ),
    # every new payment stopped: "treasury has blocked all new USD payments to foreign suppliers"
    cue(
        r"\b(?:blocked|blocking|frozen|froze|freezing|halted|halting|stopped|stopping|suspended|suspending|barred)"
        r" (?:(?:all|any|every) (?:new )?|new )(?:(?:outgoing|foreign|overseas|international|external|supplier"
        r"|vendor|[A-Z]{3}) ){0,2}(?:payments?|transfers?|purchase orders|outgoings|remittances?)\b",
        0.85,
    ),
    # the capital lines held or frozen now: "the capex lines are on hold", "all capex above 20k is frozen" (not "were
    # on hold", "are not on hold", nor a figure held flat: "capex is frozen at this year's level")
    cue(_CAPITAL_LINES + r" on hold\b", 0.8, negatable=False),
    # frozen, unless a negation says otherwise ("no capex line has been frozen")
    cue(_CAPITAL_LINES + r" frozen\b(?! (?:at|for) (?:the )?(?:current|this|last|same|\d))", 0.8),
    # nothing to pay for this with: "there's nothing to buy this with right now", "we've got nothing to pay for
    # it with" (not what they compare it with: "nothing to compare this with")
    cue(
        r"\bnothing (?:left )?(?:to|I can|we can) (?:buy|pay for|fund|finance) (?:this|it|them|the (?:[\w-]+ )?"
        r"(?:seats?|licen[cs]es?|order|purchase|contract|subscription|tool|platform|upgrade)) with\b",
        0.8,
        negatable=False,
    ),
)
