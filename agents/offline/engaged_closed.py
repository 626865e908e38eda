"""Deals engaged in a period set beside deals closed in it: "engaged vs closed-won in october for me?", "East office:
deals engaged in Q4 vs deals won in Q4". Each side counts by its own date, the engage date for the engaged and the
close date for the closed; not the deals engaged in a period that went on to be won (one cohort, one figure)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agents.offline.question import Question
from agents.periods import find_period

_ENGAGED = (
    r"(?:engaged|engagements|moved (?:in)?to engaging|went (?:in)?to engaging|entered engaging"
    r"|(?:start|started|starting|began|begin|begun) engaging)"
)
_CLOSED = r"(?:closed[- ]won|close[- ]won|closed|close|won|wins|lost|losses|signed|booked)"
# closed either way, said out: "closed (won or lost)", "close (won+lost)"
_EITHER_WAY = re.compile(r" (closed?) (?:either way |both ways )?won (?:or |and |\+ |/ )?lost ")
# the two named as two counts: "engaged vs won", "deals engaged in Q4 versus deals won in Q4", "engaged / closed"
_SIDE_BY_SIDE = re.compile(
    rf" {_ENGAGED} (?:[\w-]+ ){{0,4}}?(?P<cue>vs|versus|v|against|compared (?:to|with)|/|and) (?:[\w-]+ ){{0,4}}?"
    rf"(?P<closed>{_CLOSED}) "
)
# the closed side named first: "deals won in Q4 vs deals engaged in Q3"
_CLOSED_FIRST = re.compile(
    rf" (?P<closed>{_CLOSED}|win|lose) (?:[\w-]+ ){{0,4}}?(?P<cue>vs|versus|v|against|compared (?:to|with)|/) "
    rf"(?:[\w-]+ ){{0,4}}?(?:{_ENGAGED}|engage) "  # "how many did I win in Q4 vs engage in Q4"
)
# one cohort: "of the deals engaged in Q3, how many were won", "engaged in Q3 and later won"
_COHORT = re.compile(
    r" (?:that|which|who) (?:were|was|have been|got|went on|eventually|later)"
    r"| (?:later|eventually|ultimately|subsequently|then|since|finally|went on to be|went on to|got) (?:be )?"
    r"(?:won|lost|closed|win|lose|close) "
)


def engaged_and_closed(t: str, scope: dict[str, Any], text: str, today: date) -> Question | None:
    """Two counts: the deals engaged in a period and the deals closed (won, lost) in it, or each in a period of its
    own ("deals engaged in Q3 vs deals won in Q4"), in the order asked."""
    t = _EITHER_WAY.sub(lambda m: f" {m.group(1)} ", t)
    found = _SIDE_BY_SIDE.search(t) or _CLOSED_FIRST.search(t)
    if found is None or "period" not in scope or _COHORT.search(t):
        return None
    word = found.group("closed")
    stage = "lost" if word in ("lost", "losses", "lose") else "closed" if word in ("closed", "close") else "won"
    base = {k: v for k, v in scope.items() if k not in ("stage", "date_field")}
    engaged, closed = {"date_field": "engage"}, {"stage": stage, "date_field": "close"}
    sides = (closed, engaged) if found.re is _CLOSED_FIRST else (engaged, closed)
    before, after = find_period(t[: found.start("cue")], today), find_period(t[found.start("cue") :], today)
    if before is not None and after is not None and (before.start, before.end) != (after.start, after.end):
        base.pop("period")  # each side in its own period: "engaged in Q3 vs won in Q4"
        sides = (
            {**sides[0], "period": before.phrase or before.label},
            {**sides[1], "period": after.phrase or after.label},
        )
    return Question("compare", ("deals",), base, text=text, sides=sides)
