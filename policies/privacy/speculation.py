"""A trait only wondered about: "if their new CFO turns out to be a union guy", "in case she happens to be
Catholic". The condition tells nothing about the person (LABELS.md: nothing is revealed), while "if Maria's
surgery goes well" still tells of a surgery, so only the verbs of finding out what someone is make it a guess."""

from __future__ import annotations

import re

# a condition opened in the same clause, then a verb of turning out, with no clause break before the cue
_WONDERED = re.compile(
    r"\b(?:if|in case|what if|suppose|supposing|assuming|unless|whether)\b[^,;:.!?\n]{0,80}?\b(?:turns? out "
    r"(?:to be|that)|turned out to be|happens? to be|ends? up (?:being|as)|were to be|proves? to be|is secretly)\b"
    r"[^,;:.!?\n]{0,40}$",
    re.IGNORECASE,
)


def only_wondered(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the cue at ``cue_start`` is what a condition before it in its clause wonders someone turns out to be."""
    return _WONDERED.search(text, max(sentence_start, cue_start - 160), cue_start) is not None
