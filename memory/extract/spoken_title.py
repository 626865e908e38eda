"""A title said in a voice note after an aside about the person, with fillers around it: "Nadia Sokolova, she
joined them from Stackline in January, she's, like, head of revenue now", "Ravi Menon, who took over the team
last spring, he's, um, basically the ops director".

Only a title ending on a title's head word counts ("she's, like, really keen on it" gives none).
"""

from __future__ import annotations

import re

from memory.extract.roles import heads_title, valid_role

_FILLER = r"(?:,?\s*(?:like|um+|uh+|er|erm|you know|i think|basically|kind of|sort of|now)\b,?)*"
_ASIDE_THEN_TITLE = re.compile(
    r"\s*,\s*(?:who|she|he)\s[^.;!?\n()]{2,80}?,\s*(?:she|he)(?:['’]s| is)\b"
    + _FILLER
    + r"\s*(?:the |their |a |an )?([^,.;:!?\n()/]{2,40})",
    re.IGNORECASE,
)
# a time word closing the title is no part of it: "head of revenue now"
_TRAILING = re.compile(r"\s+(?:now|these days|nowadays|at the moment|currently|again)$", re.IGNORECASE)


def title_after_aside(text: str, end: int) -> str | None:
    """The title said after an aside about the person whose name ends at ``end``, or None."""
    m = _ASIDE_THEN_TITLE.match(text, end)
    if m is None:
        return None
    role = valid_role(_TRAILING.sub("", m.group(1).strip()))
    return role if role and heads_title(role) else None
