"""Budget cues for a squeeze told without naming the money: an order from above to buy nothing new ("our new CFO has
asked everyone to 'do more with what we already have'", "told every team to make do with what we've got"), or new
spend put in a queue that nothing leaves before a date ("every new PO goes into a review queue and nothing in it
moves before April").

The same words as a benefit of the product ("your tool helps us do more with what we already have") or a routine
approval step ("orders sit in an approval queue for a day or two") are no squeeze: the first needs someone ordering
it, the second something held until a date.
"""

from __future__ import annotations

from agents.insights.cues import Cue, cue

# what is owned already, or less of everything ("do more with less", not "with less manual typing")
_WHAT_WE_HAVE = (
    r"(?:what (?:we|I|they|you)(?: already)?(?: have| own|'ve got| have got|'ve already got)"
    r"|less(?=\s*(?:[.,;:!'\"\u2019\u201d)]|$|for |this |next |until |till ))"
    r"|(?:the|our) (?:existing|current) (?:tools|systems|kit|licen[cs]es|stack|software))"
)

SQUEEZE: tuple[Cue, ...] = (
    # an order to buy nothing new, given to everyone: "has asked everyone to 'do more with what we already have'"
    cue(
        r"\b(?:asked|asks|asking|told|tells|telling|instructed|ordered|wants|expects|requires|mandated|directive|mantra"
        r"|policy|rule|message|word (?:from|is)|has us|everyone|every (?:team|department|manager)|all (?:teams"
        r"|departments|managers))\b[^.;]{0,40}?\b(?:do more with|make do with|manage with|get by with|live with) "
        + _WHAT_WE_HAVE,
        0.8,
    ),
    # new spend queued and held until a date: "every new PO above 5k goes into a review queue and nothing in it
    # moves before April" (not a queue cleared in a day or two)
    cue(
        r"\b(?:POs?|purchase orders?|purchases?|spend(?:ing)?(?: requests?)?|requisitions?|orders?|invoices?"
        r"|contracts?)\b[^.;]{0,60}\b(?:queue|review|approval|committee)\b[^.;]{0,40}\bnothing\b[^.;]{0,30}?"
        r"\b(?:moves?|leaves?|comes? out|gets? (?:out|through|approved|released|signed)|(?:is|will be|gets?)"
        r" (?:released|approved|signed)|clears?)\b[^.;]{0,30}?\b(?:before|until|till|ahead of)\b",
        0.8,
        negatable=False,
    ),
)
