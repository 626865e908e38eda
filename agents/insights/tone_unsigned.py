"""The name dropped at both ends, for ``sentiment_drop``: a customer who greeted the rep by name and signed each message
("Dear Nadia, ... Warmly, Elena", "Nadia, ... Elena") sends a reply with neither ("Saw it. Let us know if anything
changes."), nothing warm in it and nothing agreed. Read only after a message that already soured (risk.py checks it):
the bare reply carries the cooling on, where from a contented customer it is just a quick note.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.insights.thread import Turn
from agents.insights.tone_cues import ASSENT, WARMTH

_HELLO = r"(?:hi|hey|hello|dear|good morning|morning|hola|hallo|bonjour|ciao|olá)"
# the rep's name heading the message: "Dear Nadia,", "Nadia, honestly ...", "Hi Nadia!"
_GREETED = re.compile(rf"^\s*(?:{_HELLO}\s+)?(?P<name>(?-i:[A-Z][a-z\u00df-\u00ff]+))\s*[,!]", re.IGNORECASE)
# a sign-off: the writer's name or initials closing the message ("Warmly, Elena", "... better? Elena", "- JM")
_WORD = re.compile(r"[A-Za-z\u00df-\u00ff]+")
_SIGNED = re.compile(r"(?:^|[\n.!?,\-\u2014]\s*)(?-i:[A-Z][a-z\u00df-\u00ff]+|[A-Z]{1,3})\.?\s*$")


def name_dropped(turns: Sequence[Turn]) -> bool:
    """Every earlier message greeted the same name and was signed; the last greets nobody, names nobody, is unsigned,
    and has no warmth or assent in it."""
    if len(turns) < 2:
        return False
    names = set()
    for t in turns[:-1]:
        m = _GREETED.match(t.text)
        if m is None or _SIGNED.search(t.text.strip()) is None:
            return False
        names.add(m["name"])
    last = turns[-1].text.strip()
    if len(names) != 1 or _GREETED.match(last) or _SIGNED.search(last):
        return False
    return names.isdisjoint(_WORD.findall(last)) and not WARMTH.search(last) and not ASSENT.search(last)
