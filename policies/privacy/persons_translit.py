"""People in Greek typed in Latin letters and in Turkish or Polish, by a relative with its possessive ("o
pateras tou", "i syzygos mou", "annemin", "eşi", "moja żona") or the writer saying "I am" ("eimai").
:mod:`.persons` knows relatives only by the European words and their own possessives ("his father", "mio
figlio"), so a special-category cue about "babam" (my father) had nobody to be about."""

from __future__ import annotations

import re

_GREEK = re.compile(
    r"\b(?:pateras|patera|mitera|miteras|syzygos|syzygo|gynaika|andras|gios|gio|kori|koritsi|adelfos|adelfo|"
    r"adelfi|giagia|pappous|petheros|pethera|mikros|mikri) (?:tou|tis|mou|sou|mas|sas|tous)\b|\beimai\b|"
    # a given name behind its Greek article, by the Greek endings ("o Petros", "i Eleni"); "I Nea" is a party
    r"\b(?-i:[oO] [A-Z][a-z]+(?:os|is|as)|[iI] [A-Z][a-z]+(?:ou|i))\b",
    re.IGNORECASE,
)
# Turkish kin with a possessive ending: "annem" my mother, "annemin" of my mother, "eşi" his wife, "oğlu"
_TURKISH = re.compile(
    r"\b(?:anne|baba|eş|oğl|kız|kardeş|abi|abla|dede|nine|anneanne|babaanne|kayınpeder|kayınvalide)"
    r"(?:m|min|mın|im|ım|um|imin|ımın|umun|i|ı|u|si|sı|sinin|sının|inin|ının|unun)(?![\wçğıöşü])",
    re.IGNORECASE,
)
_POLISH = re.compile(
    r"\b(?:mój|moja|mojego|mojej|mojemu|jej|jego|ich|twój|twoja) (?:żona|żony|mąż|męża|syn|syna|córka|córki|"
    r"brat|brata|siostra|siostry|mama|mamy|tata|taty|matka|matki|ojciec|ojca|teść|teściowa|dziecko|partner|"
    r"partnerka)\b",
    re.IGNORECASE,
)


def a_translit_person(text: str) -> bool:
    """Whether ``text`` names a relative or the writer the Greeklish, Turkish or Polish way."""
    return any(pattern.search(text) is not None for pattern in (_GREEK, _TURKISH, _POLISH))
