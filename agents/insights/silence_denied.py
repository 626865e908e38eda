"""An absence denied, not announced: "No out-of-office, no holiday mentioned" in our contact log, "she's not on leave,
I checked", "no holiday plans this summer". The cue word for time away is there, but it says nobody is away, so the
silence still counts (gone_quiet). Only a denial right before the cue counts: "I can't reply until the 9th" keeps
its "until", a waiting period the writer announces.
"""

from __future__ import annotations

import re

_DENIED_BEFORE = re.compile(r"\b(?:no|without(?: an?| any)?|never)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\bnot\s+(?:(?:on|away on|off on|currently on)\s+)?$", re.IGNORECASE)
# a wait is never denied this way: "not until the audit is over", "no decision until the board" announce one
_WAIT = re.compile(r"until|till|after|before|back|return|when|no news|nothing", re.IGNORECASE)


def absence_denied(sentence: str, cue: re.Match[str]) -> bool:
    """The absence ``cue`` found in ``sentence`` is denied by the words just before it."""
    if _WAIT.match(cue.group(0)):
        return False
    before = sentence[: cue.start()]
    return _DENIED_BEFORE.search(before) is not None or _NOT_BEFORE.search(before) is not None
