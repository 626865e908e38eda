"""Titles written next to a name with no punctuation to set them off, as a hurried chat post writes them: "spoke w/
Ewa Nowak their head of procurement.", and a function naming who stands for it in brackets: "procurement (Tobias
Kral) raises the PO". Kept apart from ``roles`` (at its size limit)."""

from __future__ import annotations

import re

# "their" straight after the name, the title closing its clause: "Ewa Nowak their head of procurement." (not "told
# Ewa their CFO would sign": the words go on, a clause of its own)
_THEIR_AFTER = re.compile(r"^[ \t]+their[ \t]+([A-Za-z][\w&/ -]{1,40}?)(?=[ \t]*(?:[,.;:!?)\n]|$))", re.IGNORECASE)
# a function alone opening a clause, the bracket holding one full name: ", procurement (Tobias Kral)"
_FUNCTION_BRACKET = re.compile(
    r"(?:^|[,;:\n]|\band|\bwith)[ \t]*(?:the[ \t]+|their[ \t]+)?"
    r"(procurement|purchasing|finance|legal|(?-i:IT)|hr|ops|operations|marketing|security|compliance)[ \t]*\([ \t]*$",
    re.IGNORECASE,
)
# the bracket holds a full name alone (two or three capitalised words) and closes with no colon after it
_FULL_NAME_ALONE = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){1,2}[ \t]*\)(?![ \t]*:)")


def their_title_after(tail: str, heads: frozenset[str]) -> str | None:
    """The title after "their" straight after a name (``tail`` starts where the name ends), when its head word
    (one of ``heads``) ends the phrase or stands before its field: "head of procurement", "ops lead"."""
    m = _THEIR_AFTER.match(tail)
    if m is None:
        return None
    role = m.group(1).strip()
    return role if role.lower().split(" of ")[0].split()[-1] in heads else None


def function_bracketing(before: str, after: str) -> str | None:
    """A function alone just before the bracket that opens on a full name (``after`` starts with it): "procurement
    (Tobias Kral)", the department's person; a department before a single word in brackets may name a system."""
    if not before.endswith("(") and not before.rstrip(" \t").endswith("("):
        return None
    m = _FUNCTION_BRACKET.search(before[-40:])
    return m.group(1) if m and _FULL_NAME_ALONE.match(after) else None
