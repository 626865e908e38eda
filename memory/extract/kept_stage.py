"""A stage the writer says to keep, with no "in"/"at" before it: "nothing signed, keep it Engaging", "leave this
one Prospecting". Written as the CRM's label (capitalised), or lower case with "for now" after it; not "keep it
engaging" said of a demo or a talk ("keep it engaging, they get bored")."""

from __future__ import annotations

import re

_KEEP = (
    r"\b(?i:keep(?:ing|s)?|kept|leav(?:e|es|ing)|left)\s+"
    r"(?i:it|this(?: one| deal| opp\w*)?|th(?:e|at) (?:deal|opp\w*))\s+"
)
_KEPT_LABEL = re.compile(_KEEP + r"(Prospecting|Engaging|Won|Lost|PROSPECTING|ENGAGING)\b(?!['’])")
_KEPT_FOR_NOW = re.compile(_KEEP + r"(?i:(prospecting|engaging))\s+(?i:for now|for the moment|until)\b")


def kept_stage(text: str) -> list[tuple[int, str]]:
    """Where each stage the writer says to keep is said, with the stage in lower case."""
    found = [(m.start(), m.group(1).lower()) for m in _KEPT_LABEL.finditer(text)]
    return found + [(m.start(), m.group(1).lower()) for m in _KEPT_FOR_NOW.finditer(text)]
