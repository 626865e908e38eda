"""A later clause that opens on a remark before its question: "did i win anything on thanksgiving? crm says i closed
stuff that day. how many did i close". The remark only tells why the asker wonders; its question is the sentence
after it, read with what the first clause set (whose deals, which day)."""

from __future__ import annotations

import re
from collections.abc import Callable

# a sentence end inside a clause: a full stop or "!" after a word, before the next sentence
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)'\"])[.!]+\s+(?=\S)", re.IGNORECASE)


def question_after_remark(clause: str, is_question: Callable[[str], bool]) -> str:
    """``clause`` as its last sentence when that one asks a question of its own and the clause as a whole does not
    ("crm says i closed stuff that day. how many did i close"); ``clause`` itself otherwise."""
    if is_question(clause):
        return clause
    sentences = _SENTENCE_END.split(clause.strip())
    if len(sentences) < 2 or not is_question(sentences[-1]):
        return clause
    return sentences[-1]
