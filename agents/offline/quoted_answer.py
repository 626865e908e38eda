"""An earlier answer of ours quoted back as the context of a follow-up: "> dealbot: Your closed-won total for Q3 is
$118,501. \n same thing for the quarter before that?". The quote speaks to the asker, so its "you" and "your" are
the asker's own; read in the first person, it tells the follow-up whose figures and which measure it repeats."""

from __future__ import annotations

import re

_QUOTED_ANSWER = re.compile(r"^[ \t]*>+[ \t]*@?(?:dealbot|deal bot|bot)[ \t]*[:,–—-][ \t]*(?P<said>.*)$", re.I | re.M)
_SECOND_PERSON = {"your": "my", "yours": "mine", "you've": "I've", "you're": "I'm", "you": "I"}
_YOU = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _SECOND_PERSON), key=len, reverse=True)) + r")\b", re.I)


def quoted_answer_as_mine(text: str) -> str:
    """``text`` with each quoted answer of ours unquoted and put in the asker's first person; else unchanged."""
    return _QUOTED_ANSWER.sub(lambda m: _YOU.sub(lambda w: _SECOND_PERSON[w.group(1).lower()], m["said"]), text)
