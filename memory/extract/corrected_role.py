"""A title the speaker takes back at once for another: "she's head of procurement, no wait, sorry, she's deputy
head of procurement", "the CFO — I mean, the finance director". The title said after the correction is the one."""

from __future__ import annotations

import re
from collections.abc import Callable

from memory.extract.role_words import ROLE_WORDS

# the correction straight after the first title, then the second title (group 1), "she's" or an article before it
_CORRECTED = re.compile(
    r"\s*[,;—–-]?\s*(?:(?:no|wait|sorry(?!\s+(?:for|about|to)\b)|i mean|i meant|or rather|make that|scratch that|"
    r"correction|actually)\b[,.…]?\s*)+"
    # ... the old title told as past first: "correction, he was CIO, he's now the CTO"
    r"[,—–-]?\s*(?:(?:she|he) (?:was|used to be) [^,.;!?\n()]{2,40},\s*)?"
    r"(?:(?:she|he)(?:['’]s| is)\s+)?(?:now\s+)?(?:the |their |a |an )?([^,.;!?\n()]{2,60})",
    re.IGNORECASE,
)


def corrected_role(tail: str, role: str, valid: Callable[[str], str | None]) -> str | None:
    """The title said in place of ``role`` straight after it in ``tail`` (the text after the name), if any;
    ``valid`` trims a candidate to a title or rejects it."""
    at = tail.find(role)
    if at < 0:
        return None
    m = _CORRECTED.match(tail, at + len(role))
    new = valid(m.group(1)) if m else None
    # a title, not what follows an apology: "Dana (CFO), sorry, running late"
    return new if new and any(w.strip(".,").lower() in ROLE_WORDS for w in new.split()) else None
