"""Whether a note says this deal has no figure yet ("I can't give you a number for this project yet"): then a
budget envelope or last year's spend, set aside as no deal value, is not taken for want of another; and whether it
says outright that no figure is to be logged yet ("nothing to log yet", "don't log a number till then"): then no
figure it names is the deal's (a wider rollout priced as an aside, a rough guess)."""

from __future__ import annotations

import re

_NO_FIGURE = re.compile(
    r"\b(?:can't|can’t|cannot|can not|couldn't|won't|not able to) (?:give|share|put|name|commit to|quote) "
    r"(?:you |us |me )?(?:a |any )?(?:number|figure|amount|value|price)\b(?! (?:on|for) (?:the|their) (?:old|last))"
    r"|\bno (?:number|figure|amount|deal value) (?:yet|so far|for (?:this|the) (?:project|deal|one))\b"
    # ... or none to put in the CRM: "so no deal value to log", "no figure to record yet"
    r"|\bno (?:number|figure|amount|(?:deal )?value) to (?:log|record|enter|put (?:down|in))\b"
    # ... or we have priced nothing yet: "we haven't priced anything yet", "nothing quoted so far"
    r"|\b(?:we|i) (?:haven't|have not|havent|didn't|did not) (?:priced|quoted) (?:anything|it|this|them)(?: out)? yet\b"
    r"|\bnothing (?:priced|quoted) (?:yet|so far)\b|\bnot (?:priced|quoted) (?:anything )?yet\b"
    # ... said bare, or as no figure of ours: "we haven't quoted, I need the seat count", "no number from us yet"
    r"|\b(?:we|i) (?:haven't|have not|havent) (?:priced|quoted)(?=\s*(?:[,.;:!—–]|$))"
    r"|\bno (?:number|figure|price|quote|amount) from (?:us|our side|me)\b"
    # ... or the customer has seen none of ours, or money was left out: "he hasn't seen any numbers from us yet",
    # "no quote yet", "we did NOT get into our pricing"
    r"|\b(?:hasn't|hasnt|has not|haven't|have not|not) (?:yet )?seen (?:any )?(?:numbers|figures|pricing|prices|"
    r"a quote|a number) from us\b|\bno (?:quote|pricing) (?:yet|so far)\b"
    r"|\b(?:did not|didn't|didnt|haven't|have not|never) (?:get|got|go|gone) into (?:our |any )?"
    r"(?:pricing|prices|numbers)\b"
    # ... or the customer not ready to talk money at all: "we're not in a position to talk numbers or timing yet"
    r"|\b(?:not|n't) (?:yet )?(?:in a position|ready|able) to (?:talk|discuss|give|share|commit to|name) (?:about )?"
    r"(?:any )?(?:numbers|a number|figures|a figure|pricing|price|budget|money)\b"
    # ... or our part of a wider spend not sized yet: "our slice isn't sized yet", "our piece hasn't been scoped"
    r"|\bour (?:slice|part|piece|portion|share|bit|chunk|element)(?: of (?:it|that|this|the \w+))? "
    r"(?:is(?:n['’]?t| not)|has(?:n['’]?t| not) been|(?:is )?still not|still isn['’]?t|not) "
    r"(?:yet )?(?:been )?(?:sized|priced|scoped|quantified|costed|estimated|defined)\b"
)


def no_figure_yet(low: str) -> bool:
    """``low``: the lower-cased note."""
    return _NO_FIGURE.search(low) is not None


# the writer's own order to log no figure: "this deal is just the pilot, nothing to log yet", "dont log a number
# till then", "not logging any amount for now"; not "nothing to log on the call" (the writer's day), nor an order
# about one figure ("don't log the 50k list price, log 42k")
_NOT_TO_LOG = re.compile(
    r"\bnothing to (?:log|book|enter|record)(?: (?:yet|for now|so far|at this stage|until|till|on (?:the )?"
    r"(?:amount|value|price|deal value)))?\b(?! (?:on|from|about|for) (?:the |that |this )?(?:call|meeting|visit|demo))"
    r"|\b(?:don['’]?t|do not|not to|won['’]?t|not) (?:log|logging|book|enter|record|put (?:in|down)) (?:a|any) "
    r"(?:number|figure|amount|value|price)s?\b"
)


def told_not_to_log(low: str) -> bool:
    """``low``: the lower-cased note."""
    return ("log" in low or "book" in low or "enter" in low or "record" in low) and _NOT_TO_LOG.search(low) is not None
