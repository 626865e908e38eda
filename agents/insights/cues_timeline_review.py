"""Their lawyers' own estimate of when they will get to the contract, for ``timeline_slip``: "Our counsel said 'I'll
look at it once the dust settles, probably late October'", "legal expect to go through the MSA around mid-November".
Signature waits on that review, so its hedged date is judged against the expected close like any other move (a date
inside the window is no slip). The object is the contract, or "it" when the sentence names their lawyers.
"""

from __future__ import annotations

import re

_REVIEWER = re.compile(r"\b(?:legal|counsel|lawyers?|attorneys?|solicitors?|contracts? (?:team|desk|manager))\b",
                       re.IGNORECASE)  # fmt: skip
_CONTRACT = (r"(?:(?:the|your|our|this) (?:[\w-]+ )?(?:msa|contract|agreement|paperwork|terms|redlines?|dpa"
             r"|order form|master agreement))")  # fmt: skip
_REVIEW = (r"(?:look(?:ing)? at|review(?:ing)?|get(?:ting)? (?:round |around )?to|go(?:ing)? (?:through|over)"
           r"|read(?:ing)?|turn(?:ing)? (?:around|round)|mark(?:ing)? up|redlin(?:e|ing)|clear(?:ing)?)")  # fmt: skip
_HEDGE = (r"(?:probably|likely|most likely|realistically|hopefully|maybe|perhaps|possibly|around|roughly"
          r"|sometime in|some time in|not (?:before|until)|no earlier than|at the earliest)")  # fmt: skip
_ESTIMATE = re.compile(
    r"\b" + _REVIEW + r" (?P<obj>it|this|" + _CONTRACT + r")\b[^.;?!]{0,40}?\b" + _HEDGE + r"\b",
    re.IGNORECASE,
)


def review_estimate(sentence: str) -> bool:
    """The sentence gives a hedged date for their lawyers' review of the contract (the date is judged elsewhere)."""
    m = _ESTIMATE.search(sentence)
    if m is None:
        return False
    return m.group("obj").lower() not in ("it", "this") or _REVIEWER.search(sentence) is not None
