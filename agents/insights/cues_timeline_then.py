"""A signature tied back to a date the sentence named first: "She's back at the end of next month, so that's when we'll
sign", "Board meets on 12 November; we'll sign then". The commitment verb comes after its date, so the forward
search of signals_timeline._committed_dates misses it; the dates before the pointer are when the deal happens."""

from __future__ import annotations

import re
from datetime import date

from agents.insights.dates import DateMention

_THEN = re.compile(
    r"\b(?:that's|that is|that'll be|that will be) (?:when|the (?:day|week|date|earliest)) (?:we|I|she|he|they)"
    r"(?:'ll| will| can| could| would|'d| are going to| plan to| hope to| expect to)? (?:be able to )?"
    r"(?:sign|decide|commit|order|place the order|go ahead|close)\b"
    r"|\b(?:we|I|she|he|they)(?:'ll| will| can| could)(?: only)? (?:sign|decide|commit|place the order|go ahead)"
    r" (?:it |the contract |the order )?(?:then|at that point|at that time)\b",
    re.IGNORECASE,
)


def signed_then(sentence: str, mentions: list[DateMention]) -> list[date]:
    """The dates named before the pointer ("..., so that's when we'll sign"), or none when there is no pointer."""
    m = _THEN.search(sentence)
    if m is None or re.search(r"\b(?:not|n't|never)\b", m.group(0), re.IGNORECASE):
        return []
    return [d.start for d in mentions if d.end_at <= m.start()]
