"""Same-sex partners in Swedish, Danish and Norwegian ("han och hans man Johan", "hon och hennes fru",
"hans mand", "hennes kone"): the possessive tells the owner's gender and the noun the partner's, so both
are known at once; and a Hinglish partner named with a pronoun owner ("woh apne boyfriend ke saath"), whose
gender :func:`.persons.same_sex_couple` reads from the last person named before it.

Senses that must stay quiet: "hans man på plats" (his man on site, a colleague) needs a name or "han och"
before it; "hennes man" (her husband) and "hans fru" (his wife) are not same-sex."""

from __future__ import annotations

NORDIC_COUPLES = (
    (
        r"\bhan och hans (?:man|make|mand|mann)\b|\bhon och hennes (?:fru|hustru)\b|"
        r"\bhans (?:make|mand|ektemann) (?-i:[A-ZÅÄÖ][a-zåäöø]+)\b|\bhans man (?-i:[A-ZÅÄÖ][a-zåäöø]+)\b"
        r"(?! (?:på|från|hos|vid)\b)|\bhennes (?:fru|hustru|kone) (?-i:[A-ZÅÄÖ][a-zåäöø]+)\b|\bhendes kone\b",
        "person",
    ),
    (
        r"\b(?:woh|wo|voh|vo|yeh|ye) (?:\w+ )?(?:apne|apni) (?P<rel>boyfriend|girlfriend|husband|wife)\b",
        "couple",
    ),
)
