"""Advice on the rep's own pay, asked of us: "how big a raise should i ask for", "what do account execs in chicago
usually make these days", "am I underpaid?". Pay is not in the CRM and career advice is not sales work; a review can
still draw on the rep's figures, which the refusal offers. Money the deals make ("how much did we make on Cancity",
"what do reps usually close per month") and a price raised for a customer are not pay.

Patterns run on each clause (``agents.safety_clauses``), ``normalised``."""

from __future__ import annotations

import re

from agents.safety_clauses import in_a_clause

_RAISE = r"(?:raise|pay ?rise|pay increase|salary increase|salary bump|bump|comp increase|increase)"
_EARNERS = (
    r"(?:account execs?|account executives?|aes?|sales ?reps?|reps|salespeople|sales people|sdrs?|bdrs?"
    r"|sales managers?|managers|people in (?:my|our|that) (?:role|job|position)|someone like me|folks like me|i|we)"
)
_ADVICE = re.compile(
    rf" (?:how (?:big|much) (?:of )?an? |what (?:size |kind of )?)(?:pay )?{_RAISE} (?:should|can|could|do|would)"
    r" (?:i|we) (?:ask|push|go|negotiate|request|expect|get)"
    rf"| (?:what|how much) (?:do|does|would|will|should|can) (?:an? )?(?:[\w'-]+ ){{0,3}}?{_EARNERS}"
    r"(?: (?:in|at|from) [\w'-]+(?: [\w'-]+){0,2})? (?:usually |typically |normally |generally |actually )?"
    r"(?:make|earn|get paid|take home|pull in)"
    r"(?= $| (?:these days|nowadays|now|a year|per year|annually|in salary|in base|base|ote|on average|there"
    r"|in (?!revenue|deals?|wins?|sales|pipeline|commission)\w+))"
    r"| (?:am i|are we|is (?:he|she|my pay)) (?:being )?(?:underpaid|overpaid|paid (?:enough|fairly|too little"
    r"|below market|market rate))"
    r"| (?:negotiate|ask for|ask about|push for|angle for) (?:a |my |an? |the )?(?:higher |bigger |better )?"
    rf"(?:{_RAISE}|salary|base pay|pay|comp package|compensation)(?= )"
    r"| (?:salary|pay|comp) (?:negotiation|expectations?|ranges?|benchmarks?|bands?|advice)(?= )"
)


def asks_pay_advice(text: str) -> bool:
    """Whether ``text`` asks for advice on the rep's own pay: a raise, a salary, what a role earns."""
    return in_a_clause(_ADVICE, text)
