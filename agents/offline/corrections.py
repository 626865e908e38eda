"""A period taken back mid-message: "closed-won $ for Q3 so far?? wait no, I mean Q2", "in october.. ugh no,
september", "in may - no wait, april". The period named after the correction replaces the one named before it, so
the rest of the message is read as if it had been typed right the first time."""

from __future__ import annotations

import re
from datetime import date

from agents.period_words import plain
from agents.periods import find_period

# the words that take something back; a bare "no" or "I mean" counts only when a period follows (checked below)
_MARKER = re.compile(
    r"(?:^|(?<=[\s.,;:!?\-–—]))(?:(?:ugh|oh|oops|argh|hmm|erm|sorry|actually|wait)[,!.]*\s+)?"
    r"(?:(?:wait[,!.]*\s+)?no\b|no[,!.]*\s+wait\b|i mean\b|i meant\b|scratch that\b|make that\b|correction\b)"
    r"[,!.:]*\s*(?:(?:sorry|wait)[,!.]*\s+)?(?:i mean[t]?\b[,:]?\s*|make (?:that|it)\b\s*)?",
    re.IGNORECASE,
)


def period_corrected(text: str, today: date) -> str:
    """``text`` with a period taken back replaced by the one that corrects it; unchanged when nothing is."""
    for marker in _MARKER.finditer(text):
        head, tail = text[: marker.start()], text[marker.end() :]
        words = plain(tail).split()[:4]
        new = next((p for n in range(1, len(words) + 1) if (p := find_period(" ".join(words[:n]), today))), None)
        if new is None:
            continue  # "no, I mean the won ones": what is corrected is no period
        old = find_period(head, today)
        if old is None or not old.phrase or (old.start, old.end) == (new.start, new.end):
            continue
        said = re.compile(r"\b" + r"\W+".join(map(re.escape, old.phrase.split())) + r"\b", re.IGNORECASE)
        spans = [m.span() for m in said.finditer(head)]
        if not spans:
            continue
        start, end = spans[-1]
        return f"{head[:start]}{head[end:]}{text[marker.start() :]}"  # the words around it keep their reading
    return text
