"""The purchase waiting on a budget round to be decided, for ``timeline_slip``.

When the money for the deal is gone and has to be asked for again, the purchase can happen no sooner than the
budget round that grants it: "For 2018 I have to apply again, the new budget round is decided end of March". The
date of that decision is when the deal can move, judged against the expected close like any date. Both halves are
needed: a budget round named alone ("the 2018 budget is approved in March") may have nothing to do with a deal
already funded.
"""

from __future__ import annotations

import re

# the money decided on a date: "the new budget round is decided end of March", "funding gets approved in May", "the
# investment committee only meets in April"
_FUNDING_DECIDED = re.compile(
    r"\b(?:budget|funding|capex|investment|money)(?: (?:round|cycle|allocation|approval|planning|requests?))?"
    r"(?: (?:is|are|will be|'ll be|gets?|should be|can be|only gets?|would be))?(?: only)? (?:decided|approved"
    r"|allocated|released|granted|confirmed|agreed|signed off|voted on)\b"
    r"|\b(?:budget|funding|investment|capex) (?:committee|board|round|panel)(?: only)? (?:decides|meets|sits|votes"
    r"|will decide|will meet|is held|takes place)\b",
    re.IGNORECASE,
)
# ... after the money for it has to be asked for again: "I have to apply again", "we must resubmit the request",
# "I'll need to ask for the money again"
_ASK_AGAIN = re.compile(
    r"\b(?:re-?apply\w*|re-?submit\w*|re-?request\w*|apply(?:ing)? (?:for (?:it|the money|the budget|funding|new"
    r" (?:budget|money|funds)) )?again|(?:ask|request|bid|applied|apply)(?:ing)? (?:for )?(?:it|the money|the"
    r" budget|the funds|funding) (?:again|anew|afresh)|(?:a )?new (?:budget |funding )?(?:request|application))\b",
    re.IGNORECASE,
)


def funding_wait(sentence: str, message: str) -> bool:
    """``sentence`` dates the budget decision the deal now waits on: the ``message`` asks for its money again."""
    return _FUNDING_DECIDED.search(sentence) is not None and _ASK_AGAIN.search(message) is not None
