"""Remarks a message opens on before its question, which ask nothing and scope nothing: how a period feels ("q2
feels slow already lol. # of wins in q1 vs since apr 1?") and a newcomer introducing themselves ("new on summer's
team, still figuring stuff out.. how many deals has the west office won"). A period or a team named in them is not
the question's: the question names its own."""

from __future__ import annotations

import re

# how things feel: "q2 feels slow already lol", "this month's been brutal", "october was crazy"
_MOOD = re.compile(
    r"^[\w' -]{0,40}?\b(?:feels?|felt|seems?|seemed|looks?|looked|is|was|'s|s|been|has been|getting)\s+"
    r"(?:(?:so|really|pretty|kinda|kind of|super|a bit|a little|very|already|too|way too|bit)\s+)*"
    r"(?:slow|quiet|rough|dead|busy|crazy|hectic|slammed|tough|brutal|weird|nuts|wild|insane|long|sluggish|flat"
    r"|great|good|bad|strong|weak|slower|quieter|busier|better|worse)\b"
    r"(?:\s+(?:already|so far|lately|again|tbh|honestly|ngl|lol|lmao|haha|ugh|smh))*\W*$",
    re.IGNORECASE,
)
# a newcomer's hello: "new on summer's team", "2nd week on rocco's team", "week 1 here, still learning", "just
# joined cara's team"
_NEWCOMER = re.compile(
    r"^(?:(?:hi|hey|hello|yo)\W+)?(?:(?:i'?m|im|i am|still|just|pretty|brand|kinda)\s+)*"
    r"(?:newbie|new (?:here|hire|rep|starter|to (?:the|this|dealbot|sales))|new(?= on\b| at\b|\s*[,.!]|\s*$)"
    r"|(?:\d+(?:st|nd|rd|th)|first|second|third) (?:week|day|month)"
    r"|(?:week|day|month) (?:\d|one|two|three)|joined|started(?: (?:last|this) (?:week|month|monday))?)\b"
    r"(?!.*\b(?:how|what|which|who|whats|whos|show|list|tell|give)\b)",
    re.IGNORECASE,
)


def remark_before_question(part: str) -> bool:
    """Whether ``part``, a sentence before the question, only remarks on how things feel or introduces the asker."""
    said = part.strip(" .!,()")
    return bool(_MOOD.match(said) or _NEWCOMER.match(said))
