"""Names in notes typed or transcribed all in lower case ("talked to priya nair she's the director
of finance"), where capitals cannot mark a name.

Only in such notes, and only with both an introduction ("talked to", "with") before the words and a
role after them, are two or three lower-case words taken as a person: capitalised notes never get here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import islice

from memory.extract.sides import Sides

_CAPITALISED = re.compile(r"\b[A-Z][a-z]")
_ROLE_CUE = re.compile(r",? (?:(?:she's|he's|she is|he is|who's|who is) (?:the |their |a |an )?|the |their )(?=[a-z])")
_CLAUSE_END = re.compile(r"[,.;:!?()\n]")
_INTRO = frozenset("to with met from called emailed is".split())
_WORD = re.compile(r"[a-z][a-z'’-]*$")
# words that open or glue a spoken sentence, never part of a name
_NOT_NAME = frozenset(
    """to with from at for of in on by about and or but so just had have has was were is are be been i me my
    you your yeah ok okay um uh er erm like basically actually really then also this that there coffee lunch
    talked spoke met called emailed chatted chat meeting recording again guy lady person someone""".split()
)


def lowercase_contacts(
    masked: str, stop: Iterable[str], valid_role: Callable[[str], str | None], sides: Sides
) -> list[tuple[str, str]]:
    """``(Name, role)`` for each introduced lower-case name followed by its role, in an all-lower-case note."""
    if next(islice(_CAPITALISED.finditer(masked), 3, None), None) is not None:
        return []  # a note with capitals (four or more capitalised words) writes names with them
    stop_words = set(stop) | _NOT_NAME
    found = []
    for cue in _ROLE_CUE.finditer(masked):
        words = masked[max(0, cue.start() - 60) : cue.start()].split()
        name = _name_before(words, stop_words)
        role = valid_role(_CLAUSE_END.split(masked[cue.end() : cue.end() + 60], 1)[0])
        if name is None or role is None:
            continue
        text = " ".join(name)
        start = masked.rfind(name[0], 0, cue.start())
        if sides.not_customer(start, cue.start(), text):
            continue
        found.append((" ".join(w.capitalize() for w in name), role))
    return found


def _name_before(words: list[str], stop: set[str]) -> list[str] | None:
    """The two or three name words closing ``words``, right after an introduction ("with derek derek
    mills": a repeated word is a stutter)."""
    name: list[str] = []
    for word in reversed(words):
        if not _WORD.match(word) or word in stop:
            return name[::-1] if 2 <= len(name) <= 3 and word in _INTRO else None
        if not name or word != name[-1]:
            name.append(word)
    return None
