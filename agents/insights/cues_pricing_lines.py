"""More pricing cues: one line of our quote objected to (a fee or charge "out of all proportion", "unless that line
is waived"), a target figure asked for by any name of what is priced ("get the four seats down to around 11-12k"),
and money talk that is not about our price at all (a debt owed to them, money they lost or will save)."""

from __future__ import annotations

import re

from agents.insights.cues import Cue, cue
from agents.insights.cues_pricing import AMOUNT

# a part of our quote by name: "the installation line", "the set-up fee", "that charge"
_LINE = (
    r"(?:the|your|that|this|those|these)(?: [\w-]+){0,2}? (?:line|line item|item|fee|charge|surcharge|cost|price"
    r"|pricing|rate|quote|number|figure)s?"
)
# what the figure is worth to them out of scale, said of a figure or a part of our quote
_OUT_OF_SCALE = r"(?:out of (?:all )?proportion|disproportionate|(?:way |far )?out of scale)"

PRICE_LINES: tuple[Cue, ...] = (
    cue(
        r"(?:" + AMOUNT + r"|\b" + _LINE + r"\b)[^.;]{0,50}\b" + _OUT_OF_SCALE + r"\b"
        # the part pushed back on, or made the condition of the order: "I have to push back on the installation
        # line", "unless that fee is waived or comes down a lot"
        r"|\bpush(?:ing)? back (?:hard )?on " + _LINE + r"\b"
        r"|\bunless " + _LINE + r" (?:is|are|gets?|can be) (?:waived|dropped|removed|taken off|reduced|cut|halved"
        r"|(?:brought|comes?|coming) down)\b"
        r"|\b" + _LINE + r" (?:is|are|gets?|can be)? ?(?:waived or |dropped or |removed or )?(?:comes?|brought"
        r"|coming) down (?:substantially|considerably|a lot|significantly|a long way|dramatically|sharply)\b",
        0.8,
    ),
    # a target figure for what is priced, named by any words: "can you get the four seats down to around 11-12k?"
    cue(
        r"\b(?:get|bring|take)\b (?:the |our |those |these |all )?(?:[\w-]+ ){0,2}?(?:seats?|licen[cs]es|users"
        r"|units?|package|bundle|order|deal|quote|price|total|number|figure|cost)\b (?:down )?(?:to|nearer(?: to)?"
        r"|closer to) (?:around |about |roughly |something like |somewhere near |under |below )?(?:\d[\d,.]*\s?-\s?)?"
        + AMOUNT,
        0.8,
        negatable=False,
    ),
    # the price weighed against what it buys and found wanting: "paying full rates for occasional users doesn't
    # stack up" (not paying twice, which is about the tool they drop: "paying for both doesn't add up")
    cue(
        r"\b(?:paying|pay|price|pricing|rates?|costs?|fees?|licen[cs]e fees?|per-seat)\b(?:(?!\b(?:both|two|twice"
        r"|double)\b)[^.;]){0,60}\b(?:doesn't|does not|don't|do not|won't|will not|just doesn't|simply doesn't)"
        r" (?:really )?(?:stack up|add up|pencil out|pay (?:for )?itself|justify itself)\b",
        0.8,
        negatable=False,
    ),
    # a big cut asked as a share of the whole: "a way to get the total down by something like a third", "could you
    # bring the quote down by 30%" (asked of us, not a saving of theirs: "we cut the project cost by a third")
    cue(
        r"\b(?:you|to|can|could|would|please|must)\s+(?:get|bring|take|cut|reduce|lower|knock)\b"
        r" (?:the |your |that |this )?(?:[\w-]+ ){0,2}?(?:total|price"
        r"|quote|cost|figure|number|bill|fees?|deal|amount|invoice)\b (?:down )?by (?:something like |about |around"
        r" |roughly |at least |maybe |close to |nearly )?(?:a third|half|a quarter|a fifth|two[- ]fifths"
        r"|(?:1[5-9]|[2-9]\d)\s?(?:%|per ?cent))",
        0.8,
        negatable=False,
    ),
)

# money talk that is not our price: a debt owed to them, money they lost, saved or made ("a customer went under
# owing us a lot of money"), or a share taken off their own budget ("Finance took thirty percent off every
# department's capital budget": budget_concern's to judge); blanked before the cues are read
NOT_OUR_PRICE = re.compile(
    r"\b(?:ow(?:e|es|ed|ing)|lost|los(?:e|es|ing)|sav(?:e|es|ed|ing)|earn\w*|mak(?:e|es|ing)|made|wast\w*"
    r"|bleed\w*|burn\w*)\b(?: [\w'-]+){0,3}? (?:a lot|too much|quite a lot|a fair bit|lots|so much|a ton|a fortune)"
    r" of money\b|\b(?:\d+ ?%|(?:[a-z]+[- ])?[a-z]+ per ?cent|a third|half|a quarter|a fifth) (?:off|from|out of)"
    r" (?:[\w'-]+ ){0,4}?(?:budgets?|spend(?:ing)?|funding|capex|opex|allocations?)\b",
    re.IGNORECASE,
)
