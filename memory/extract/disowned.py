"""A figure the note itself says is something other than this deal's value, said right after it: "the ~half a
million they mentioned is their total IT budget line for the year, not our deal", "the 2M is the whole programme's
budget". Kept apart from ``amount`` (at its size limit)."""

from __future__ import annotations

import re

# within the figure's own sentence, before any other figure: what it is, a budget of theirs; or that it is not ours
_DISOWNED = re.compile(
    r"[^.;!?\n\d]{0,40}?\b(?:is|was|are|were|'s|’s)\s+(?:just\s+|only\s+|really\s+)?(?:their|the|its|his|her)\s+"
    r"(?:[\w-]+\s+){0,4}?budget\b(?!\s+(?:for|on|of)\s+(?:this|the|our)\s+(?:deal|project|order|purchase|rollout))"
    r"|[^.;!?\n\d]{0,80}?(?:,|—|–|-)\s*(?:but\s+)?(?:not|isn't|is not|that's not|which is not|which isn't)\s+"
    r"(?:for\s+)?(?:our|this|the)\s+(?:deal|opp\w*|order|quote|number)\b",
    re.IGNORECASE,
)


def disowned(sentence: str, end: int) -> bool:
    """Whether the figure ending at ``end`` in ``sentence`` is said, straight after, to be no value of this deal."""
    return _DISOWNED.match(sentence, end) is not None
