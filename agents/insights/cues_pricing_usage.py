"""A pricing objection measured against what the buyer would get out of it, or against the figure they had in mind,
for ``pricing_objection``: "it feels very high for what we'd use", "steep for how little we need", "we expected
something around half of that", and the verdict cut to its bones after a revised quote: "Still far too much."

Small buyers say the price does not fit their use rather than name the price: the "for what we'd use" makes the
"it" our price. Not the same words about work ("too much for what we need to do this week" has no level), an
expectation about something else ("we expected half of that to be hardware"), nor "thanks so much" or "too much
going on": the bare verdict counts only as the whole sentence."""

from __future__ import annotations

from agents.insights.cues import Cue, cue

_DEGREE = r"(?:(?:very|really|quite|rather|pretty|a bit|a little|awfully|extremely|far too|way too|too) )?"
PRICE_USAGE: tuple[Cue, ...] = (
    # the level against their use: "it feels very high for what we'd use", "a lot of money for how little we need"
    cue(
        r"\b" + _DEGREE + r"(?:high|steep|expensive|pricey|costly|dear|much|a lot(?: of money)?) for (?:what|how"
        r" (?:much|little)|the (?:little|amount)) (?:we|I|our (?:[\w-]+ ){0,2}?(?:team|staff|business|hotel|shop"
        r"|office|practice|school))(?:'d|'ll| would| will| actually| really| realistically){0,2}"
        r" (?:use|need|get|want)\b(?!\s+to\b)",
        0.8,
    ),
    # the figure they had in mind, a fraction of ours: "we expected something around half of that"
    cue(
        r"\b(?:expected|expecting|anticipated|hoped for|budgeted for|had in mind|were thinking of|thought)"
        r" (?:something |a (?:figure|price|number|quote) )?(?:(?:of|around|about|roughly|more like|nearer|closer to"
        r"|in the region of) )?(?:half|a third|two[- ]thirds|a quarter)(?: of)? (?:that|this|it|the (?:price|quote"
        r"|figure|amount|total)|your (?:price|quote|figure))(?=\s*(?:[.,;!?\u2014]|for\b|$))",
        0.8,
    ),
    # the verdict alone: "Still far too much.", "That's way too much for us."
    cue(
        r"^\s*(?:(?:still|honestly|sorry|but|that's|that is|it's|it is|this is|simply|just|still|and)[,]? ){0,3}"
        r"(?:(?:far|way|much|just|simply|still) )?too much(?: for us| for (?:a|our) (?:[\w-]+ ){0,3}?[\w-]+)?"
        r"\s*[.!]*\s*$",
        0.75,
    ),
)
