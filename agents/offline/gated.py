"""Patterns that skip a text they cannot match, without running: every match of a pattern contains one of a few
literal strings ("w/r", "win rt" or "wr" for the win-rate shorthand), found by the privacy prefilter's reader of re's
own parse tree, and ``str.__contains__`` rules a text out far faster than the regex engine can. A necessary condition,
never a guess: a pattern with no usable literal always runs. Most of normalising a message is rewrites that do not
apply to it, and long pasted mail (or mail read sentence by sentence) pays for each of them."""

from __future__ import annotations

import re
from collections.abc import Callable

from policies.regex_literals import FOLD, innermost, required_literals

MAX_NEEDLES = 8  # looking for more, one by one in Python, costs about what the regex engine does
_ESCAPE = re.compile(r"\\[A-Za-z]")  # \b, \w, \S: letters of the syntax, not of the text
# a letter written by its code ("\x41" is "A"), a back-reference, or case ignored in a group only ("(?i:...)")
_CODED = re.compile(r"\\[xuUN0-9]|\(\?[a-zA-Z-]*i")


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` holds as written, or None when that is not known. Only
    case-sensitive patterns written in lower case qualify: the reader lowers what it finds, which is then exactly
    what the text holds."""
    if pattern.flags & re.IGNORECASE or _CODED.search(pattern.pattern):
        return None
    if any(c.isupper() or ord(c) in FOLD for c in _ESCAPE.sub("", pattern.pattern)):
        return None  # the reader lowers and folds ("ſ" to "s") what it finds; the text is read as it stands
    literals = required_literals(pattern, shortest=1)
    if literals is None:
        return None
    kept = innermost(literals)  # a text holding "win rate" holds "win" too: the shorter one is enough to look for
    if len(kept) <= MAX_NEEDLES:
        return tuple(kept)
    common = _common_part(kept)  # " loose" of "i loose", "we loose", ... "didn't loose"
    return (common,) if common else None


class Gated:
    """A compiled pattern with its needles: ``search`` and ``sub`` as re's, skipped when no needle is in the text.
    The needles are found on first use, so a process that never reads a message pays nothing for them."""

    __slots__ = ("pattern", "_needles", "_read")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._needles: tuple[str, ...] | None = None
        self._read = False

    @property
    def needles(self) -> tuple[str, ...] | None:
        if not self._read:
            self._needles, self._read = needles(self.pattern), True
        return self._needles

    def may_match(self, text: str) -> bool:
        found = self.needles
        return found is None or any(n in text for n in found)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.pattern.sub(repl, text) if self.may_match(text) else text


def gated(pattern: str) -> Gated:
    return Gated(re.compile(pattern))


def _common_part(strings: list[str]) -> str:
    """The longest string that every one of ``strings`` holds ("" when none)."""
    shortest = min(strings, key=len)
    for size in range(len(shortest), 0, -1):
        for start in range(len(shortest) - size + 1):
            part = shortest[start : start + size]
            if all(part in s for s in strings):
                return part
    return ""
