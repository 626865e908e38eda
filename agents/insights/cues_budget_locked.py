"""``budget_concern`` told as the account the purchase is charged to being shut: "finance locked our cost center for
the rest of the fiscal yr", "the budget code we'd use has been closed for the year", "Accounting blocked my
department's cost centre after the overspend". Nothing can be charged to it, so the money for this deal is not there
whatever our price (cues_budget.py holds the main table).

A code fixed in place ("cost centre 4410 is locked in as the default"), unlocked again or said not to be locked is no
such stop.
"""

from __future__ import annotations

from agents.insights.cues import cue

_ACCOUNT = (r"(?:cost[- ]?cent(?:re|er)s?|budget (?:codes?|lines?|accounts?)|gl (?:codes?|accounts?)|account codes?"
            r"|spending accounts?|department(?:al)? (?:budget|account)s?|project codes?|charge codes?)")  # fmt: skip
# closing an account is month-end routine too: closed counts only for the rest of a period ("closed for the year")
_FOR_YEAR = (r" (?:for|until|till|to) (?:the )?(?:rest|remainder|end) of (?:the |this |our )?(?:fiscal |financial )?"
             r"(?:year|yr|fy)")  # fmt: skip
_LOCK = rf"(?:locked|frozen|froze|blocked|shut|suspended|sealed|closed(?={_FOR_YEAR}))"
_WHOSE = r"(?:our|my|the|their|this|that|his|her|all|every|each|[\w-]+['\u2019]s)(?: [\w'\u2019-]+){0,2}?"

LOCKED = (
    cue(
        # said actively: "finance locked our cost center", "they've closed the budget code for the year"
        rf"\b(?:lock|freez|froze|block|shut|suspend|seal)\w* (?:down )?{_WHOSE} {_ACCOUNT}\b(?! (?:number|field"
        r"|box|column)s?\b)"
        rf"|\bclos(?:ed|es|ing) (?:down )?{_WHOSE} {_ACCOUNT}\b(?={_FOR_YEAR})"
        # or in the passive: "our cost centre has been frozen", "the budget code got closed" (not "locked in")
        rf"|\b{_ACCOUNT}\b[^.;,]{{0,30}}?\b(?:is|are|was|were|has been|have been|got|gets|'s been|now|remains?|stays?)"
        rf"(?: now| all| effectively| officially| completely)? (?:{_LOCK}|shut down|locked down)\b(?! in\b)",
        0.85,
    ),
)
