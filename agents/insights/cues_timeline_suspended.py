"""A purchase or tender suspended, or its award withheld for now, with no date: "The sourcing exercise is suspended",
"No award will be made at this time". Both pause the deal (timeline_slip with no date). A suspended account, login
or service is a support matter of ours, and a suspension of something else (a rival's contract, hiring) is not this
deal, so the suspension must name the purchase or the tender that carries it."""

from __future__ import annotations

import re

from agents.insights.cues import NEGATORS

_SUSPENDED = re.compile(r"\bsuspen(?:d|ds|ded|ding|sion)\b", re.IGNORECASE)
# what a tender or a purchase is called (not "this" or "it": "my phone line is suspended, so email me about it"; nor
# "order" or "decision", which a regulator suspends things by: "suspended as of the date of the order")
_PURCHASE = (
    r"(?:deal|project|purchase|purchasing|purchase order|contract award|award|tender|rfp|rfq|rfi|sourcing"
    r"|procurement|bid(?:ding)? process|selection process|evaluation|signature|signing)"
)
# the purchase as what is suspended: its subject a few words before ("the tender has been suspended"), or its object
# right after ("suspended the RFP", "suspension of the sourcing exercise")
_SUBJECT_BEFORE = re.compile(rf"\b{_PURCHASE}\b(?: [\w'-]+){{0,4}}\s*$", re.IGNORECASE)
_OBJECT_AFTER = re.compile(
    rf"^\s*(?:of )?(?:the |our |this |your |all |any |their )?(?:[\w-]+ ){{0,2}}?{_PURCHASE}\b", re.IGNORECASE
)
# what is suspended when it is ours to fix or theirs apart from the deal
_NOT_THE_DEAL = re.compile(
    r"\b(?:account|login|log-in|access|user|password|card|server|instance|sandbox|licen[cs]e|subscription|service"
    r"|payment|mailbox|phone|line|hiring|recruitment|travel)s?\b",
    re.IGNORECASE,
)
# the award said not to be made for now, with no date: "No award will be made at this time", "no contract will be
# awarded for the time being" (a dated refusal, "no award before March", is the refusal cues' to judge)
_AWARD_WITHHELD = re.compile(
    r"\bno (?:award|contract|purchase order|order|selection|decision)s? (?:will|can|is going to|shall|would)"
    r" (?:now )?be (?:made|awarded|placed|issued|taken|signed)\b[^.;]{0,20}?\b(?:at (?:this (?:time|stage|point)"
    r"|the moment|present)|for now|for the time being|until further notice)\b",
    re.IGNORECASE,
)


def suspended(sentence: str) -> float:
    """The weight of a pause said as a suspension of the purchase or as an award withheld (0 when neither)."""
    if _AWARD_WITHHELD.search(sentence):
        return 0.8
    for m in _SUSPENDED.finditer(sentence):
        clause = re.split(r"[,;:()\u2014]|\bbut\b", sentence[: m.start()])[-1]
        if NEGATORS.search(clause) or _NOT_THE_DEAL.search(sentence):
            continue  # "the tender hasn't been suspended", "your sandbox login is suspended"
        if _SUBJECT_BEFORE.search(clause) or _OBJECT_AFTER.search(sentence[m.end() :]):
            return 0.8
    return 0.0
