"""Religion cues told by a vow of observance: a vrat kept under its name in any of its South Asian spellings
("on his Sabarimala vratham", "41 days into the mandala vratam", "keeping a Shravan vrat"), and the signs of an
Ayyappa devotee ("wearing the Ayyappa mala", "an Ayyappa swami this season").

Senses that must stay quiet: the food sold for a vrat ("the vrat thali on the menu", "vrat snacks range") and
the season as a calendar fact ("Sabarimala season slows the Kochi couriers")."""

from __future__ import annotations

# "Diksha" with a capital is a given name ("started Diksha on the account"), so only lower case is the vow
_VRAT = r"(?:vratham|vratam|viratham|vratha|vrata|vrat|(?-i:deeksha|diksha))"
_UNDER_A_VOW = (
    r"(?:on|keeping|keeps|kept|observing|observes|observed|taking|takes|took|taken|started|starting|starts|began|"
    r"begins|doing|does|did|breaking|breaks|broke|finished|finishing|completing|completed|ends|ending|in the "
    r"middle of|halfway through|partway through|(?:\w+ |\d+ )?(?:days?|weeks?) into)"
)
_FOOD_OR_GOODS = r"(?! (?:recipes?|menus?|thalis?|specials?|products?|range|food|snacks?|flour|meals?|kits?)\b)"

VOWS = (
    (
        # a vow kept ("on his Sabarimala vratham until mid-January", "three weeks into the mandala vratam")
        r"\b" + _UNDER_A_VOW + r" (?:the |his |her |my |their |a |an )?(?:\d+-day |forty-one-day |41-day |annual |"
        r"yearly |strict )?(?:(?-i:[A-Z][\w'’-]+) |mandala |mandalam ){0,2}" + _VRAT + r"\b" + _FOOD_OR_GOODS,
        "people",
    ),
    (
        # an Ayyappa devotee's signs ("wearing the Ayyappa mala", "an Ayyappa swami till the pilgrimage")
        r"\b(?:wearing|wears|wore|took|takes|taking|taken|has|had) (?:the |his |her |my |a |an )?(?-i:Ayyappa|Ayyappan|"
        r"Sabarimala) (?:mala|maala|malai)\b|\b(?:an? |as an? )(?-i:Ayyappa|Ayyappan) (?:devotee|swami|bhakta|"
        r"pilgrim)\b|\b(?:going|goes|went|gone|heading|trek(?:s|king|ked)?|climb(?:s|ing|ed)?|walk(?:s|ing|ed)?) "
        r"(?:up )?to (?-i:Sabarimala)\b",
        "person",
    ),
)
