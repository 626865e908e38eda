"""A rival's name used for something else: a building ("they've moved, they're in Kestrel House now") or the
customer's own product line ("the marketing team launching our new Brightwave LED range"), or a fellow member of
the customer's association ("a proud member of the Harbour Alliance, alongside Kestrel CRM"). None is a vendor
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

# a list of the association's members the vendor is in: "member of the X Alliance, alongside A, Kestrel CRM and
# others", "fellow members include Lumora"
_FELLOW_MEMBER = re.compile(
    r"\b(?i:members?|membership) (?i:of|in) (?:the )?(?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][\w&'’-]*,?\s+"
    r"(?i:alongside|along with|together with)\s+$|\b(?i:fellow members?)\s+(?i:include|includes|are)\s+$"
)
# ... the other members listed before it: "alongside Harbor Freight Co, Kestrel CRM"
_LISTED = re.compile(r"(?:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2},?\s+(?:and\s+)?){0,4}$")


def rival_homonym(text: str, start: int, end: int) -> bool:
    """Whether the rival's name at ``start``..``end`` names a building or the customer's own product line."""
    if _PLACE_AFTER.match(text, end) or _fellow_member(text, start):
        return True
    return bool(_OWN_BEFORE.search(text, max(0, start - 30), start) and _LINE_AFTER.match(text, end))


def _fellow_member(text: str, start: int) -> bool:
    listed = _LISTED.search(text, max(0, start - 120), start)
    at = listed.start() if listed else start
    return _FELLOW_MEMBER.search(text, max(0, at - 120), at) is not None
