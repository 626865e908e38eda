"""Organisations masked out of a note before its people are read: each name overwritten with a mask character
of the same length (the account ``¤``, other organisations ``§``), so no person's name is made of a firm's words
and every offset stays where it was; the mask is undone in a role read from the masked text."""

from __future__ import annotations

import re
from collections.abc import Iterable


def first_word(account: str | None) -> str | None:
    """A long account name's first word, by which a note may name it ("Mark Genco as Lost" for Genco Pura Olive
    Oil Company); masked only as written, capitalised, so "a massive deal" keeps its word."""
    words = [w for w in (account or "").split() if w.lower() != "the"]
    return words[0] if len(words) > 1 and len(words[0]) >= 5 and words[0][0].isupper() else None


def unmasked(role: str, shown: dict[str, str]) -> str:
    """``role`` with each masked organisation written out again: mask characters never reach the output."""
    return re.sub(r"¤+|§+", lambda m: shown.get(m.group(0), m.group(0)), role) if "¤" in role or "§" in role else role


def mask(
    text: str,
    names: Iterable[str | None],
    char: str,
    shown: dict[str, str],
    *,
    cased: bool = False,
    keep: re.Pattern[str] | None = None,
) -> str:
    """Organisation names overwritten (same length), so no person name is made of them; ``shown`` learns which
    name each run of ``char`` hides; none where ``keep`` matches just before."""

    def hide(m: re.Match[str]) -> str:
        if keep is not None:
            window = keep.finditer(m.string, max(0, m.start() - 30), m.end() + 48)
            if any(given.end() == m.start() for given in window):
                return m.group(0)
        shown.setdefault(char * len(m.group(0)), m.group(0))
        return char * len(m.group(0))

    for name in sorted({n for n in names if n}, key=len, reverse=True):
        text = re.sub(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", hide, text, flags=0 if cased else re.IGNORECASE)
    return text
