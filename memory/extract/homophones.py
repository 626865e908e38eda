"""Dictation writing "there" or "they're" for "their" before a title: "spoke to there plant manager, Oskar Lind",
"he's they're CFO". The role readers key on "their <title>"; elsewhere the word is left as written ("is there a
manager", "there is a head of IT")."""

from __future__ import annotations

import re

_HEADS = (
    r"manager|director|head|lead|ceo|cfo|cto|coo|cio|ciso|vp|owner|officer|chief|founder|president|buyer|engineer|"
    r"admin|administrator|controller|counsel|gm|md|partner|analyst|coordinator|supervisor|specialist"
)
# no verb, article or quantifier among the words between: "there is a head", "there are two leads"
_NOT_BETWEEN = r"(?!(?:is|are|was|were|will|would|be|been|a|an|the|no|any|some|two|three|several)\b)"
_THEIR = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bover )(?<!\bout )\b(?:there|they['’]re|theyre)"
    r"(?= (?:" + _NOT_BETWEEN + r"[a-z][\w-]* ){0,2}(?:" + _HEADS + r")\b)",
    re.IGNORECASE,
)


def their_for_homophones(text: str) -> str:
    """``text`` with "there"/"they're" before a title written "their"."""
    if "there" not in text and "they" not in text and "There" not in text:  # the cheap test first
        return text
    return _THEIR.sub(lambda m: "Their" if m.group(0)[0] == "T" else "their", text)
