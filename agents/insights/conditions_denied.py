"""A risk supposed and denied in one breath: "Only if headquarters froze budgets, and that's not happening",
"Unless the group cuts spending, which won't happen this year". The if-clause names the risk only to say it is not
so; conditions.py catches the bare supposition when the subject is short, this one any subject, because the denial
that follows settles it."""

from __future__ import annotations

import re

# the opener of a supposed case somewhere in the cue's clause
_OPENER = re.compile(r"\b(?:only if|if|unless|in case|in the event(?: that)?|should|supposing|assuming)\b", re.I)
# the denial right after the if-clause: "and that's not happening", "which won't happen", "but that's off the table"
_DENIED = re.compile(
    r"[,;:\u2014-]\s*(?:and|but|which|though)?\s*(?:that|it|this|which)?\s*(?:'s|\u2019s| is| isn't| is not| won't"
    r"| will not| ain't)?\s*(?:not|never)?\s*(?:(?:going to|gonna) happen|happening|happen|on the cards|in the cards"
    r"|on the table|off the table|likely|unlikely|the case|planned|expected)\b",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(r"\b(?:not|never|won't|isn't|ain't|unlikely|off the table)\b|n't\b", re.IGNORECASE)


def supposed_then_denied(sentence: str, start: int) -> bool:
    """The cue at ``start`` sits in an if-clause the same sentence then says is not happening."""
    clause = re.split(r"[,;:()\u2014]|\bbut\b|\band\b", sentence[:start])[-1]
    if _OPENER.search(clause) is None:
        return False
    denial = _DENIED.search(sentence, start)
    return denial is not None and _NEGATIVE.search(denial.group(0)) is not None
