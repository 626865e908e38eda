"""A customer's out-of-office reply pasted into a note as "> " lines: its words are the customer's, so "please
contact my colleague Anneke Visser" names one of theirs, not ours. Read by ``mail_sides``, which otherwise knows a
quoted mail as the customer's only by its "> From:" line."""

from __future__ import annotations

import re

_AUTO_REPLY = re.compile(
    r"\b(?:automatic reply|auto-?reply|autoreply|out of (?:the )?office|ooo\b|away from (?:the )?office|"
    r"on (?:annual |parental )?leave until|abwesenheitsnotiz|afwezigheidsbericht)",
    re.IGNORECASE,
)


def in_quoted_auto_reply(masked: str, at: int) -> bool:
    """Whether ``at`` is in a block of "> " lines that an out-of-office reply opens (before ``at``)."""
    start = masked.rfind("\n", 0, at) + 1
    if not masked[start:at].lstrip().startswith(">"):
        return False
    while start > 0:  # back to the block's first "> " line
        prev = masked.rfind("\n", 0, start - 1) + 1
        if not masked[prev:start].lstrip().startswith(">"):
            break
        start = prev
    return _AUTO_REPLY.search(masked, start, at) is not None
