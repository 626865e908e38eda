"""A rival named only in another account's story is no rival of this deal: "ran into Priya from Zoomit, they'd
evaluated Quorvia last year" in a note whose deal is Cancity's. Kept apart from ``fields`` (at its size limit).

Only when every sentence naming the rival names another known account, not this deal's, and tells of the past
("last year", "had evaluated", "used to"), or is marked as an aside ("side note, unrelated: Lumora lost their Finhigh
contract") or the note says this deal has no competition; a rival set beside another account in the present
("Zoomit references us against Quorvia") stays."""

from __future__ import annotations

import re
from collections.abc import Iterable

from memory.extract.text import lowered, sentences

_PAST = re.compile(
    r"\b(?:last (?:year|quarter|spring|summer|autumn|fall|winter)|years? ago|back then|previously|in the past|"
    r"used to|(?:had|'d) (?:evaluated|looked at|trialled|trialed|tried|used|considered|been on))\b"
)

# a sentence marked as off this deal's topic: "side note, unrelated: ...", "off topic, but ..."
_ASIDE = re.compile(r"\b(?:unrelated|side ?note|off[- ]topic|nothing to do with (?:this|us|the deal))\b")
# the note saying this deal has no rival: "no competition on this one", "no competitors here"; not "no competition
# yet" (one may come) nor "no competition from Lumora" (one named)
_NONE_HERE = re.compile(
    r"\bno (?:competition|competitors?|rivals?|other vendors?)(?! (?:yet|so far|from|except|but)\b)"
    r"(?=\s*(?:[.;,!)\n]|$|on\b|here\b|for (?:this|the deal|them|us)\b|in (?:this|the deal)\b))"
)

# a related firm's own purchase, said of it in the same sentence: "their sister company Donware just bought from
# Lumora", "the parent company went with Stackline"; a vendor of the group, not of this deal
_KIN_CHOICE = re.compile(
    r"\b(?:sister|parent|affiliated?|subsidiary|group|holding)\s+(?:company|companies|firm|business|organi[sz]ation)"
    r"\b[^.;!?\n]{0,60}?\b(?:bought|buys|purchased|went with|chose|selected|uses|is using|signed with|switched to|"
    r"moved to|runs on)\s+(?:from\s+|with\s+)?$"
)


def others_rivals(text: str, rivals: list[str], account: str | None, accounts: Iterable[str]) -> list[str]:
    """``rivals`` without those named only in the past of another known account (none when no account is known),
    or only as a related firm's own purchase."""
    if not rivals:
        return rivals
    others = [a.lower() for a in accounts if a != account]
    parts = [s for _, s in sentences(lowered(text))]
    own = (account or "").lower()  # none known: no other account's past can be told apart
    none_here = _NONE_HERE.search(lowered(text)) is not None
    kept = []
    for rival in rivals:
        said = [s for s in parts if rival.lower().split()[0] in s]
        if said and all(_others_past(s, own, others) or _kin_choice(s, rival) for s in said):
            continue
        if said and (none_here or any(_ASIDE.search(s) for s in said)) and all(_others(s, own, others) for s in said):
            continue  # "side note, unrelated: Lumora lost their Finhigh contract ... no competition on this one"
        kept.append(rival)
    return kept


def _others(sentence: str, own: str, others: list[str]) -> bool:
    return own not in sentence and any(o in sentence for o in others)


def _others_past(sentence: str, own: str, others: list[str]) -> bool:
    return _others(sentence, own, others) and _PAST.search(sentence) is not None


def _kin_choice(sentence: str, rival: str) -> bool:
    """Whether every naming of the rival in ``sentence`` is a related firm's own purchase."""
    head = rival.lower().split()[0]
    at = sentence.find(head)
    while at >= 0:
        if _KIN_CHOICE.search(sentence, max(0, at - 120), at) is None:
            return False
        at = sentence.find(head, at + len(head))
    return True
