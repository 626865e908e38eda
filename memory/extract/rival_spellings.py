"""Known rivals' names as typed in a hurry: "Brigthwave", "kestral", "north peak". The competitor reader matches
known names exactly (case aside), so a name one slip of the keyboard away, or split in two, is written as the
vendor's own spelling first. Tight on purpose: only words of six letters or more, the first letter kept, one
slip (see ``typos``) or a spelling that sounds the same ("Tellurics"), never a real word; a split name only when
the two words join to exactly the name."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from memory.extract.common_words import COMMON
from memory.extract.typos import one_slip

# real words one slip from a rival's name: the bird's plural is no typo of "Kestrel", nor a "stockline" of "Stackline"
_REAL = frozenset({"kestrels", "stockline", "stocklines"})
_WORD = re.compile(r"(?<![\w'’@./-])[A-Za-z]{6,}(?![\w'’@/-]|\.\w)")
_PAIR = re.compile(r"(?<![\w'’@./-])([A-Za-z]{3,}) ([A-Za-z]{3,})(?![\w'’@/-]|\.\w)")


@lru_cache(maxsize=16)
def _heads(known: tuple[str, ...]) -> dict[str, str]:
    """Each known vendor's first word (lower case) and that word as the vendor spells it."""
    return {n.split()[0].lower(): n.split()[0] for n in known if len(n.split()[0]) >= 6}


def respell_rivals(text: str, known: Iterable[str]) -> str:
    """``text`` with each near-miss spelling of a known vendor's first word written as the vendor spells it
    (lower case kept lower: the readers match names case-insensitively)."""
    heads = _heads(tuple(known))
    if not heads:
        return text

    def spelled(head: str, written: str) -> str:
        right = heads[head]
        return right if written[0].isupper() else right.lower()

    def pair(m: re.Match[str]) -> str:
        joined = (m.group(1) + m.group(2)).lower()
        return spelled(joined, m.group(0)) if joined in heads else m.group(0)

    text = _split_names(tuple(heads)).sub(lambda m: spelled(m.group(0).replace(" ", "").lower(), m.group(0)), text)

    def word(m: re.Match[str]) -> str:
        low = m.group(0).lower()
        if low in heads or low in _REAL or low in COMMON:
            return m.group(0)
        near = [h for h in heads if h[0] == low[0] and abs(len(h) - len(low)) <= 1 and one_slip(low, h)]
        near = near or [h for h in heads if _sound(h) == _sound(low)]  # "Tellurics" for Tellurix, said the same
        return spelled(near[0], m.group(0)) if len(near) == 1 else m.group(0)

    return _WORD.sub(word, _PAIR.sub(pair, text))


@lru_cache(maxsize=16)
def _split_names(heads: tuple[str, ...]) -> re.Pattern[str]:
    """Each name split in two, three letters or more each side: "north peak" whatever word comes before it
    ("avec north peak"), which the pairing of words left to right would have paired with the word before."""
    splits = [re.escape(h[:i]) + " " + re.escape(h[i:]) for h in heads for i in range(3, len(h) - 2)]
    return re.compile(r"(?<![\w'’@./-])(?:" + "|".join(splits) + r")(?![\w'’@/-]|\.\w)", re.IGNORECASE)


_X_SOUND = re.compile(r"(?:ck|c|k)s")


def _sound(word: str) -> str:
    """``word`` with the spellings of the sound of "x" written as "x": "tellurics" and "tellurix" sound alike."""
    return _X_SOUND.sub("x", word)
