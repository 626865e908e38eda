"""Religion cues for a person said to be halal or kosher, the food law they keep: "Chen Wei is Hui and halal",
"Tomer's strictly kosher", "she's halal, so no pork". Said of a named person (a known given name, maybe with
a bracketed employer) or of "he"/"she", it is their observance.

Senses that must stay quiet: a venue, a menu or a dish said to be halal ("the Nando's on Soho Road is halal",
"the whole menu is halal", "it's kosher"), and a certificate or a product ("halal-certified")."""

from __future__ import annotations

from policies.privacy.names import FEMALE, MALE

_GIVEN = r"(?-i:" + "|".join(sorted(sorted(MALE | FEMALE), key=len, reverse=True)) + r")"
_WHO = r"(?:\b(?:he|she)|\b" + _GIVEN + r"(?: (?-i:[A-Z][a-z]+))?(?: \([^()]{1,60}\))?)"

KEPT_DIETS = (
    (
        _WHO
        + r"(?:'s| is| was| keeps| eats)(?: (?-i:[A-Z][a-z]+) and)? (?:strictly |fully |also |very |observant(?:ly)? )?"
        r"(?:halal|kosher)\b(?![-’'])(?! (?:certified|food|meat|friendly|compliant|menu|options?|kitchen|catering|"
        r"restaurant|place|certificate)\b)",
        "self",
    ),
)
