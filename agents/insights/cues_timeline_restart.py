"""A restart whose timing is unknown, for ``timeline_slip``: "I genuinely can't give you a date for restarting",
"there isn't a timeline yet for resuming", "the restart date is still unclear".

A word such as "restart" or "resume" otherwise says the deal is back on and clears an earlier pause
(signals_timeline.py); named only as the thing nobody can date, it is still to come and the pause stands. A restart
that has its date ("we have a date for restarting: 3 July") is a resumption as before.
"""

from __future__ import annotations

import re

from agents.insights.cues import NEGATORS

_TIMING = (
    r"(?:date|day|timeline|time-?line|time ?frame|time ?scale|eta|estimate|schedule|target|idea|sense|visibility"
    r"|clarity|certainty|commitment|promise|guarantee)s?"
)
# the timing asked of the restart, right before it: "a date for restarting", "any timeline on resuming the project"
_TIMING_OF = re.compile(
    rf"\b{_TIMING}(?: (?:yet|as yet|set|fixed|agreed|in place))? (?:for|of|on|about|around|as to)"
    r"(?: (?:the|a|any|our|their|when|us|me))?\s*$",
    re.IGNORECASE,
)
# the timing right after it: "can't give you any kind of restart date"
_TIMING_AFTER = re.compile(rf"^\w*(?: {_TIMING})\b", re.IGNORECASE)
# the restart's timing called unknown after it: "the restart date is still unclear", "restarting is anyone's guess"
_UNKNOWN_AFTER = re.compile(
    rf"^\w*(?: {_TIMING})? (?:is|remains|'s|will be) (?:still |as yet |currently |totally |completely )?(?:unclear"
    r"|uncertain|unknown|undecided|tbc|tbd|to be (?:confirmed|decided|determined)|up in the air|anyone's guess"
    r"|open|unsure|not (?:known|clear|certain|set|fixed|decided))\b",
    re.IGNORECASE,
)
# what says the timing is not there, anywhere in the clause before: "can't", "no", "there isn't", "unable to"
_LACKING = re.compile(r"\b(?:unable|impossible|hard|difficult|unclear|uncertain|unknown)\b", re.IGNORECASE)


def restart_undated(sentence: str, start: int, end: int) -> bool:
    """The restart word at ``start:end`` is named only as what nobody can date: the pause it would end stands."""
    after = sentence[end:]
    if _UNKNOWN_AFTER.match(after):
        return True
    clause = re.split(r"[,;:()\u2014]|\bbut\b|\bhowever\b|\bthough\b", sentence[:start])[-1]
    lacking = NEGATORS.search(clause) is not None or _LACKING.search(clause) is not None
    return lacking and (_TIMING_OF.search(clause) is not None or _TIMING_AFTER.match(after) is not None)
