"""Two outcome signs ``stage`` reads that its own patterns miss: the customer's purchase order in our hands
(LABELS.md counts a signed order as the deal signed: Won), and an outcome the note denies ("NOT closed lost,
whatever the CRM says"), which states no stage at all."""

from __future__ import annotations

import re

_PO = r"(?:po|p\.o\.|purchase order)"
# the order arrived: "PO in hand", "got the signed PO", "signed purchase order came through"; not one awaited
# ("no PO in hand yet", "waiting on the signed PO") nor one asked for ("need the signed PO by Friday")
_IN_HAND = re.compile(
    r"(?<!\bno )(?<!\bnot )\b" + _PO + r"\s+(?:is\s+|now\s+)?in hand\b"
    r"|\bsigned " + _PO + r"\s+(?:just\s+|finally\s+)?(?:came(?: in| through| back)?|arrived|landed|is in|is back|"
    r"was received|has (?:come|arrived|landed))\b"
    r"|\b(?:got|received|have) (?:the|their|a) signed " + _PO + r"\b",
    re.IGNORECASE,
)
_NOT_YET = re.compile(r"\b(?:not|n't|no|never|yet|waiting|await\w*|until|once|if|when|need\w*|chas\w*)\b", re.I)
# a denial just before an outcome: "NOT closed lost", "it isn't lost", "never lost it"
_DENIED = re.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?:\w+[\s-]+)?$", re.IGNORECASE)


def paper_in_hand(text: str) -> bool:
    """Whether ``text`` says the customer's signed order has come in (no denial or wait in the clause before)."""
    for m in _IN_HAND.finditer(text):
        start = max(0, m.start() - 25)
        clause = re.split(r"[.;!?\n]", text[start : m.start()])[-1]
        if not _NOT_YET.search(clause) and not _NOT_YET.search(text, m.end(), min(len(text), m.end() + 6)):
            return True
    return False


def denied(text: str, at: int) -> bool:
    """Whether the outcome at ``at`` is denied by the words just before it."""
    return bool(_DENIED.search(text, max(0, at - 16), at))
