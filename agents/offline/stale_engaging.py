"""Deals gone stale in Engaging, asked with an age bar: "any deals that have been sitting in engaging for more than 6
months?", "show my opps stuck in engaging over 180 days", "which deals have been in engaging for
more than 90 days". What is asked is which open deals are past the bar, and how many: the count with the oldest few
and their age - not the single oldest deal, nor the average age of them all. With nobody named, they are the asker's:
a rep's own deals, a manager's team (a manager owns none, so "me" is their team)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from agents.offline.open_age import age_bound
from agents.offline.question import Question

SHOWN = 5  # the oldest shown; the table and the count say how many there are
# asked for the deals themselves or their number, not a mean or the one oldest ("the oldest deal over 90 days")
# ("how many ..." stays the count it always was, company-wide unless someone is named)
_WHICH = re.compile(r" (?:any|anything|which|what|list|show|are there|do (?:i|we) have|got) ")
_COUNTED = re.compile(r" (?:how many|count|number of) ")
_NOT_A_LIST = re.compile(r" (?:average|avg|mean|median|typical|oldest|longest|single|the one|total value|worth) ")
# someone's deals or a place named: their owner is theirs, not the asker's
_SCOPED = ("owner", "owners", "office", "account", "account_group", "exclude_owners")
_COMPANY = re.compile(r" (?:company|co|companywide|company-wide|org|everyone|everybody|all reps|across the board) ")


def stale_list(question: Question, t: str, text: str, today: date) -> Question:
    """``question`` as the stale deals listed oldest first, when it asks which open deals are past an age bar."""
    scope = question.scope
    if question.style not in ("list", "figure") or scope.get("date_field") != "engage":
        return question
    if not str(scope.get("period", "")).startswith("before ") or age_bound(text, today)[0] is None:
        return question
    if not _WHICH.search(t) or _COUNTED.search(t) or _NOT_A_LIST.search(t) or scope.get("stage") == "prospecting":
        return question
    stage = scope.get("stage") or ("engaging" if " engaging " in t else "open")
    if stage not in ("open", "engaging"):
        return question  # a won deal's age is its cycle, read elsewhere
    scoped = {**scope, "stage": stage}
    if not any(k in scope for k in _SCOPED) and not _COMPANY.search(t):
        scoped["owner"] = "me"  # the asker's deals: a manager's "me" is their team
    return replace(question, style="list", measures=(), scope=scoped, sort="oldest_engaged", top=SHOWN, nth=None,
                   count_stage=None)  # fmt: skip
