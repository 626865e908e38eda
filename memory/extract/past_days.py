"""Days counted back from the note's date, for a win or a loss told after the fact: "signed yesterday",
"came back signed last night", "she signed the day before yesterday" (two days back, not one)."""

from __future__ import annotations

DAYS_BACK = r"\b(?:(?:the )?day before )?(?:yesterday|last night)\b"


def days_back(said: str) -> int:
    """How many days before the note ``said`` (a match of ``DAYS_BACK``) points."""
    return 2 if said.lower().lstrip().startswith(("the day before", "day before")) else 1
