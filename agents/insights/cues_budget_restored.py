"""A cut told as the past, then the money said to be there now: the later word wins.

"After last year's cuts they've ring-fenced tooling spend this year, so the money is secured", "The money was pulled
in March but has since been restored": the sentence names a cut, but only as what came before the money was secured
again. It holds when the cut sits wholly in a clause before the one that restores the money, and the sentence says
which came first (a time before: "last year", "in March", "earlier"; or a time after: "since", "now", "this year").
A cut after the restoration ("approved in March but has since been cut") or with no order told ("the budget was
halved, so the rest is secured") stays a concern.

The money can also be said to be there in a sentence of its own, for a new period and without the word "budget":
"We looked at this last year but our budget was cut. This year it's in the plan and already signed off." The new
period ("this year", "this time round") is what makes the cut before it history (FUNDED_THIS_TIME).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# the clause the restoration is told in starts after the last of these before its verb
_BOUNDARY = re.compile(r"[,;:()\u2014]|\b(?:but|so|and|yet|though|although|however|now)\b", re.IGNORECASE)
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun"
    r"|jul|aug|sep|sept|oct|nov|dec|spring|summer|autumn|fall|winter|q[1-4])"
)
# the cut placed before: "last year's cuts", "pulled in March", "was cut earlier", "back in the spring"
_BEFORE = re.compile(
    r"\b(?:last|previous|prior) (?:year|quarter|month|spring|summer|autumn|winter|budget round|cycle)\b|\b(?:in|back in"
    rf"|during|over) (?:the )?{_MONTH}\b|\b(?:earlier|previously|originally|at first|initially|once|a while ago"
    r"|(?:weeks|months|years) ago)\b",
    re.IGNORECASE,
)
# the restoration placed after: "has since been restored", "this year the funding is approved", "now released"
_AFTER = re.compile(
    r"\b(?:since|now|again|this (?:year|quarter|month|time)|in the end|eventually|finally|restored|reinstated"
    r"|given back|put back)\b",
    re.IGNORECASE,
)


def restored_after_cut(sentence: str, verb_at: int, budget_cue: Callable[[str], float]) -> bool:
    """The budget cues of ``sentence`` all lie in clauses before the one whose restoration verb is at ``verb_at``,
    and the sentence tells that the cut came first."""
    starts = [b.end() for b in _BOUNDARY.finditer(sentence, 0, verb_at)]
    if not starts:
        return False
    head, tail = sentence[: starts[-1]], sentence[starts[-1] :]
    if budget_cue(tail) or not budget_cue(head):
        return False
    return _BEFORE.search(head) is not None or _AFTER.search(tail) is not None


# this period's money in place, told of the purchase itself: "This year it's in the plan and already signed off",
# "this time round it's budgeted and approved", "it's in this year's plan now and approved" (a plan alone, or a
# question, is no money: "Is it in the plan?")
_IN_PLACE = (
    r"(?:in (?:the|our|this year's|the new|next year's) (?:plan|budget|capex plan|spending plan)|budgeted(?: for)?"
    r"|signed off|approved|funded|there)"
)
FUNDED_THIS_TIME = re.compile(
    r"\b(?:this (?:year|time|time round|time around|round|cycle)|(?:for )?(?:20\d\d|the new (?:financial |fiscal )?"
    r"year))\b,? (?:(?:it|this|the (?:project|purchase|money|funding))(?:'s| is| has been)|the money's) (?:now |already"
    r" |fully |properly )?" + _IN_PLACE + r"\b[^.;?]{0,40}\b(?:and|&) (?:now |already |fully )?(?:signed off|approved"
    r"|funded|ring-?fenced|secured)\b"
    r"|\bit(?:'s| is) in this year's (?:plan|budget) (?:now |already )?(?:and|&) (?:already |fully )?(?:signed off"
    r"|approved|funded)\b",
    re.IGNORECASE,
)
