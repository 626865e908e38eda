"""French and Spanish month names, for the reps who write their notes in those languages: "Signature
prévue fin août", "firmar a finales de marzo", "mi-juin", "a mediados de mayo"."""

from __future__ import annotations

_NAMES = {
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
MONTH_WORDS = tuple(_NAMES)
# "mai" (May) is left to the German names in ``dates``, which already read it
_MONTH = "(" + "|".join(sorted(_NAMES, key=len, reverse=True)) + "|mai)"
# the month's last day: "fin août", "fin d'octobre", "a finales de marzo", "antes de fin de junio"
MONTH_END = r"\b(?:fin(?:ales)? (?:de |d')?|final de )" + _MONTH + r"\b"
# its 15th: "mi-juin", "à la mi-mai", "a mediados de mayo"
MID_MONTH = r"(?:\bmi-|\bmediados de )" + _MONTH + r"\b"
NEEDLES = ("fin", "mi-", "mediados")


def month_number(word: str) -> int:
    """ "août" -> 8; "mai" -> 5."""
    return _NAMES.get(word.lower(), 5)
