"""Names as speech-to-text writes them: split into words it knows and spelt by sound ("can code" for Kan-code, "fin
job" for Finjob, "vicky la flam" for Vicki Laflamme, "gin co pura" for Genco Pura). Words said apart are matched to
a name by how they sound, never when one of them is a word the question itself is made of ("open tech deals" is no
Opentech, "this year in which month" no Yearin)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

from rapidfuzz.distance import DamerauLevenshtein

# the words questions are built from: a span holding one is read as those words, not as a name said in parts
_QUESTION_WORDS = frozenset(
    """a an the in on at to of for by is it its are was were be been how what who which when where why new open
    won lost win wins deal deals opp opps year years month week day quarter my our your their his her me us them
    and or but not no all any this that these those onto into with from so ran run do did does have has had i we
    you they he she top most more less over under than per as if up out off last next first each every""".split()
)
_SOUNDS = ((re.compile(r"ph"), "f"), (re.compile(r"ck|q|c(?![eiy])"), "k"), (re.compile(r"c"), "s"),
           (re.compile(r"z"), "s"), (re.compile(r"x"), "ks"))  # fmt: skip
K = TypeVar("K")  # the kind of name: account, person, product
_VOWELS = re.compile(r"[aeiouyhw]")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=8192)  # the same spans come up in every reading of a message
def sound_of(key: str) -> str:
    """The consonants a name is heard by, first letter kept: "cancode" and "kancode" both give "knkd"."""
    for pattern, sound in _SOUNDS:
        key = pattern.sub(sound, key)
    return _DOUBLES.sub(r"\1", key[:1] + _VOWELS.sub("", key[1:]))


def said_apart(words: Iterable[str]) -> bool:
    """Whether ``words`` may be one name said in parts: none of them is a word questions are made of."""
    return not any(w in _QUESTION_WORDS for w in words)


def sound_index(aliases: dict[str, list[tuple[K, str]]]) -> dict[str, list[tuple[str, K, str]]]:
    """Every name (not a sector or an office) under its sound, with the spelling it is known by."""
    index: dict[str, list[tuple[str, K, str]]] = {}
    for alias, candidates in aliases.items():
        if len(alias) >= 6 and alias.isalpha():
            for kind, name in candidates:
                if kind in ("account", "person", "product"):
                    index.setdefault(sound_of(alias), []).append((alias, kind, name))
    return index


def heard_as(index: dict[str, list[tuple[str, K, str]]], key: str) -> list[tuple[K, str]]:
    """The one name words said apart sound like, a few letters off at most ("vickylaflam" for "vickilaflamme")."""
    if len(key) < 6 or not key.isalpha():
        return []
    sound = sound_of(key)
    allowed = 2 if len(key) < 10 else 3
    found = {
        (kind, name)
        for alias, kind, name in index.get(sound, ())
        if DamerauLevenshtein.distance(key, alias, score_cutoff=allowed) <= allowed
    }
    return sorted(found) if len(sound) >= 4 and len({name for _, name in found}) == 1 else []
