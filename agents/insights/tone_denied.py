"""Worries named only to be denied, for the tone: "Not that the price is a problem", "nobody's asking you for a
discount". VADER reads the worry word ("problem", "discount" in our phrases) and misses a negation further than three
words off, so the denial itself is taken out before scoring: the rest of the sentence says how they feel.
"""

from __future__ import annotations

import re

_WORRY = r"(?:problem|issue|concern|worry|obstacle|blocker|sticking point|complaint|objection)s?"
DENIED_WORRY = re.compile(
    # "not that the price is a problem", "not that it's an issue"
    r"\bnot that (?:[\w'-]+ ){0,4}?(?:is|was|'s|are|were|would be) (?:a |an |any )?(?:real |big |major )?"
    + _WORRY
    + r"\b"
    # "nobody's asking you for a discount", "no one is complaining about the price"
    r"|\b(?:nobody|no one|no-one)(?:'s| is| was| has been)? (?:asking|complaining|unhappy|worried|upset|pushing"
    r"|objecting)\b(?: (?:you |us )?(?:for|about|on|at) (?:a |an |the |any )?[\w-]+)?",
    re.IGNORECASE,
)


def without_denied_worry(sentence: str) -> str:
    """The sentence with each denied worry taken out ("Not that the price is a problem, it isn't." keeps "it isn't")."""
    return DENIED_WORRY.sub(" ", sentence)
