"""A rival's name used for something else: a building ("they've moved, they're in Kestrel House now") or the
customer's own product line ("the marketing team launching our new Brightwave LED range"). Neither is a vendor
competing for the deal."""

from __future__ import annotations

import re

# a place named after the word, capitalised as a name is: "Kestrel House", "Quorvia Tower", "Lumora Business Park"
_PLACE_AFTER = re.compile(
    r"(?:\s+[A-Z][\w-]*)?\s+(?:House|Tower|Towers|Building|Park|Plaza|Centre|Center|Court|Square|Street|Road|"
    r"Avenue|Lane|Hall|Quay|Wharf|Estate|Campus|Station|Hotel|Arena)\b"
)
# the customer's own line of products: "our new Brightwave LED range", "their Lumora product line"
_OWN_BEFORE = re.compile(r"\b(?:our|their|its)\s+(?:(?:own|new|latest|flagship)\s+){0,2}$", re.IGNORECASE)
_LINE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:range|product line|product range|line of products|brand|collection|series)\b",
    re.IGNORECASE,
)


def rival_homonym(text: str, start: int, end: int) -> bool:
    """Whether the rival's name at ``start``..``end`` names a building or the customer's own product line."""
    if _PLACE_AFTER.match(text, end):
        return True
    return bool(_OWN_BEFORE.search(text, max(0, start - 30), start) and _LINE_AFTER.match(text, end))
