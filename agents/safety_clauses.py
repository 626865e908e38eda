"""Request patterns read clause by clause: "how much commission am I getting - want to know before I book flights"
holds its request in one clause, and a pattern run over the whole message would join words of two requests."""

from __future__ import annotations

import re

from agents.offline.lexicon import normalised

_CLAUSE = re.compile(r"(?<=[.!?;\n])\s*|\s+[-–—]+\s+|,\s+and\s+")


def in_a_clause(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches one of ``text``'s clauses, each ``normalised`` (lower case, spaced ends)."""
    return any(pattern.search(normalised(clause)) for clause in _CLAUSE.split(text) if clause.strip())
