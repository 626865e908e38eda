"""A first name said alone, placed as a person by a conversation with them and a pronoun for them after:
"Chatted w/ Yusuf at the mixer, he's on NorthPeak today", "had coffee with Ines; she says ...".

Both are needed: "spoke with Gartner" names a firm, and "met Jordan's team" may; only a person is a he or a she."""

from __future__ import annotations

import re

_TALKED_BEFORE = re.compile(
    r"\b(?:chatted|chatting|spoke|speaking|talked|talking|met up|caught up|had (?:a )?(?:call|coffee|lunch|chat|"
    r"drink|drinks|beer)|grabbed (?:a )?(?:coffee|lunch|beer))[ \t]+(?:with|w/|to)[ \t]+$|\bmet[ \t]+(?:with[ \t]+)?$",
    re.IGNORECASE,
)
# the pronoun in the same sentence or the next, before another name could take it: "..., he's on NorthPeak"
_PRONOUN_AFTER = re.compile(r"^[^.!?\n]{0,60}?(?:[.!?]\s+)?[^.!?\n]{0,30}?\b(?:he|she|he's|she's|he'd|she'd)\b", re.I)


def talked_with(before: str, name: str, after: str) -> bool:
    """Whether the single ``name`` between ``before`` and ``after`` is someone the writer talked with, called he or
    she; not a possessive ("met Jordan's team": whose team is a firm's as often as a person's)."""
    if name.endswith(("'s", "’s")):
        return False
    return bool(_TALKED_BEFORE.search(before) and _PRONOUN_AFTER.match(after))
