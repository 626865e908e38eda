"""Budget cues for money taken to pay for something else: clawed back, swallowed or redirected to cover another cost
("every discretionary line has been clawed back to cover the warehouse overrun", "the flood repairs ate our software
budget"), or none of it left in the customer's own budget for this ("nothing left in mine for this"). The customer may
still want the product; the money for it is gone all the same.

``TO_THIS_DEAL`` is the opposite move: money reallocated to this purchase ("the event budget has been moved over to
cover your licences") is good news, so signals.py drops any budget cue it sits on."""

from __future__ import annotations

import re

from agents.insights.cues import Cue, cue

# the money by any name; a "line" only when it is money ("software line", not "product line" or "line by line")
_MONEY = (
    r"(?:budgets?|funds|funding|money|cash|pot|kitty|allocations?|envelope|spend(?:ing)?|capex|opex"
    r"|every (?:penny|pound|euro|dollar|cent)|(?:budget|spend(?:ing)?|cost|tools?|software|marketing|it|capex|opex"
    r"|project|discretionary|training|innovation|improvement|licen[cs]e|subscription|saas|tech(?:nology)?) lines?)"
)
# taken, and for what: "clawed back to cover", "swallowed by the overrun", "redirected to pay for the audit"
_TAKEN = (
    r"(?:clawed back|taken back|pulled back|swept back|swallowed(?: up)?|eaten(?: up)?|soaked up|absorbed"
    r"|gobbled up|raided|reallocated|re-allocated|redirected|diverted|moved|shifted|repurposed|re-?prioriti[sz]ed)"
)
_TO_COVER = (
    r"(?:to (?:cover|pay for|fund|plug|offset|make up for|bail out|shore up|absorb|finance)|by (?:the|an?|our"
    r"|their|that)\b)"
)

TAKEN: tuple[Cue, ...] = (
    # passive: "every discretionary software line has been clawed back to cover the warehouse overrun"
    cue(
        rf"\b{_MONEY}\b(?:(?!\b(?:quote|price|proposal|offer|bid|cost)\b)[^.;:]){{0,60}}?\b(?:is|are|was|were"
        rf"|has been|have been|had been|got|gets|'s been)(?: now| just| already| all| quietly| effectively)?"
        rf" {_TAKEN}\b(?: [\w'-]+){{0,3}}? {_TO_COVER}",
        0.85,
        negatable=False,
    ),
    # the line this deal was filed under folded into another project: "the line we'd parked this under got swept into
    # the warehouse automation project" (a bare "line" is money only with this deal filed on it: not "our product line
    # was folded into the retail project")
    cue(
        rf"\b(?:{_MONEY}|(?:line|pot|code|cost cent(?:re|er))(?: (?:that|which))? (?:we|I)(?:'d| had| have|'ve)?"
        r" (?:parked|put|booked|charged|coded|earmarked|costed|budgeted|had|filed) (?:this|it|the (?:order|purchase"
        r"|seats|licen[cs]es))(?: aside)? (?:under|against|on|in|for))\b[^.;:]{0,30}?\b(?:is|are|was|were|has been"
        r"|have been|had been|got|gets|'s been)(?: now| just| already| all| quietly| effectively)? (?:swept|folded"
        r"|absorbed|merged|rolled|moved|shifted|pulled|transferred|reallocated|redirected|diverted)(?: up| over"
        r"| back)? into (?:the|a|an|another|their|our|some|a new|the new)\b[^.;]{0,40}?\b(?:project|programme|program"
        r"|initiative|budget|pot|line|roll-?out|build|fund|scheme)\b",
        0.85,
    ),
    # active, the other cost doing the eating: "the flood repairs ate up what was left of our software budget"
    # (not a cost taken into the budget: "we can absorb the cost in our budget")
    cue(
        r"\b(?:swallowed|swallows?|ate|eaten|eats?|soaked up|gobbled(?: up)?|wiped out)(?: up)? (?:all |most |every"
        r" penny |the whole |the rest |what(?:'s| was| is| remained) left )?(?:of )?(?:the |our |my |this year's"
        rf" |their )?(?:(?!(?:cost|costs|price|fee|quote)\b)[\w'-]+ ){{0,3}}?{_MONEY}\b",
        0.85,
        negatable=False,
    ),
    # active, someone taking it back: "finance clawed back every unspent line", "they swept back all of our capex"
    cue(
        r"\b(?:claw\w*|pull\w*|took|tak\w+|sweep\w*|swept|call\w*) back (?:[\w'%-]+ ){0,5}?"
        rf"(?:{_MONEY}|(?:every|each|all|unspent|discretionary) (?:[\w-]+ )?lines?)\b",
        0.85,
        negatable=False,
    ),
    # none of it left in their own money for this: "not a penny left in our tools line", "there's nothing left in
    # mine for this" after the money is named ("nothing left to decide", "nothing left in the product line" are not)
    cue(
        r"\b(?:nothing|no money|no funds|no cash|not a (?:penny|cent|pound|euro|dollar|bean)|zero)(?: at all)?"
        r"(?: (?P<left>left|remaining|spare|available))? (?:in|on|from) (?:my|our|the|this year's|their)"
        r" (?:[\w-]+ ){0,2}?(?<!product )(?<!production )(?:budget|line|pot|kitty|allocation|cost cent(?:re|er)"
        r"|envelope)s?\b(?(left)| for (?:this|it|that|you|your|the \w+))"
        rf"|\b{_MONEY}\b[^.]{{0,120}}\bnothing (?:left |remaining )?(?:in|on) (?:mine|ours) for (?:this|it|that|you"
        r"|your|the \w+)\b",
        0.85,
        negatable=False,
    ),
)

# money moved onto this purchase, not away from it: "reallocated to this project", "moved over to cover your licences"
# (the money's old purpose is no destination: "moved the money set aside for the CRM into a van"; nor is an "it",
# which is as often the other cost: "redirected to pay for it")
TO_THIS_DEAL = re.compile(
    r"\b(?:re-?allocated|reallocat\w+|moved|moving|redirected|redirect\w*|diverted|divert\w*|shifted|transferred"
    r"|switched|re-?assigned|re-?purposed)\b[^.;,]{0,50}?\b(?:to|into|towards|onto)(?: (?:cover"
    r"|fund|pay for|finance|buy|go towards))? (?:this|these|us|you|your\b|(?:the|our) (?:crm|licen\w*|seats?"
    r"|order|purchase|project|rollout|roll-out|subscription|renewal|contract|deal|platform|tool|software|pilot)\b)",
    re.IGNORECASE,
)
