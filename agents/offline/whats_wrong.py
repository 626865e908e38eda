"""A risk question put as a fault to explain: "what's wrong with the Cancity deal?", "why's Kan-code flagged?",
"what's the problem with that opp". These ask why a deal or account looks at risk (the deal_risk tool), not for its
figures. The fault must be of a deal or an account - one named, or the words deal/opp/account - so "what's wrong
with my numbers" and "anything wrong with the quote format?" stay what they were."""

from __future__ import annotations

import re

from agents.offline.entities import Mention

# the fault asked about: "what's wrong with", "anything off about", "the problem with", "what happened to"
_FAULT = re.compile(
    r" (?:what's|whats|what is|what|anything|something|is something|is anything|what went|what has gone|what's gone)"
    r" (?:going |gone |so )?(?:wrong|off) (?:with|about|on) "
    r"| (?:what's|whats|what is|what) (?:the |is the )?(?:problem|issue|matter|concern|holdup|hold-up|hold up)s? "
    r"(?:with|on|at) "
    # flagged: "why's Kan-code flagged", "why is the Cancity deal on the watch list", "why did you flag Isdom"
    r"| why (?:is |was |are |were |has |have |s )?(?:[\w'&.-]+ ){0,4}?(?:been )?(?:flagged|red-flagged|red flagged"
    r"|highlighted|on (?:the|your|my) (?:risk |watch ?)list)(?= )"
    r"| why (?:did|do|does|would) (?:you|it|dealbot|the bot) (?:flag|highlight|mark) "
)
# the thing at fault is a deal or an account when none is named: "that deal", "the opp with X", "this account"
_DEAL_WORD = re.compile(r" (?:deal|deals|opp|opps|opportunity|opportunities|account|acct|customer|client) ")


def asks_whats_wrong(t: str, mentions: list[Mention]) -> bool:
    """Whether ``t`` (normalised) asks why a deal or account is at risk, put as a fault or a flag."""
    found = _FAULT.search(t)
    if found is None:
        return False
    after = t[found.start() :]
    return any(m.kind == "account" for m in mentions) or _DEAL_WORD.search(after) is not None
