"""Budget cues about where the money was to come from, and spend stopped on something they are leaving.

``REFUSED``: the outside money meant to pay for this did not come ("the grant committee decided not to fund us",
"our funding application was turned down"): the customer may still want the product, the money is missing.

``dropped_spend``: a freeze or cut on the tool they are leaving ("we've cancelled the old database and frozen any
more spend on it") frees money for us; it is no squeeze on this deal.
"""

from __future__ import annotations

import re

from agents.insights.cues import Cue, cue
from agents.insights.cues_budget_taken import TO_THIS_DEAL
from agents.insights.cues_budget_windfall import windfall

# money from outside the customer's own budget, asked for and awaited
_SOURCE = (
    r"(?:grants?|grant (?:application|bid|request)|funding (?:application|bid|request|round)|subsid(?:y|ies)"
    r"|(?:bank )?loan|bursary|sponsorship|(?:external|outside|government|eu|innovation|seed) funding)"
)

REFUSED: tuple[Cue, ...] = (
    # the funder said no: "the grant was rejected", "our funding application has been turned down"
    cue(
        rf"\b{_SOURCE}\b[^.;]{{0,60}}?\b(?:(?:was|were|has been|have been|got|is|'s been) )?(?:rejected|turned down"
        r"|refused|declined|denied|unsuccessful|fell through|didn't come through|did not come through"
        r"|didn't go through|did not go through)\b",
        0.85,
    ),
    # told as the funder's decision: "the grant committee decided not to fund us this round" (not their own choice
    # about something else: "we decided not to fund the old system's renewal")
    cue(
        r"(?<!\bwe )(?<!\bI )(?<!\bwe've )(?<!\bI've )\b(?:decided|chose|voted|opted) not to (?:fund|finance|award)\b"
        r"|\b(?:committee|funder|board|bank|council|ministry|foundation|trust|panel)s? (?:won't|will not|didn't|did not"
        r"|can't|cannot|refused to|declined to) (?:fund|finance)"
        r" (?:us|this|it|the (?:project|purchase|seats|licen[cs]es))\b",
        0.85,
        negatable=False,
    ),
)

_LEFT_BEHIND = r"(?:old|legacy|existing|current|previous|former|outgoing|incumbent)"
_ON_THE_OLD = re.compile(rf"\s+on (?:the |our |that |this |their )?(?:[\w-]+ )?{_LEFT_BEHIND}\b", re.IGNORECASE)
_ON_IT = re.compile(r"\s+on (?:it|that|them)\b", re.IGNORECASE)
_DROPPED = re.compile(
    r"\b(?:cancel\w*|drop\w*|scrap\w*|retir\w*|replac\w*|ditch\w*|terminat\w*|end(?:ed|ing)|switch\w* off"
    rf"|decommission\w*|not renew\w*|(?:won't|will not|didn't) renew)\b[^.;]{{0,50}}\b{_LEFT_BEHIND}\b",
    re.IGNORECASE,
)


def dropped_spend(sentence: str, start: int, end: int) -> bool:
    """The freeze or cut between ``start`` and ``end`` is on the tool they are leaving: "spend on the old system",
    or "spend on it" after that tool is named as dropped in the same sentence."""
    if _ON_THE_OLD.match(sentence, end):
        return True
    return _ON_IT.match(sentence, end) is not None and _DROPPED.search(sentence, 0, start) is not None


def good_news_move(sentence: str, start: int, end: int) -> bool:
    """The budget cue between ``start`` and ``end`` moves money onto this purchase ("reallocated to this project")
    (or to the buyer, a windfall), or stops spend on the tool they are leaving."""
    onto_this = any(start <= t.start() <= end for t in TO_THIS_DEAL.finditer(sentence))
    return onto_this or windfall(sentence) or dropped_spend(sentence, start, end)
