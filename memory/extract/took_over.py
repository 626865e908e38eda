"""A title the person has just taken on, said after the name: "Jürgen Maier now, he took over as plant director",
"Ana Ruiz, who stepped in as interim CFO in May"; or one told to the person addressed ("Aisha, you're the sales
ops analyst on this"). Kept apart from ``roles`` (at its size limit).

Only lower-case words between the name and the verb, so another person named there ("Jo said Ana took over as
CFO") is not given the title; and the words after "as" must make a title ("took over as our contact" gives none).
"""

from __future__ import annotations

import re

from memory.extract.roles import valid_role

_TOOK_OVER = re.compile(
    r"[a-z ,'’]{0,20}?\b(?:(?:has|had|just|recently|now) )*"
    r"(?:took over|taken over|takes over|stepped in|stepped up|moved up|came (?:in|on board)|started|joined(?: us)?)"
    r" as (?:(?:the|their|our|a|an|new) )*"
    r"([A-Za-z][A-Za-z -]{1,40}?)(?=\s+(?:in|on|at|from|since|after|last|this|back)\b|\s*(?:[,.;:!?\n)]|$))"
)


# a title told to the person addressed: "(Aisha, you're the sales ops analyst on this, ...)", "Tom, you are our
# project lead here"; not "Tom, you're the best" (no title's word, so ``valid_role`` gives none)
_ADDRESSED = re.compile(
    r",\s*you(?:['’]re| are) (?:the|our|my) ([a-z][a-z -]{1,40}?)(?=\s+(?:on|for|in|here|now)\b|\s*(?:[,.;:!?\n)]|$))"
)


def took_over_role(text: str, end: int) -> str | None:
    """The title in "<name> ..., he took over as <title>" just after ``end`` (where the name ends), or None."""
    m = _TOOK_OVER.match(text, end)
    return valid_role(m.group(1)) if m else None


def addressed_role(text: str, end: int) -> str | None:
    """The title in "<name>, you're the <title>" just after ``end`` (where the name ends), or None."""
    m = _ADDRESSED.match(text, end)
    return valid_role(m.group(1)) if m else None
