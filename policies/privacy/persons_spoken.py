"""People as a voice note's auto-transcript writes them: no apostrophes and no capitals ("hes starting",
"shes out", "mr brennan says"). "hes"/"shes" are no other words; a lower-case title is one only before a word
that could be a surname, not before a product or a small word ("ms office", "ms teams", "mr and mrs")."""

from __future__ import annotations

import re

_SPOKEN = re.compile(
    r"(?-i:\b(?:hes|shes)\b|\b(?:mr|mrs|ms|dr|mister|missus) (?!(?:and|or|the|to|of|office|teams|word|excel|access|"
    r"project|windows|azure|dynamics|sql|edge|outlook)\b)[a-z]{3,})"
)


def a_spoken_person(text: str) -> bool:
    """Whether ``text`` names a person the way a transcript of speech does."""
    return _SPOKEN.search(text) is not None
