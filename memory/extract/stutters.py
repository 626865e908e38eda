"""A small word said twice in a row, as speech does while the speaker thinks: "Lars Becker, the, the group CIO",
"spoke w the the ops lady". The readers key on "the group CIO" after a name; the repeat would hide it."""

from __future__ import annotations

import re

# only the small words a name's title or a firm follows ("Lars Becker, the, the group CIO"); "that that" and "had
# had" can be meant, and a repeated pronoun hides nothing the readers want
_WORDS = ("the", "a", "an", "to", "our", "their", "his", "her", "my")
_REPEATED = re.compile(r"\b(" + "|".join(_WORDS) + r")(?:,?[ \t]+\1)+\b(?!['’])", re.IGNORECASE)
# the cheap test first (plain substring searches on the lower-cased text): most texts repeat none of them
_HINTS = tuple(h for w in _WORDS for h in (f" {w} {w} ", f" {w}, {w} "))


def unstuttered(text: str) -> str:
    """``text`` with a small word said twice (or more) in a row said once."""
    low = " " + text.lower()
    if not any(h in low for h in _HINTS):
        return text
    return _REPEATED.sub(r"\1", text)
