"""The greeting cut down to a bare name, for ``sentiment_drop``: a customer who opened with a hello ("Hola Kevin!!",
"Hi Priya,") now heads the message with the name and a full stop ("Kevin.") and says nothing warm. Like the turn to
title and surname (tone_formal.py) it compares messages: "Kevin." from someone who always writes that way is their
style, and "Kevin. Signed copy attached, thanks!" still thanks or moves the deal on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.insights.thread import Turn
from agents.insights.tone_cues import ASSENT, WARMTH

_HELLO = r"(?:hi|hey|hello|hallo|hoi|ciao|olá|ola|hola|bonjour|salut|moin|servus|dear|good morning|morning)"
# the name alone as the whole salutation, closed by a full stop: "Kevin.", "Kevin.\n", "Priya. Again the invoice ..."
_BARE = re.compile(r"^\s*(?P<name>(?-i:[A-Z][a-z\u00df-\u00ff]+))\.(?:\s|$)", re.IGNORECASE)


def greeting_dropped(turns: Sequence[Turn]) -> bool:
    """The last message opens with the bare name and a full stop, an earlier one greeted the same name with a hello,
    and the last has no warmth and agrees to nothing."""
    if len(turns) < 2 or (m := _BARE.match(turns[-1].text)) is None:
        return False
    text = turns[-1].text
    if WARMTH.search(text) or ASSENT.search(text):
        return False
    hello = re.compile(rf"^\s*{_HELLO}\s+{re.escape(m['name'])}\b(?!\.)", re.IGNORECASE)
    return any(hello.search(t.text) for t in turns[:-1])
