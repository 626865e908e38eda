"""Sentences of a message typed in lower case, as texts are ("ugh ok bad news. our dept went way over on the trade
show so finance locked our cost center. sorry!! we still want it tho"). The usual break wants a capital after the stop
(thread.split_sentences), so such a message reads as one sentence: its news and its apology become one, and whatever
the news is evidence of takes the apology with it. In a message whose first word is in lower case, a stop followed by
a lower-case word ends a sentence too; abbreviations that take a stop ("e.g. the", "approx. ten") do not.
"""

from __future__ import annotations

import re

_ABBREVIATION = (r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bvs\.)(?<!\bapprox\.)(?<!\bno\.)(?<!\bincl\.)"
                 r"(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)(?<!\bdr\.)")  # fmt: skip
_LOWER_BREAK = re.compile(rf"(?<=[.!?]){_ABBREVIATION}\s+(?=[a-z])")
_FIRST_LETTER = re.compile(r"[A-Za-z]")


def split_texting(parts: list[str], text: str) -> list[str]:
    """``parts`` split further at each stop before a lower-case word, when ``text`` opens in lower case."""
    first = _FIRST_LETTER.search(text)
    if first is None or not first.group(0).islower():
        return parts
    return [piece for part in parts for piece in _LOWER_BREAK.split(part)]
