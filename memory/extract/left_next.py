"""A person said to have left in the sentence after the one that names them, by "he"/"she": "Ran into Ivo Lind at
the expo. He used to run their IT but left for Initech in May." The pronoun is theirs when no other capitalised
word follows the name in its own sentence (as for a title said the same way, ``roles.role_next_sentence``). Also a
bare "left" dated straight after the name: "Paul Reyes left in Oct, she runs it now"."""

from __future__ import annotations

import re

_NEXT_SAYS_LEFT = re.compile(
    r"([^.;!?\n]{0,70}?)[.!?]\s+(?i:he|she)(?:['’]s)?\s+(?i:(?:has|had|just|recently|actually|already|since)\s+)*"
    # or after what they used to do: "He used to be their IT lead but left for ..."
    r"(?i:used to [^.;!?\n]{2,50}?\b(?:but|and)\s+(?:then\s+|has\s+|since\s+)?)?"
    r"(?i:has left|had left|left (?:for|to join)\s+(?:the\s+)?(?-i:[A-Z§¤])"
    r"|left (?:the (?:company|business|firm)|them)\b|(?:is|are) no longer (?:with|at|there)|no longer works"
    r"|resigned|retired|moved on|departed)"
)


def left_next_sentence(text: str, end: int) -> bool:
    """Whether the sentence after the one the name ending at ``end`` closes says, of "he"/"she", that they left."""
    m = _NEXT_SAYS_LEFT.match(text, end)
    return m is not None and not re.search(r"[A-Z]", m.group(1))


# a bare "left" straight after the name (a title in brackets may come between), dated by a month or "recently": "her
# old boss Paul Reyes left in Oct", "Ana Gil (CTO) left end of May"; not a trip ("left in May for the offsite, back
# Monday") nor "left early"
_LEFT_DATED = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+left (?:(?:back |earlier )?in |(?:at )?(?:the )?(?:end|start|beginning|middle) of )?"
    r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|recently"
    # ... or by a season: "Lars Brekkesto left in the spring", "Ana left last autumn"
    r"|(?:the |last |this )?(?:spring|summer|autumn|fall|winter))\b"
    r"(?![^.;!?\n]{0,50}\b(?i:back|return\w*|holiday|vacation|leave|trip|offsite|conference|for the day)\b)"
)


def left_dated(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a dated bare "left": that person left."""
    return _LEFT_DATED.match(text, end) is not None
