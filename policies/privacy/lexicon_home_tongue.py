"""Ethnic-origin cues told by a family's language: a language of a people without a state of its own, spoken at
home, grown up in or named as a first language ("his grandmother only speaks Chamorro at home", "grew up
speaking Navajo", "her first language is Quechua").

A national language tells a passport or a school, not a people ("speaks French at home", "learnt Spanish"), so
only the languages of Indigenous peoples, stateless minorities and the peoples within a state (Punjabi, Yoruba,
Hakka) count. Senses that must stay quiet: a
language learnt or sold ("is learning Māori on Duolingo", "our Navajo localisation", "the Yiddish theatre
tickets") and one spoken by no one in particular ("Quechua is spoken in Peru")."""

from __future__ import annotations

_TONGUE = (
    r"(?-i:Chamorro|CHamoru|Navajo|Din[ée] bizaad|M[āa]ori|te reo(?: M[āa]ori)?|Hawaiian|[ʻ']?[ŌO]lelo Hawai[ʻ']?i|"
    r"Quechua|Aymara|Guaran[íi]|Nahuatl|K['’]iche['’]?|Mayan|Mixtec|Zapotec|Cherokee|Lakota|Dakota|Ojibwe|"
    r"Anishinaabemowin|Cree|Inuktitut|Inupiaq|Yup['’]ik|Mi['’]kmaq|Mohawk|S[áa]mi|Romani|Romanes|Yiddish|Ladino|"
    r"Kurdish|Kurmanji|Sorani|Tamazight|Kabyle|Berber|Uyghur|Tibetan|Hmong|Assyrian|Aramaic|Sorbian|Garifuna|"
    r"Tok Pisin|Kriol|Pitjantjatjara|Warlpiri|Yolŋu Matha|Ainu|Sindhi|Baloch|Pashto|Tatar|Chechen|Circassian|"
    r"Cajun French|Louisiana French|Louisiana Creole|Kouri-Vini|Gullah|Geechee|"
    # the languages of peoples within a state, which no passport names ("speaks Punjabi with her parents")
    r"Punjabi|Panjabi|Gujarati|Tamil|Telugu|Malayalam|Kannada|Marathi|Sylheti|Mirpuri|Pahari|Yoruba|Igbo|Hausa|"
    r"Twi|Akan|Ewe|Zulu|isiZulu|Xhosa|isiXhosa|Oromo|Oromiffa|Tigrinya|Hakka|Hokkien|Teochew|Cantonese|Basque|"
    r"Euskara|Breton)"
)
# a dialect or branch named before the language ("Northern Sámi", "Lule Sami", "Plains Cree", "Cusco Quechua")
_BRANCH = (
    r"(?:(?-i:North|Northern|South|Southern|Lule|Inari|Skolt|Pite|Ume|Kildin|Eastern|Western|Central|Highland|"
    r"Plains|Swampy|Woods|Cusco|Bolivian|Ayacucho|Vlax|Balkan|Sinte|Kalo) )?"
)
# who speaks it: one person, or their family as theirs
_KIN = (
    r"(?:family|parents|grandparents|grandmother|grandma|granny|nan|nana|grandfather|grandpa|mother|mum|mom|"
    r"father|dad|aunties|aunts|uncles|elders|relatives|folks|kids|children)"
)

HOME_TONGUE = (
    (
        # spoken at home or with the family ("only speaks Chamorro at home", "speaks Navajo with her grandma")
        r"\b(?:speaks?|spoke|speaking|talks?|talked|talking|uses|used|using) (?:only |mostly |mainly |still )?"
        + _BRANCH
        + _TONGUE
        + r" (?:at home|in the house|around the house|with (?:his|her|my|their|the) (?:\w+ )?"
        + _KIN
        + r"|to (?:his|her|my|their) (?:\w+ )?"
        + _KIN
        + r")\b|\b(?:grew up|raised|brought up) (?:speaking|in|with) "
        + _TONGUE
        + r"\b(?! (?:classes|lessons|course|class|radio|TV|films?|theatre|theater|music|songs?)\b)|\b(?:his|her|my|"
        r"their) (?:first|native|mother|home|family|heritage) (?:language|tongue) (?:is|was|'s) "
        + _TONGUE
        + r"\b|\b"
        + _TONGUE
        + r" (?:is|was|'s) (?:his|her|my|their) (?:(?:\w+ )?"
        + _KIN
        + r"(?:'|’|'s|’s) )?(?:first|native|mother|"
        r"home|family|heritage) (?:language|tongue)\b",
        "person",
    ),
)
