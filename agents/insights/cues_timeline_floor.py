"""A floor put under the deal: nothing will happen on it before a date ("he told us not to expect anything on this
one before mid-July", "no POs til the new year starts on 1 Oct", "nothing gets signed before September"). The date
is then the earliest the deal can move, judged against the expected close by signals_timeline.py like any other
date, so "no POs before the 20th" against a close at month-end is no slip.

The other timeline cues want the signature or decision named ("don't expect a decision before ..."); here the thing
held back is anything at all, an order, or spend. A bare "nothing before July" counts only when the sentence names the
deal (an order, a signature, this one): "we have nothing booked before July" is a free diary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from agents.insights.dates import DateMention

_UNTIL = r"(?:before|until|till|'?til|b4|prior to|ahead of)"
_FILLER = r"(?: [^.;,!?]{0,30}?)?"  # "til the new yr starts oct 1": what the date is, said before it
# what is held back: anything, news, movement, an order, spend
_THING = (r"(?:anything|much|news|movement|progress|an? (?:answer|reply|response|decision|outcome|result)"
          r"|any (?:news|movement|progress|answer|reply|response|decision|outcome))")  # fmt: skip
_ON_IT = (r"(?: (?:on|for|about|from|regarding|with) (?:this|it|ours|us|me|him|her|them|our (?:[\w-]+ )?(?:request"
          r"|order|deal|purchase|file|case|contract|side)|the (?:[\w-]+ )?(?:request|order|deal|purchase|file|case"
          r"|contract))(?: one)?)*")  # fmt: skip
_VERB = (r"(?:happen|move|progress|go (?:through|ahead)|(?:get |be )?(?:signed|approved|decided|ordered|done"
         r"|released|raised|issued))")  # fmt: skip
FLOOR_BEFORE = re.compile(
    # told not to expect anything before it: "not to expect anything on this one before", "don't expect much before"
    r"(?:\bnot|n't|\bdont|\bwont|\bnever) (?:to )?(?:expect(?:ing)?|anticipat(?:e|ing)|count(?:ing)? on"
    rf"|bank(?:ing)? on) {_THING}{_ON_IT} {_UNTIL}{_FILLER}\s*$"
    # no orders or spend until it: "no POs til the new yr starts", "zero new spend before"
    rf"|\b(?:no|zero) (?:new |more |further )?(?:POs?|purchase orders?|orders?|signatures?|sign-?offs?|contracts?"
    rf"|approvals?|spend(?:ing)?|purchases?)(?: (?:can|will|may|could|are|is) (?:be )?\w+)? {_UNTIL}{_FILLER}\s*$"
    # nothing moves until it: "nothing will happen on this before", "nothing gets signed until"
    rf"|\bnothing (?:(?:will|'ll|can|could|is going to|'s going to|is likely to|would|gets?|is) )?(?:\w+ )?{_VERB}"
    rf"{_ON_IT} {_UNTIL}{_FILLER}\s*$",
    re.IGNORECASE,
)
# the floor named by the date of the sentence before: "they won't look at it till mid-august. signing will have to wait
# till after that, prob sept" (a texted message split at its stops: the date and the signature fall apart)
TILL_AFTER_THAT = re.compile(
    r"\b(?:until|till|'?til|wait(?:ing)? for|not before|only|(?:sign|decid|commit|order|approv)\w*(?: only)?)"
    r" after (?:that|this|then|it)\b",
    re.IGNORECASE,
)
_BARE_NOTHING = re.compile(rf"\bnothing(?: at all)? {_UNTIL}\s*$", re.IGNORECASE)
_DEAL = re.compile(r"\b(?:POs?|purchase orders?|orders?|sign\w*|contracts?|decisions?|approv\w*|purchases?|this one"
                   r"|the deal|spend)\b", re.IGNORECASE)  # fmt: skip


def floor_dates(sentence: str, mentions: Sequence[DateMention]) -> list[date]:
    """The dates the deal is held back until ("nothing before mid-July"): the earliest it can move."""
    floors = []
    for d in mentions:
        before = sentence[: d.start_at]
        if FLOOR_BEFORE.search(before) or _BARE_NOTHING.search(before) and _DEAL.search(sentence):
            floors.append(d.start)
    return floors
