"""The question of ours a customer's line in a call answers, kept beside it.

A transcript keeps only the customer's lines for the finders (thread.py), but a bare answer says nothing without
the question: "Kami: And your signature date? Fenella: After their pilot, so realistically mid-January." is a
signature date only because we asked for one. Each customer line that follows a question of ours is paired with
that question (its last sentence ending in "?"), so a finder can read the answer as the question's subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# the last question in our line: "OK. And your signature date?" -> "And your signature date?"
_LAST_QUESTION = re.compile(r"(?:^|(?<=[.!?])\s+)(?P<q>[^.!?]*\?)\s*$")


def answered_questions(lines: Sequence[tuple[str, str]], ours: set[str]) -> tuple[tuple[str, str], ...]:
    """(their line, our question) for each line of theirs that directly follows a line of ours ending in a
    question; ``lines`` are (speaker, text) in order, ``ours`` the speaker labels on our side."""
    pairs = []
    for (before, asked), (label, said) in zip(lines, lines[1:], strict=False):
        if before in ours and label not in ours and said and (q := _LAST_QUESTION.search(asked.strip())):
            pairs.append((said, q["q"].strip()))
    return tuple(pairs)
