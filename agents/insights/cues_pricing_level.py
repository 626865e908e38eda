"""Pricing cues for the level of our price judged as a whole: the value not seen at that level ("he can't see the
value at that price point"), and a figure of another order asked for ("we'd have to be talking about a wildly
different figure"). The value must be denied *at* the price, not at a moment or a stage ("I can't see the value at
this stage of the pilot"), and a different number must be money, not a count ("a different number of seats")."""

from __future__ import annotations

from agents.insights.cues import Cue, cue

_LEVEL = (
    r"(?:that|this|the|your|such a|those|these)(?: current| quoted| proposed| list)? (?:level|price(?: point)?|number"
    r"|figure|cost|rate|amount|money|sum|fee)s?"
)

PRICE_LEVEL: tuple[Cue, ...] = (
    cue(
        r"\b(?:don't|do not|doesn't|does not|can't|cannot|couldn't|struggles? to|fails? to) (?:really |just |quite )?"
        r"see (?:the |enough |much |any )?(?:extra |added |additional )?value (?:at|for) " + _LEVEL + r"\b",
        0.8,
        negatable=False,
    ),
    cue(
        r"\b(?:need|needs|'d need|would need|have to|'d have to|has to)(?: to)?(?: be)?(?: looking at| talking about"
        r"| seeing)? (?:a |an )?(?:very|completely|totally|entirely|radically|wildly|massively|significantly) different"
        r" (?:number|figure|price|ballpark|level|quote|amount|sum)s?\b(?! of\b)",
        0.8,
        negatable=False,
    ),
)
