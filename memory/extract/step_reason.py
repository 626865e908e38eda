"""An introduction promised as the step ("I'll connect her with Ben at a customer of ours") says whom, not why: the
sentence before it, saying what the customer wants from the meeting ("she wants a reference before committing"),
goes with it. Kept apart from ``next_step`` (at its size limit)."""

from __future__ import annotations

import re

# bringing the customer together with someone: "connect her with", "introduce him to", "put them in touch with"
_INTRODUCTION = re.compile(
    r"\b(?:connect|connecting|introduce|introducing|intro|hook|hooking) (?:her|him|them|the team|their team)"
    r"(?: up)? (?:with|to)\b|\bput(?:ting)? (?:her|him|them) in touch with\b"
)
# ... for what the customer asked: "wants a reference", "asked to speak to a customer", "needs a peer to talk to"
_WANTS_MEETING = re.compile(
    r"\b(?:wants?|wanted|needs?|needed|asked for|asked|would like|'d like|requested) (?:a |an |to (?:speak|talk) "
    r"(?:to|with) (?:a |an )?)?(?:customer |client |peer )?(?:references?|reference (?:call|customer|account|check)|"
    r"customer|client|peer)\b"
)


def introduction_for(sentences: list[str], i: int) -> bool:
    """Whether sentence ``i`` (lower case) promises an introduction that sentence ``i - 1`` says the reason for."""
    return i > 0 and bool(_INTRODUCTION.search(sentences[i]) and _WANTS_MEETING.search(sentences[i - 1]))
