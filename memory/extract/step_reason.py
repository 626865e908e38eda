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


# a sentence that only says why the writer asked for a meeting, between the ask and its answer: "Would you give me
# half an hour for a feedback session? I'd like to understand it properly. / Sure, send me a slot."
_ONLY_REASON = re.compile(
    r"^\s*(?:[^:\n]{0,60}:\s*)?(?:(?:just|honestly|really),? )?(?:i|we)(?:['’]d| would)? (?:really )?(?:like|love|want)"
    r" to (?:understand|learn|know|hear|see|get a sense of|get a feel for) (?:it|that|this|why|what|how|where|more|"
    r"the reasons?)\b[^.?!:]{0,40}[.!]?\s*$"
)


def only_reason(sentence: str) -> bool:
    """Whether ``sentence`` (lower case) only gives the reason for the ask before it, naming nothing to do."""
    return _ONLY_REASON.match(sentence) is not None


def ask_before(sentences: list[str], i: int) -> int:
    """The sentence an answer at ``i`` (lower case) replies to: the one before it, or the one before that when
    only a reason for the ask is said between."""
    return i - 2 if i > 1 and only_reason(sentences[i - 1]) else i - 1
