"""A figure the speaker takes back as soon as it is said: "they're at 1.4 mil... no, he corrected me after, it's
1.25M", "40k - sorry, scratch that - 38k". LABELS.md: the last value wins when the speaker corrects themselves;
a cue such as "the number:" before the first figure must not let it outrank the correction, so ``amount`` sets
the figure taken back below every other. Only a correction said straight after the figure, within its sentence
(a comma, dash or trailing dots between): "40k. No, they haven't signed" answers something else."""

from __future__ import annotations

import re

_TAKEN_BACK = re.compile(
    r"[ \t]*(?:\.{2,}|…|,|—|–|-{1,2}|\()?[ \t]*(?:um+,?[ \t]*|uh+,?[ \t]*|er+m?,?[ \t]*)?"
    r"(?:no[ \t]*(?:,|\.{2,}|…|—|–|-|!)|nope\b|no,? wait\b|wait,? no\b|no,? sorry\b|sorry,|correction\b|"
    r"scratch that\b|strike that\b|or rather\b|i mean\b(?! it\b)|make that\b)",
    re.IGNORECASE,
)


def taken_back(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` in ``text`` is taken back by the words right after it."""
    return _TAKEN_BACK.match(text, end) is not None


def taken_back_end(text: str, end: int) -> int | None:
    """Where the words taking back what ends at ``end`` stop (``None`` when nothing is taken back)."""
    m = _TAKEN_BACK.match(text, end)
    return m.end() if m else None


# a quote said withdrawn right after its figure: "the old 38k quote is off the table", "that 20k offer is void now"
_WITHDRAWN = re.compile(
    r"[ \t]*(?:usd|dollars?)?[ \t]*(?:quote|price|offer|figure|number|proposal|pricing|deal)?[ \t]*"
    r"(?:is|was|has been|are|were|['’]s)[ \t]+(?:now[ \t]+|officially[ \t]+|completely[ \t]+)?"
    r"(?:off the table|withdrawn|void|scrapped|dead|no longer valid|no longer on the table|out the window)\b",
    re.IGNORECASE,
)


def withdrawn(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is said withdrawn by the words right after it: no deal value then."""
    return _WITHDRAWN.match(text, end) is not None
