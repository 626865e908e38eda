"""What trails a question without asking anything new: the figure of the one just asked for ("who's got the best wr
on the team and what is it", "top rep by won rev (how much)") and why the asker wants it ("... - wanna shadow them",
"- need it for my 1:1"). Its "it" or "them" points at the answer, so it must not make the clause read as a
follow-up to something said before."""

from __future__ import annotations

import re

# "... and what is it", "... and what's that", "(how much)", "- how much?": the leader's own figure
_ITS_FIGURE = re.compile(
    r"(?:\s*[,(-]\s*|\s+)(?:and\s+|&\s+|\+\s+)?(?:what(?:'s|s| is| was) (?:it|that|the number|the figure|their number)"
    r"|how much(?: is it| was it| is that| was that| do they have| did they do)?)\s*\)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "... - wanna shadow them", "- need it for my 1:1", "- trying to get a feel": a purpose, not a request; not "- want
# to know how many I lost" (a question of its own)
_PURPOSE = re.compile(
    r"\s+[-–—(]\s*(?:i\s+|i'?m\s+|im\s+)?(?:wanna|want to|need to|need (?:it|them|this)|trying to|gonna|going to"
    r"|hoping to|so (?:i|we) can)\b(?![^?]*\b(?:know|see|check|find out|how|what|which|who)\b)[^?]*$",
    re.IGNORECASE,
)

# "... in total so i know how bad it is", "so we can see where we stand": why it is asked, with no dash before it
_SO_I_KNOW = re.compile(
    r"\s+so (?:that )?(?:i|we) (?:know|can see|see|get a sense of|understand|can gauge|can tell)\b[^?]*$", re.IGNORECASE
)


def without_trailing_asides(clause: str) -> str:
    """``clause`` without the purpose remark and the leader's-figure request that may close it."""
    return _ITS_FIGURE.sub("", _SO_I_KNOW.sub("", _PURPOSE.sub("", clause)))
