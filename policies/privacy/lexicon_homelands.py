"""Ethnic-origin cues for peoples whose names are also given names, surnames or common words (Karen, Chin,
Mon, Shan, Wa, Naga): read only where the text makes them a people, by a family said to be one with its homeland
("his family are Karen from Myanmar", "her parents were Chin from the hills of western Burma") or by a people's
noun after the name ("a Karen refugee", "his Kachin heritage", "Mon people").

Senses that must stay quiet: a person of that given name ("her parents are Karen and Dave", "this is Karen from
Myanmar Brewery"), a surname ("Mr Chin's team"), and a place's or an army's name that is not a family's ("the
Karen State office", "the Shan plateau")."""

from __future__ import annotations

_PEOPLE = (
    r"(?-i:Karen|Kayin|Karenni|Kayah|Kachin|Jinghpaw|Chin|Zomi|Mon|Shan|Tai Yai|Rakhine|Arakanese|Lisu|Lahu|"
    r"Akha|Wa|Naga|Mizo|Kuki|Bodo|Chakma|Jumma|Mien|Iu Mien|Khmu|Tai Dam|Montagnard|Degar|Jarai|Rhade|Bahnar)"
)
# the lands those peoples come from
_HOMELAND = (
    r"(?-i:Myanmar|Burma|eastern Burma|western Burma|northern Burma|Thailand|the Thai border|the Thai-Burma border|"
    r"the Burma border|(?:Karen|Kayin|Kachin|Chin|Shan|Mon|Kayah|Rakhine) State|Laos|Vietnam|the Central "
    r"Highlands|northeast India|north-east India|Nagaland|Mizoram|Manipur|Assam|the Chittagong Hill Tracts|"
    r"Bangladesh|Yunnan)"
)
_KIN = (
    r"(?:family|families|parents|grandparents|grandmother|grandfather|mother|father|mum|dad|ancestors|relatives|"
    r"folks|people)"
)
# what makes the name a people's ("a Karen refugee", "his Chin heritage"); "Karen family" is left out, since
# "the Karen family" may be a given name's
_PEOPLES_NOUN = (
    r"(?:refugees?|heritage|ancestry|descent|roots|background|people|community|communities|ethnic (?:group|minority)|"
    r"minority|villagers?|elders?|diaspora|origin)"
)

HOMELANDS = (
    (
        # a family said to be the people, from its homeland ("his family are Karen from Myanmar")
        r"\b(?:his|her|my|their|(?-i:[A-Z][a-z]+)['’]s) (?:\w+ )?" + _KIN + r" (?:is|are|was|were) (?:originally |all "
        r"|both |ethnically )?"
        + _PEOPLE
        + r",? (?:from|in|of) (?:the )?(?:hills of |borderlands of |highlands of )?"
        + _HOMELAND
        + r"\b",
        "person",
    ),
    (
        # the people's name before what makes it one ("a Karen refugee", "her Kachin heritage", "is ethnically
        # Shan"); a possessive or an article must precede, so "Karen heritage tour" needs no guess at a name
        r"\b(?:a|an|his|her|my|their|is|was|are|were|'s|’s|ethnically|ethnic) "
        + _PEOPLE
        + r" "
        + _PEOPLES_NOUN
        + r"\b(?! (?:organi[sz]ations?|charit(?:y|ies)|centres?|centers?|groups?|projects?|programm?es?|"
        r"associations?)\b)|\bethnically " + _PEOPLE + r"\b",
        "person",
    ),
)
