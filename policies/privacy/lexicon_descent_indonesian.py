"""Ethnicity cues in Indonesian and Malay: a person said to be of a people by descent, blood or origin ("dia
keturunan Tionghoa", "beliau berdarah Batak", "saya orang Minang", "istrinya peranakan Arab"). The pronoun or
relative opens the match, so it names whose it is.

Senses that must stay quiet: a people as a market or a cuisine ("komunitas keturunan Tionghoa di Medan",
"masakan Jawa", "produk asli Bali"): no one's pronoun stands before them."""

from __future__ import annotations

_WHO = r"(?:dia|ia|beliau|saya|aku|istrinya|suaminya|ibunya|ayahnya|keluarganya|orang tuanya)"
_PEOPLE = (
    r"(?-i:Tionghoa|Cina|China|Arab|India|Jawa|Batak|Minang(?:kabau)?|Belanda|Ambon|Papua|Bugis|Sunda|Madura|Dayak|"
    r"Bali|Betawi|Manado|Toraja|Aceh|Melayu|Indo|Tamil|Hakka|Hokkien)"
)

DESCENT_INDONESIAN = (
    (
        r"\b"
        + _WHO
        + r"\b (?:(?:memang|asli|juga|masih|itu) )?(?:keturunan|berdarah|orang|suku|peranakan) "
        + _PEOPLE
        + r"\b",
        "self",
    ),
)
