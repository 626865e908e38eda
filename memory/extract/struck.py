"""Text struck through in a pasted note ("~~close EOM~~ mid-July now", "<del>$96k</del> $92k"): the writer took
it back. It is kept, followed by a spoken correction, so the readers that already let a correction's later value
win (amount, close date) read the struck value as the one replaced."""

from __future__ import annotations

import re

# one line's struck run, markdown or HTML; not a lone "~~" or "~30k" (an approximate figure)
_STRUCK = re.compile(r"~~(?=\S)([^~\n]{1,200}?)(?<=\S)~~|<(s|del|strike)>([^<\n]{1,200})</\2>", re.IGNORECASE)


def unstrike(text: str) -> str:
    """``text`` with each struck run said as taken back: "~~close EOM~~ actually" -> "close EOM, scratch that,
    actually"."""
    return _STRUCK.sub(lambda m: (m.group(1) or m.group(3)).rstrip(" ,.;") + ", scratch that, ", text)
