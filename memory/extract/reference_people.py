"""A person at another customer, named as a reference: "Palomar Inns told us good things, Gil Ventura there says
you were great", "same setup as for Kettering Labs (Nora Quist was our champion there)". "There" points back to
the firm just named, so the person is that firm's, not the account's contact."""

from __future__ import annotations

import re

from memory.extract.firm_words import FIRM_WORDS

# "Gil Ventura there", "Nora Quist was our champion there": a few words, then "there" closing the clause
# (not being there: "Jo Hart was there too", nor "there is")
_THERE_AFTER = re.compile(
    r"(?:[ \t]+[\w'’]+){0,4}?(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbeen)[ \t]+there\b"
    r"(?![ \t]+(?:is|are|was|were|will|'s)\b)"
)
_FIRM_BEFORE = re.compile(
    r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} (?:" + "|".join(w.capitalize() for w in FIRM_WORDS) + r")\b"
)


def at_reference_firm(masked: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` is placed "there", at a firm named just before it (not the
    account, masked ``¤``, which would make them the account's)."""
    if not _THERE_AFTER.match(masked, end):
        return False
    before = masked[max(0, start - 100) : start]
    firms = list(_FIRM_BEFORE.finditer(before))
    return bool(firms) and "¤" not in before[firms[-1].end() :]
