"""A rebuke of how we answered: told to answer only what they asked ("please answer only the question I have asked"),
or the question put again with an impatient marker ("Again: when does the technician come?", "I ask you once more:
..."). Neither has a word VADER reads as negative, yet after a complaint each is the customer losing patience."""

from __future__ import annotations

import re

_REBUKE_TABLE: tuple[tuple[str, float], ...] = (
    # told to answer their question and nothing else (a bare "could you answer the question I asked about seats?"
    # is a reminder, not a rebuke: it needs the "only" or "just")
    (
        r"\b(?:(?:only|just|simply) answer|answer (?:only|just|simply)) (?:the|my|our) (?:one |simple |actual |own )?"
        r"questions?\b",
        -0.6,
    ),
    # the question repeated, marked as repeated: "Again: when comes the technician?", "I ask you again: who pays?"
    # (not thanks said again: "Again, thanks for the demo", nor "again" at the end: "can we meet again?")
    (
        r"^(?:so,? |once |so once )?again: [^.!]*\?|\b(?:I|we)(?:'ll| will| must| have to)? (?:ask|repeat)"
        r"(?: (?:you|my question|the question|it))? (?:again|once more|one more time)\s*:",
        -0.5,
    ),
)
REBUKE_PHRASES = tuple((re.compile(p, re.IGNORECASE), score) for p, score in _REBUKE_TABLE)
