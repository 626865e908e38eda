"""A special-category word quoted as the name of a value in a system: a type, an option, a field or a code of a
product or a form ("does the HR module have a separate 'sick leave' absence type", "add a 'Union member' option
to the picklist"). The quotes and the noun after them make the word a label someone configures, said of no one.

Quoted words that stay a person's: scare quotes with no label after them ("Ana is on 'sick leave' again"), and a
label that is someone's ("his 'sick leave' status")."""

from __future__ import annotations

import re

_QUOTES = "'\"‘’“”"
_LABEL_AFTER = re.compile(
    r"\s*(?:[\w-]+ ){0,2}?(?:types?|options?|fields?|categor(?:y|ies)|codes?|values?|labels?|status(?:es)?|tags?|"
    r"reasons?|columns?|picklists?|dropdowns?|entr(?:y|ies)|settings?|flags?|enums?|buckets?|checkbox(?:es)?|"
    r"menu items?|list items?)\b",
    re.IGNORECASE,
)
# whose label it is, just before the opening quote ("Ana's 'sick leave' status")
_OWNER_BEFORE = re.compile(r"(?:\b(?:his|her|their|my|your)|\w(?:'s|’s))\s*$", re.IGNORECASE)


def a_quoted_label(text: str, start: int, end: int) -> bool:
    """Whether the cue at ``start``..``end`` is inside quotes that name a label of a system, and no one's."""
    opening = _quote_before(text, start)
    closing = _quote_after(text, end)
    if opening is None or closing is None:
        return False
    if _OWNER_BEFORE.search(text, 0, opening) is not None:
        return False
    return _LABEL_AFTER.match(text, closing + 1) is not None


def _quote_before(text: str, start: int) -> int | None:
    """The opening quote of the cue's quoted words (at a word's start, not an apostrophe), if any."""
    for i in range(start - 1, max(start - 40, -1), -1):
        if text[i] in _QUOTES:
            return i if i == 0 or not text[i - 1].isalnum() else None
    return None


def _quote_after(text: str, end: int) -> int | None:
    """The closing quote of the cue's quoted words (at a word's end), if any."""
    for i in range(end, min(end + 40, len(text))):
        if text[i] in _QUOTES:
            return i if i + 1 == len(text) or not text[i + 1].isalnum() else None
    return None
