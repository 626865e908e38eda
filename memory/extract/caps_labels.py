"""A transcript's speaker labels typed in capitals ("MARTA KOWALSKA: ..."), said again as names are written
("Marta Kowalska: ..."): the readers of people and titles know a name by its capitals and small letters.

Only a label of two or three words that heads two lines or more is rewritten: a speaker talks more than once,
while a heading in capitals ("NEXT STEPS:", "ACTION ITEMS:") is written once. A label given a job title in brackets
("LENA BRANDT (VP Operations):") is a speaker's even once: a heading has no title."""

from __future__ import annotations

import re
from collections import Counter

from memory.extract.roles import valid_role

_WORD = r"[A-ZÀ-Ý][A-ZÀ-Ý'’-]+"
_CAPS_LABEL = re.compile(
    rf"^([ \t]*(?:\[[^\]\n]{{1,20}}\][ \t]*)?)({_WORD}(?:[ \t]{_WORD}){{1,2}})"
    r"([ \t]*(?:\(([^()\n]{2,40})\)[ \t]*)?:)",  # the speaker's title in brackets, if given: "(VP Operations)"
    re.M,
)
# headings and our own side's tags, never a person: "NEXT STEPS:", "CUSTOMER SIDE:", "OUR TEAM:"
_NOT_NAMES = frozenset(
    """next step steps action actions item items note notes call summary agenda open question questions our team
    their side customer client rep sales unknown speaker deal stage update key points risk risks pricing the
    decision decisions follow up to do todo""".split()
)


def title_case_labels(text: str) -> str:
    """``text`` with its capitalised speaker labels written as names."""
    found = [m for m in _CAPS_LABEL.finditer(text) if not _NOT_NAMES & set(m.group(2).lower().split())]
    counts = Counter(m.group(2) for m in found)
    titled = {m.group(2) for m in found if m.group(4) and valid_role(m.group(4))}
    names = {label for label, n in counts.items() if n >= 2} | titled
    if not names:
        return text
    return _CAPS_LABEL.sub(
        lambda m: m.group(1) + _as_name(m.group(2)) + m.group(3) if m.group(2) in names else m.group(0), text
    )


def _as_name(label: str) -> str:
    """ "MARY-ANN O'NEILL" -> "Mary-Ann O'Neill"."""
    return re.sub(r"[A-ZÀ-Ý]+", lambda w: w.group(0).capitalize(), label)
