"""Budget cues for money set aside for this deal that someone else's decision emptied.

Told as an act ("his first act was to cut this year's software line"), as a sum gone ("the 14k we'd set aside for
your contract is gone"), as a line left at nothing ("which leaves the line I had earmarked for this at nothing"), or
as all spend steered elsewhere ("finance 'reprioritised' all discretionary spend towards the new warehouse").
Money steered onto this purchase is dropped later by ``good_news_move``.
"""

from __future__ import annotations

from agents.insights.cues import Cue, cue

_SUM = r"(?:[$\u20ac\u00a3]?\d[\d,.]*\s?(?:k|m|grand)\b|money|funds|funding|budget|line|pot|cash|allocation)"
_SET_ASIDE = r"(?:set aside|earmarked|allocated|budgeted|put aside|ring-?fenced|reserved|saved up)"
_LINE = (
    r"(?:budgets?|funds|funding|money|spend(?:ing)?|allocation|(?:software|tools?|it|tech|saas|capex|opex|project"
    r"|discretionary|training|innovation|marketing|licen[cs]e|subscription) (?:line|budget|spend))"
)

EMPTIED: tuple[Cue, ...] = (
    # a decision taken: "his first act was to cut this year's software line", "the board voted to freeze the tools
    # budget" (not a plan to save with us: "we want to cut our tools spend by moving to you" has no decision verb)
    cue(
        r"\b(?:was|were|decided|chose|voted|moved|opted|went on) to (?:cut|axe|scrap|withdraw|pull|freeze|zero|slash"
        rf"|raid|kill|halve|delete|strike) (?:the|our|my|this|that|all|their|[\w-]+'s)\b(?: [\w'-]+){{0,4}}? {_LINE}\b",
        0.85,
    ),
    # the sum meant for this is gone: "the 14k we'd set aside for your contract is gone"
    # (a negative subject says the opposite: "it's ring-fenced, nothing's been cut")
    cue(
        rf"\b{_SUM}[^.;]{{0,40}}\b{_SET_ASIDE}\b[^.;]{{0,40}}(?<!\bnothing)(?<!\bnone)(?<!\bnone of it)"
        r"\b(?:is|are|'s|has|have|had) (?:now |all |simply |just "
        r"|already |effectively )?(?:gone|vanished|disappeared|evaporated|been (?:cut|taken|removed|spent))\b",
        0.85,
        negatable=False,
    ),
    # the line left at nothing: "which leaves the line I had earmarked for this at, well, nothing"
    cue(
        rf"\b(?:leaves?|leaving|left)\b[^.;]{{0,60}}\b{_SET_ASIDE}\b[^.;]{{0,40}}?\bat\b[^.;]{{0,15}}?\b(?:nothing|zero"
        r"|nil|nought|naught)\b",
        0.85,
        negatable=False,
    ),
    # all spend of a kind steered to something else: "'reprioritised' all discretionary spend towards the warehouse"
    cue(
        r"\b(?:re-?prioriti[sz]ed|reallocated|redirected|diverted|funnell?ed|channell?ed|ringfenced|ring-fenced)\W{0,2}"
        r" (?:all|every|any) (?:of (?:the|our) )?(?:[\w-]+ ){0,2}(?:spend(?:ing)?|budgets?|money|funds|capex|opex)"
        r" (?:towards|to|into|onto|for)\b",
        0.8,
    ),
    # the line swept away with a company event: "the discretionary software line went with the restructuring", "our
    # tools budget was lost in the layoffs" (a phone line or product line going is no money; "went to the
    # restructuring team" is money moved by the other cues)
    cue(
        rf"\b{_LINE}\b[^.;,]{{0,20}}?\b(?:went|goes|has gone|had gone|is gone|was lost|got lost|disappeared|vanished)"
        r" (?:with|in|along with) (?:the|our|this|last (?:week|month)'s) (?:[\w-]+ )?(?:restructur\w*|reorg\w*"
        r"|re-organi[sz]ation|layoffs?|lay-offs?|redundanc\w+|cuts|cutbacks|downsizing|merger|takeover)\b",
        0.85,
    ),
)
