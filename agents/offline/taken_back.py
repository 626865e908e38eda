"""A customer named by mistake and corrected in the same message: "draft a note to Toughzap - sorry, Treequote, not
Toughzap", "email Konex.. I mean Condax", "a reminder to Isdom, no wait, Zathunicon". The account named after the
correction replaces the one named before it, and one set aside with "not X" or "instead of X" is no recipient
either, wherever it comes up again ("toughzap is next month")."""

from __future__ import annotations

import re

from agents.offline.entities import Mention, tokens_of

# the words that take a name back, opening a clause (after a dash, comma, full stop or bracket), so "saying sorry,
# Treequote's order..." inside a sentence is no correction
_CORRECTION = re.compile(
    r"(?:^|[-–—,.;:!?(]\s*|\s[-–—]+\s*)(?:(?:ugh|oh|oops|argh|erm|hmm)[,!.]*\s+)?"
    r"(?:(?:sorry|oops|i mean|i meant|no wait|wait no|scratch that|make (?:that|it)|correction|actually|or rather"
    r"|rather)[,!.:]*\s+|(?:no|wait)[,!.:]+\s+)"
    r"(?:(?:i mean|i meant|it's|its|it is|it was|that was|should be|to|for)\s+)?(?=\w)",
    re.IGNORECASE,
)
# a name set aside: "not Toughzap", "instead of Toughzap", "rather than Toughzap"
_SET_ASIDE = re.compile(r"(?:^|[\s,;(-])(?:not|instead of|rather than)\s+(?=\w)", re.IGNORECASE)


def taken_back(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the accounts the message takes back; unchanged unless two accounts are named."""
    accounts = [m for m in mentions if m.kind == "account"]
    if len({m.name for m in accounts}) < 2:
        return mentions
    dropped: set[str] = set()
    for marker in _CORRECTION.finditer(text):
        new = _named_at(text, marker.end(), accounts)
        if new is not None:
            dropped |= {m.name for m in accounts if m.start < new.start and m.name != new.name}
    for aside in _SET_ASIDE.finditer(text):
        old = _named_at(text, aside.end(), accounts)
        if old is not None:
            dropped.add(old.name)
    if not dropped or {m.name for m in accounts} <= dropped:
        return mentions  # every account set aside: nothing is left to write to, so keep the message as written
    return [m for m in mentions if not (m.kind == "account" and m.name in dropped)]


def _named_at(text: str, offset: int, accounts: list[Mention]) -> Mention | None:
    """The account whose name starts at character ``offset`` of ``text``."""
    at = len(tokens_of(text[:offset]))
    return next((m for m in accounts if m.start == at), None)
