"""A reply that shuts us out, in forms tone_reserve.py does not cover: the decision taken inside with nothing
promised back ("We will decide internally.", "We'll discuss it internally."), and a fix of ours noted in a word with
no thanks ("Working.", "Works now.", "Fixed."). Together, or beside a bare promise, they make a reply that only
acknowledges (sentiment.py reads it as curt after warmth); "Works now, thank you!" or "we'll discuss internally and
come back to you on Friday" say more and stay out.
"""

from __future__ import annotations

import re

# the decision kept inside: "We will decide internally.", "Will discuss internally.", "We decide internal." (not a
# time with it: that is a reply)
DECIDED_INSIDE = re.compile(
    r"(?:(?:we|i)(?:'ll| will| shall| are going to| must)?|will) (?:decide|discuss|think|talk|consider|review"
    r"|deliberate|see)(?: (?:it|this|that|about it|on it|further))? (?:internally|internal|in-?house|among ourselves"
    r"|amongst ourselves|between us)(?: first)?[.!]?",
    re.IGNORECASE,
)
# a fix of ours noted in a word: "Working.", "Works now.", "It works.", "Fixed now.", "Running again."
FIX_NOTED = re.compile(
    r"(?:(?:it|login|access|the [\w-]+) )?(?:(?:is )?working|works|(?:is )?fixed|(?:is )?running)"
    r"(?: (?:now|again|now again))?[.!]?",
    re.IGNORECASE,
)
