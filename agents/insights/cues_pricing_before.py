"""Pricing cues for our price set against what the customer paid before: a rise refused ("I'm not prepared to
approve a 24% increase", "can't take a 50% jump to the CFO"), a figure brought back towards the old one ("I need
something much closer to what we paid", "get it near last year's number"), and a figure waved off in a word ("10k
is not happening"). Comparing with last year is not itself an objection ("within a couple of percent of last
year's invoice, no issue"), nor is asking for last year's layout ("so it lines up with last year's invoice
format"), so each cue needs the refusal or the ask to come down."""

from __future__ import annotations

from agents.insights.cues import Cue, cue
from agents.insights.cues_pricing import AMOUNT

# a rise in our price, named by its size or weight (not "a 2% increase", not "a 15% increase in productivity")
_RISE = (
    r"(?:(?:a|an|that|this|the|such an?) )?(?:(?:[1-9]\d|\d{3})(?:\.\d+)? ?(?:%|per ?cent|pct)|big|huge|massive"
    r"|steep|large|sharp|hefty|sizeable|significant|substantial|whopping) (?:jump|increase|rise|hike|uplift"
    r"|price rise|price increase|price hike)\b(?! in (?!(?:the |your |our )?(?:price|cost|fees?|rate|renewal)))"
)
# what they paid before: "what we paid", "last year's number", "last yrs #", "our current rate"
_BEFORE = (
    r"(?:what (?:we|I|they) (?:paid|were paying|pay now|are paying|have been paying|paid last (?:year|time))"
    r"|last (?:year|yr|time)'?s?\b(?: (?:price|number|figure|amount|rate|invoice|total|level|fee))?"
    r"|(?:our|the) (?:current|existing|old|previous) (?:price|rate|fee|number|figure))"
)

PRICE_BEFORE: tuple[Cue, ...] = (
    cue(
        r"\b(?:can't|cannot|couldn't|can not|won't|will not|wouldn't|not (?:prepared|willing|able|going) to"
        r"|unable to|no way (?:I|we|he|she) (?:can|could|will))\b[^.;]{0,50}?\b" + _RISE,
        0.8,
        negatable=False,
    ),
    cue(
        r"\b(?:get|bring|need|needs|want|wants|something|has to be|have to be|needs to be|must be|come back)\b"
        r"[^.;]{0,30}?\b(?:much |a lot |far |a good deal |a bit )?(?:closer to|nearer(?: to)?|near(?: to)?"
        r"|close to|back to|down to) " + _BEFORE,
        0.8,
        negatable=False,
    ),
    cue(
        r"(?:" + AMOUNT + r"|\b(?:that|this|the|your) (?:price|number|figure|quote|amount))"
        r"(?:\s(?:is|'s|are)\s(?:not|never)|\s(?:isn't|aren't)|'s not) (?:happening|going to happen|gonna happen"
        r"|going to fly|gonna fly|flying)\b",
        0.8,
        negatable=False,
    ),
)
