"""Sarcasm by mock patience and by disbelief, read beside a failure of ours the customer reports (sentiment.py):

- patience offered while saying what the failure cost them: "Oh, take your time, it's not like I promised our
  director a demo this morning", "It's not as if we had customers waiting";
- our promise answered with disbelief: "Sure you will.", "Yeah, right.", "Of course you will."

Plain patience ("Take your time, no rush") and a reassurance ("it's not like we lost any data") stay sincere: the
thing "not like" must be something they had riding on it (a promise, a plan, people waiting).
"""

from __future__ import annotations

import re

MOCK_PATIENCE = re.compile(
    r"\b(?:it's|it is|it isn't|it's not) (?:not )?(?:like|as if|as though) (?:I|we|my [\w-]+|our [\w-]+|anyone|anybody)"
    r"(?: [\w-]+){0,2}? (?:promised|had (?:promised|planned|booked|scheduled|anything|a |an |customers|people|clients"
    r"|somewhere|better)|needed|need|have (?:anything|a |an |customers|people|clients|deadlines|somewhere|better)"
    r"|were (?:counting|relying|waiting|depending)|was (?:counting|relying|waiting|depending)|planned|booked"
    r"|scheduled|told (?:my|our|the) )"
    r"|^(?:(?:oh|well|no|yes),? )?(?:sure,? )?(?:sure|yeah|yes|of course),? (?:you will|you do|you are|you have|it will"
    r"|it is|they will|you'll fix it|whatever you say)[.!]*$"
    r"|^(?:(?:oh|well),? )?yeah,? right[.!]*$",
    re.IGNORECASE,
)
