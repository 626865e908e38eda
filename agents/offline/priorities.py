"""Asking what to work on, in a rep's own words: "what's on my plate today", "which of my deals should I chase first,
and why", "what do I need to follow up on", "top 3 deals to focus on", "who should I call today", "what's most urgent?".
Each reads as the deals needing attention (:mod:`agents.offline.everyday`): the stalest and
the flagged, with why. The cue must still be about work ("what should I push for in the negotiation" is not)."""

from __future__ import annotations

import re

_DO = (
    r"(?:chase|chasing|push|pushing|call|calling|ring|ringing|phone|ping|pinging|nudge|nudging|tackle|tackling"
    r"|follow(?:ing)? up(?: on| with)?|focus(?:ing)?(?: on)?|prioriti[sz](?:e|ing)|work(?:ing)? on|look(?:ing)? at"
    r"|go(?:ing)? after|hit|hitting|worry(?:ing)? about|start with|get to)"
)
# a question of what, which deals or whom the seller should act on: "which opps should I be chasing", "what do I
# need to follow up on", "who should I ring first"
_SHOULD = re.compile(
    r" (?:what|which|who|whom|any|anything|anyone)(?: (?:of )?(?:my|our|the|the team s) (?:deals|opps|accounts"
    r"|customers|clients))?(?: deals?| opps?| accounts?| customers?| clients?)?"
    r" (?:should|shall|do|must|ought to|can) (?:i|we|my team)(?: (?:really|still|even|actually))?"
    r"(?: (?:need to|have to|got to|gotta|be))? " + _DO + r"(?= )"
)
# the same asked as a noun: "on my plate", "my top priorities", "deals to focus on", "what's most urgent"
_NOUN = re.compile(
    # "what's on my plate today", "what have I got on my plate"; not "any open opps left on my plate? how many"
    r" what(?: s| is| have (?:i|we) got| do (?:i|we) have)? (?:else |all )?on (?:my|our) plate(?= )"
    r"| (?:my|our|the team s) (?:top |main |biggest |key )?priorities(?= )"
    r"| (?:deals|opps|opportunities|accounts|customers|ones) (?:i |we )?(?:should |need to |ought to )?"
    r"(?:to )?(?:focus on|chase|push|prioriti[sz]e|work on|call|follow up on)(?= )"
    r"| (?:what|which(?: deals?| opps?)?)(?: is| s| are)? (?:the )?most (?:urgent|pressing)(?= )"
)


# figures asked of the same deals: "whats on my plate rn - # of open deals and what theyre worth" is a count and a value
_FIGURES = re.compile(r" (?:# of|number of|how many|how much|count|worth|value|total|sum) ")


def asked(t: str) -> re.Match[str] | None:
    """Where in the normalised ``t`` the seller asks what to work on, or None."""
    return None if _FIGURES.search(t) else _SHOULD.search(t) or _NOUN.search(t)
