"""Whose figures a later part of a list asks for when it does not say: "for my team: won revenue in October, won
revenue for November to date" asks both of the team. A part read alone falls back to the asker's own deals; when
it names no one, not even the asker, the whose of the first part carries over instead."""

from __future__ import annotations

import re
from dataclasses import replace

from agents.offline import lexicon as lx
from agents.offline.question import Question

_SELF_WORDS = (*lx.SELF_WORDS, "me", "i'll")  # the asker named, as the parser reads it, and "me"
_SELF = re.compile(r"\b(?:" + "|".join(map(re.escape, _SELF_WORDS)) + r")\b", re.IGNORECASE)


def whose_carried(first: Question, part: Question) -> Question:
    """``part`` without the asker as its owner when that was only its fallback and ``first`` named someone else."""
    if part.scope.get("owner") != "me" or first.scope.get("owner") in (None, "me") or _SELF.search(part.text):
        return part
    return replace(part, scope={k: v for k, v in part.scope.items() if k != "owner"})
