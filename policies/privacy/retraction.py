"""A word taken back as soon as it is written: "I'm on the picket -- sorry, autocorrect, the pickleball ladder",
"Mo's at the clinic, I mean the climbing wall". The word the writer corrects away
was never said of anyone, so a cue that ends right before the correction is no finding.

Only a correction that puts another word in its place counts: "on the picket line -- sorry, I meant to tell you"
goes on to something else, "autocorrect mangled my last message" blames autocorrect for a different one, and a
starred word after the cue is emphasis as often as a correction ("she's in rehab *again*")."""

from __future__ import annotations

import re

_CORRECTED = re.compile(
    r"\s*(?:-{1,2}|—|–|,|\.{3}|…|\()?\s*(?:(?:sorry|oops|whoops|ugh|argh|lol)[,!.]?\s*)?"
    r"(?:(?:(?:stupid|damn|bloody|darn) )?auto-?correct(?:ed)?\s*[,:;!—–-]|typo\s*[,:;!—–-]|"
    # "I mean the climbing wall"; not "I mean, he's there" (which says it again) nor "I meant to tell you"
    r"I mean(?:t)? (?!to\b|it\b|that\b|this\b|he\b|she\b|they\b))",
    re.IGNORECASE,
)


def retracted(text: str, cue_end: int) -> bool:
    """Whether the writer corrects the word that ends at ``cue_end`` right after it."""
    return _CORRECTED.match(text, cue_end) is not None
