"""Deals engaged in a period set beside deals closed in it: "engaged vs closed-won in october for me?", "East office:
deals engaged in Q4 vs deals won in Q4". Each side counts by its own date, the engage date for the engaged and the
close date for the closed; not the deals engaged in a period that went on to be won (one cohort, one figure)."""

from __future__ import annotations

import re
from typing import Any

from agents.offline.question import Question

_ENGAGED = (
    r"(?:engaged|engagements|moved (?:in)?to engaging|went (?:in)?to engaging|entered engaging"
    r"|(?:start|started|starting|began|begin|begun) engaging)"
)
_CLOSED = r"(?:closed[- ]won|close[- ]won|closed|close|won|wins|lost|losses|signed|booked)"
# closed either way, said out: "closed (won or lost)", "close (won+lost)"
_EITHER_WAY = re.compile(r" (closed?) (?:either way |both ways )?won (?:or |and |\+ |/ )?lost ")
# the two named as two counts: "engaged vs won", "deals engaged in Q4 versus deals won in Q4", "engaged / closed"
_SIDE_BY_SIDE = re.compile(
    rf" {_ENGAGED} (?:[\w-]+ ){{0,4}}?(?:vs|versus|v|against|compared (?:to|with)|/|and) (?:[\w-]+ ){{0,4}}?"
    rf"(?P<closed>{_CLOSED}) "
)
# one cohort: "of the deals engaged in Q3, how many were won", "engaged in Q3 and later won"
_COHORT = re.compile(
    r" (?:that|which|who) (?:were|was|have been|got|went on|eventually|later)"
    r"| (?:later|eventually|ultimately|subsequently|then|since|finally|went on to be|went on to|got) (?:be )?"
    r"(?:won|lost|closed|win|lose|close) "
)


def engaged_and_closed(t: str, scope: dict[str, Any], text: str) -> Question | None:
    """Two counts over one period: the deals engaged in it and the deals closed (won, lost) in it."""
    t = _EITHER_WAY.sub(lambda m: f" {m.group(1)} ", t)
    found = _SIDE_BY_SIDE.search(t)
    if found is None or "period" not in scope or _COHORT.search(t):
        return None
    word = found.group("closed")
    stage = "lost" if word in ("lost", "losses") else "closed" if word in ("closed", "close") else "won"
    base = {k: v for k, v in scope.items() if k not in ("stage", "date_field")}
    sides = ({"date_field": "engage"}, {"stage": stage, "date_field": "close"})
    return Question("compare", ("deals",), base, text=text, sides=sides)
