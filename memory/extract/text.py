"""Text helpers shared by the field readers: sentences of a terse note, and lower case that keeps offsets."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|\n|\s/\s")
_FULL_STOP = re.compile(r"[.!?]+(?=\s|$)|\n|\s/\s")


def sentences(text: str, *, semicolons: bool = True) -> list[tuple[int, str]]:
    """``(offset, sentence)`` pairs; a line break or " / " also ends one (terse notes). Decimal points
    and "w/" do not."""
    out = []
    start = 0
    for m in (_SENTENCE_END if semicolons else _FULL_STOP).finditer(text):
        if text[start : m.end()].strip():
            out.append((start, text[start : m.end()]))
        start = m.end()
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


def lowered(text: str) -> str:
    """``text`` in lower case with every offset unchanged, so patterns can run case-sensitively on it (several
    times faster than ``re.IGNORECASE``) and their positions still point into ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ" lowers to two characters
