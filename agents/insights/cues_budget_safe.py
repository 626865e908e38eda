"""What says this deal's money is safe whatever the budget talk around it: the freeze that does not touch this
purchase, money already committed, cuts aimed elsewhere, the purchase placed outside the stop. A message that says
so makes its freeze talk benign (signals.budget). Split from cues_budget.py, which holds the cues that raise it."""

from __future__ import annotations

import re

from agents.insights.cues_budget_unchanged import UNCHANGED

# a message that says this deal's money is safe makes its freeze talk benign ("nothing is frozen on our side")
BUDGET_SAFE = re.compile(
    r"\bnothing (?:is |has been |was )?(?:frozen|cut|affected|on hold)\b|\b(?:doesn't|does not|won't|will not"
    r"|didn't|did not) (?:affect|touch|cover|apply to|impact|hit) (?:us|our (?:project|deal|order|purchase|budget"
    r"|team)|this (?:project|deal|order|purchase)|the (?:project|deal|order|purchase))\b|\b(?:we're|we are|our "
    r"(?:project|budget|order|purchase)(?: is)?|this (?:project|order|purchase|one)(?: is|'s)?|ours is|ours was)"
    r" (?:not affected|unaffected|exempt|ring-?fenced|safe|protected)\b|\bbudget (?:is|stays|remains) (?:safe|intact"
    r"|ring-?fenced|protected)\b"
    # said the other way round, or as money already spoken for: "so it isn't touched", "the money is already
    # committed", "this project was funded in the spring"
    r"|\b(?:it|this|ours|we|our (?:project|deal|order|purchase|money|funding)|this (?:project|deal|order|purchase)"
    r"|the (?:project|deal|order|purchase|money|funding))(?: is| was| will be| are)? ?(?:not|isn't|wasn't|won't be"
    r"|aren't|'s not|is not|was not) (?:being )?(?:touched|affected|impacted|hit|in scope|included|at risk)\b"
    r"|\b(?:money|budget|funding|funds)\b[^.;]{0,20}\b(?:is|are|was|were|has been|have been) (?:already|fully) "
    r"(?:committed|secured|ring-?fenced|allocated|approved|set aside)\b|\b(?:project|deal|order|purchase|this|it) "
    r"(?:was|is|has been) (?:already |fully )funded\b|\b(?:project|deal|order|purchase) (?:was|has been) funded "
    r"(?:in|last|back in|earlier)\b"
    # the cuts aimed elsewhere, or this purchase named inside an approved budget: "the savings programme is about
    # office space, not tools", "the freeze is limited to hiring, not software", "budget signed off, this included"
    r"|\b(?:is|are|'s|was|were) (?:only |just |all |purely |mainly |entirely |strictly )?(?:about|aimed at|focused on"
    r"|limited to|restricted to|confined to|targeting) [^.;]{1,40}?,? (?:and )?(?:not|rather than) (?:on )?(?:tools"
    r"|software|systems|it|tech\w*|licen[cs]es|crm|this|us|our (?:project|order|purchase|team|tools|software))\b"
    # left out of the cuts, or out of reach: "some departments are being trimmed, ours isn't one of them", "nobody
    # can touch it"
    r"|\b(?:ours|we|our (?:team|department|project|line|budget))(?: (?:is|are|was|were))?(?:n't| not) (?:one of them"
    r"|among them|on the list|on that list)\b|\b(?:nobody|no one|no-one) can (?:touch|cut|take) (?:it|this|that)\b"
    r"|\b(?:signed off|approved|secured|ring-?fenced|allocated)\b[^.;]{0,40}\b(?:this|it|yours|this (?:one|order"
    r"|purchase|project)) (?:included|covered)\b"
    # the money settled before the stop came, and nothing after takes it back: "approved before the freeze"
    r"|\b(?:approved|signed off|committed|secured|ring-?fenced|raised) before the (?:freeze|cuts?|moratorium)\b"
    r"(?![^.]*\b(?:but|however|though|yet|until|since|now)\b)"
    # this purchase placed outside the stop: "so they're outside the freeze", "these licences are exempt from the
    # cuts" (not "travel is exempt from the freeze": the subject must be this deal or its money)
    r"|\b(?:it|they|this|these|ours|we|(?:this|these|the|our|your) (?:[\w-]+ ){0,2}?(?:licen[cs]es?|seats?|order"
    r"|purchase|project|deal|contract|spend|subscription|software|tools?|money|budget))(?:'re|'s| is| are| will be"
    r"| remains?| stays?| falls?| sits?)? (?:well |fully |entirely |completely |clearly )?(?:outside|exempt from"
    r"|excluded from|not covered by|not part of|not subject to|out of scope of|carved out of) (?:the|this|that|any)"
    r" (?:[\w-]+ ){0,2}?(?:freeze|cuts?|stop|moratorium|savings programme|cost-cutting)\b"
    # the writer's own budget said to stand as it was (cues_budget_unchanged)
    r"|" + UNCHANGED,
    re.IGNORECASE,
)
