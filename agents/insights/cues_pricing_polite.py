"""A pricing objection in polite corporate wording, for ``pricing_objection``: the offer put outside what they can
justify ("the commercial proposal is not currently within a range we could justify internally"), and a big cut asked
as what they would need to see ("we would need to see a significant adjustment, in the order of 25%").
"""

from __future__ import annotations

from agents.insights.cues import Cue, cue

# a cut whose object is something else is no price ask: "a significant reduction in downtime"
_NOT_PRICE = r"(?! (?:in|of|to) (?!(?:the |your |our )?(?:price|pricing|cost|fee|quote|commercials|number|figure)s?\b))"

PRICE_POLITE: tuple[Cue, ...] = (
    cue(
        r"\b(?:proposal|offer|quote|quotation|price|pricing|commercials|figure|number|investment|cost)s?\b[^.;]{0,40}"
        r"\bnot (?:currently |really |quite |yet |at present )?(?:within|in) (?:a|the|any|our) (?:range|bracket|band"
        r"|region|ballpark)\b[^.;]{0,30}\b(?:justify|afford|accept|approve|sign off|defend|support)",
        0.85,
        negatable=False,  # the "not" is the objection itself
    ),
    # the amount weighed against its value and found wanting: "the proposed amount is not proportionate to the value
    # we would get", "the fee is not really in line with the benefit"
    cue(
        r"\b(?:proposal|offer|quote|price|pricing|amount|fee|cost|investment)s?\b[^.;]{0,40}\bnot (?:really |quite"
        r" |fully )?(?:proportionate|in proportion|commensurate|in line) (?:to|with) (?:the |its |our )?(?:value"
        r"|benefit|return|what we (?:get|would get|gain))",
        0.85,
        negatable=False,  # the "not" is the objection itself
    ),
    cue(
        r"\b(?:need|needs|needed|have|has|would want|want|expect) to see (?:a |an |some )?(?:significant|substantial"
        r"|meaningful|material|considerable|sizeable|sizable|major|big|serious|real) (?:price |commercial )?"
        r"(?:adjustment|reduction|movement|concession|cut|discount)s?\b" + _NOT_PRICE,
        0.85,
    ),
)
