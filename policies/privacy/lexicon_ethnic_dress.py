"""Ethnic-origin cues for a person seen in the dress of their people: the Sámi gákti, the Māori korowai and
moko, the regalia of a powwow, the Maya huipil, the Inuit amauti ("he came in his gákti", "wore her korowai
to the awards", "her moko kauae", "dancing in his powwow regalia"). These are worn by the people whose dress
they are, not as fashion, so a person wearing their own tells their origin.

Senses that must stay quiet: the dress as a thing bought, shown or copied ("a gákti in the museum shop", "a
huipil-print scarf", "gákti-inspired packaging"), and a nation's festive costume, which tells a passport, not a
people ("her bunad on 17 May", "in a kilt at the gala")."""

from __future__ import annotations

# dress only a people wears as its own; names written out with and without their diacritics, so the prefilter
# can require them
_DRESS = (
    r"(?:g[áa]kti|gakte|gapta|luhkka|(?:Skolt |S[áa]mi )kolt|korowai|kahu huruhuru|piupiu|moko kauae|t[āa] moko|"
    r"(?:powwow|pow wow|pow-wow|jingle|fancy shawl|grass dance) (?:regalia|dress|outfit)|ribbon skirt|huipil|"
    r"amauti|atikluk|kuspuk|parka made by (?:his|her|their) (?:mother|grandmother|aunt))"
)
# whose it is on them: after "his", "her", "Name's" or "in full", read behind the match, so that the prefilter
# requires the dress's name, not the everyday words before it
_WHOSE = (
    "(?:"
    + "|".join(rf"(?<=\b{word} )" for word in ("his", "her", "their", "my", "in full", "wore full", "wearing full"))
    + r"|(?<=['’]s ))"
)
_WORN = (
    _WHOSE
    + r"(?:own |full |best |family |festive |traditional |grandmother's |blue |red |new |old ){0,2}"
    + _DRESS
    + r"\b"
)
# the dress as a thing sold, shown or copied
_NOT_WORN = (
    r"(?![-’'](?:inspired|style|print|pattern))(?! (?:shop|store|collection|exhibit\w*|print|pattern|replica)s?\b)"
)

ETHNIC_DRESS = ((_WORN + _NOT_WORN, "person"),)
