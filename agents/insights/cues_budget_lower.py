"""Their budget told as down by a share or an amount, and a budget line dropped in a draft: "the merged 2018 budget
came in 20% lower", "our allocation landed 30% below plan", "the CRM line didn't survive the first draft". Money on
their side cut, whatever our price: signals.py reads it as ``budget_concern`` and blanks the share before the price
cues, so "20% lower" said of their budget is no discount asked of our quote ("the quote 20% lower" still is)."""

from __future__ import annotations

import re

from agents.insights.cues import Cue, cue

# how much: "20%", "a third", "fifteen per cent", "15k", "ten thousand"
_SHARE = (
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more than|well over|at least) )?(?:\d+(?:\.\d+)? ?%"
    r"|(?:[a-z]+[- ])?[a-z]+ per ?cent|a third|half|a quarter|a fifth|two[- ]thirds|[$\u20ac\u00a3]?\d[\d,.]*\s?k\b"
    r"|[$\u20ac\u00a3]\d[\d,.]*|[a-z]+ (?:thousand|grand))"
)
# their money as the subject, no price of ours in between ("the quote came in 20% lower" is ours)
_THEIR_MONEY = (
    r"\b(?:budgets?|allocations?|funding|grant|envelope|settlement|capex|opex)\b(?:(?!\b(?:quote|price|proposal|offer"
    r"|bid|yours|cost|total)\b)[^.;]){0,40}?"
)
BUDGET_DOWN = re.compile(
    _THEIR_MONEY + r"\b(?:came|comes|come|coming|landed|lands|ended up|ends up|was set|is set|were set|has been set"
    r"|is|was|are|were|'s|has come|have come) (?:in |out )?(?:(?:" + _SHARE + r") (?:lower|smaller|less|down|below"
    r"|under|short)\b|(?:down|lower|smaller) (?:by )?" + _SHARE + r"(?!\w))"
    # their budget set against our price is the price's too high: "our budget is 20% below your quote"
    r"(?!\s+(?:than\s+)?(?:your|yours|what you|the (?:quote|price|proposal|offer|figure|number)s?)\b)",
    re.IGNORECASE,
)
_DROPPED = (
    r"\b(?:line|line item|budget item|allocation|request|bid)\b (?:(?:has |have )?(?:didn't|did not|failed to|never"
    r"|won't|will not|doesn't|does not) (?:survived?|ma(?:k|d)e it (?:into|through|past|onto)|ma(?:k|d)e the (?:cut"
    r"|final)|g[eo]t (?:into|through|past))|(?:was|were|got|has been|have been) (?:dropped|struck|left out|taken out"
    r"|cut|removed) (?:from|of|in))\b"
)
BUDGET_LOWER: tuple[Cue, ...] = (
    Cue(BUDGET_DOWN, 0.85),
    # a budget line that fell out of the draft: "the CRM line didn't make it into the final budget", "our tools line
    # did not survive the budget review", "the licence line was struck from the draft budget"; a bare draft or round
    # is the budget's only when the sentence names it ("the indemnity line didn't survive the first draft" is a
    # contract's; "survived the draft" holds)
    cue(
        rf"{_DROPPED}[^.;]{{0,40}}?\b(?:budgets?|capex|opex|spend(?:ing)? (?:plan|review|round)s?|financial plan)\b"
        rf"|\bbudgets?\b[^.!?]{{0,80}}?{_DROPPED}[^.;]{{0,40}}?\b(?:drafts?|reviews?|rounds?|plans?|cuts?)\b",
        0.85,
        negatable=False,
    ),
)
