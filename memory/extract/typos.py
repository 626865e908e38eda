"""Keywords misspelt in notes typed in a hurry ("decison in a fortnight", "stage: prospectng").

The field readers key on a few words (a stage name, "decision", "signature"); one slip of the keyboard
(a letter dropped, added, changed, or two swapped) should not hide them. Only those keywords are
repaired, only in words of six letters or more that are one slip away from exactly one of them, and
never when the word is itself a real word (listed), so names and other words are left alone.
"""

from __future__ import annotations

import re

from memory.extract.homophones import their_for_homophones

# the words the field readers look for, as they should be spelt
KEYWORDS = (
    "prospecting", "engaging", "decision", "decisions", "deciding", "signature", "fortnight", "incumbent",
    "competitor", "competitors",
)  # fmt: skip
# real words one slip from a keyword: never "repaired"
_REAL = frozenset("enraging decisive signatures fortnights incumbents".split()) | frozenset(KEYWORDS)
_WORD = re.compile(r"[A-Za-z]{6,}")
# a slip never changes the first letter (see ``_repair``): most words start with none of these
_BY_INITIAL: dict[str, tuple[str, ...]] = {}
for _k in KEYWORDS:
    _BY_INITIAL[_k[0]] = (*_BY_INITIAL.get(_k[0], ()), _k)


def fix_typos(text: str) -> str:
    """``text`` with each keyword misspelt by one slip written right (same case pattern), and chat shorthand for
    a keyword written out ("nxt step: check in w/ sven", "can u send")."""
    if "xt" in text:  # the cheap test first
        text = _SHORTHAND.sub(_spelled_out, text)
    if " u" in text:
        text = _YOU.sub(r"\1you", text)  # "can u send the checklist?": the ask the step readers know
    text = _LABELS.sub(_label_spelled_out, text)
    text = their_for_homophones(text)  # "spoke to there plant manager": their
    return _WORD.sub(_repair, text)


# chat shorthand for the readers' words, with its vowels dropped: "nxt step", "Nxt wk" (in capitals it is a brand:
# "Lego NXT"; with a dot or hyphen joined on, a name: "nxt.js", "NXT-7")
_SPELLED = {"nxt": "next"}
# "u" for "you" after the verb that asks or offers: "Can u send", "could u share", "thank u"; not "u-turn", "U2"
_YOU = re.compile(r"\b((?i:can|could|would|will|do|if|thank) )u(?=[ \t,?!.]|$)", re.MULTILINE)
_SHORTHAND = re.compile(r"(?<![\w'’.-])[nN]xt(?![\w'’-]|\.\w)")


# a field label in a texted note, vowels dropped: "cls dt: 28/4", "stg: prospecting", "next stp: send SOW"; only as
# a label (a colon after it) or after "next", so "stg" or "dt" elsewhere stays as written
_LABEL_WORDS = {"cls dt": "close date", "stg": "stage", "stp": "step"}
_LABELS = re.compile(r"(?<![\w'’.-])(?:(?:[cC]ls dt|[sS]tg)(?=\s*:)|(?<=[nN]ext )stp\b(?![-.]\w))")


def _label_spelled_out(m: re.Match[str]) -> str:
    spelled = _LABEL_WORDS[m.group(0).lower()]
    return spelled.capitalize() if m.group(0)[0].isupper() else spelled


def _spelled_out(m: re.Match[str]) -> str:
    spelled = _SPELLED[m.group(0).lower()]
    return spelled.capitalize() if m.group(0)[0].isupper() else spelled


def _repair(m: re.Match[str]) -> str:
    word = m.group(0)
    low = word.lower()
    if low in _REAL:
        return word
    matches = [k for k in _BY_INITIAL.get(low[0], ()) if abs(len(k) - len(low)) <= 1 and one_slip(low, k)]
    if len(matches) != 1:
        return word
    fixed = matches[0]
    if word.isupper():
        return fixed.upper()
    return fixed.capitalize() if word[0].isupper() else fixed


def one_slip(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one insertion, deletion, substitution or swap of neighbours."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]
