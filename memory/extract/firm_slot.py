"""Where a firm's name stands in a note, written as the account writes it: an attendee's bracket "(Acme Rubber, Head
of IT)", or a title line "Subject: Acme Rubber / renewal". There a long account's first two words name it, as its
full name would (``fields._named_short``); elsewhere two capitalised words may be anything ("New York")."""

from __future__ import annotations

import re

_SLOT_BEFORE = re.compile(r"(?:\(|\b(?:title|subject|account|customer|re):[ \t]*)$", re.IGNORECASE)
_SLOT_AFTER = re.compile(r"[ \t]*[,;/)]")  # the bracket goes on with the role, or closes


def org_slot(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``..``end`` is written capitalised in a slot that names a firm."""
    return (
        text[start].isupper()
        and bool(_SLOT_BEFORE.search(text, max(0, start - 10), start))
        and (text[start - 1] != "(" or _SLOT_AFTER.match(text, end) is not None)
    )
