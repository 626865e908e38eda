"""Ethnic-origin cues for a person's or a family's roots told in Dutch, by the peoples of the Dutch diaspora and
their compounds ("zijn familie is Surinaams-Hindoestaans", "dat haar ouders Moluks zijn", "hij is een
Hindoestaan", "van Marokkaanse afkomst", "heeft Turkse roots", "is Kaapverdiaans-Nederlands"). (Other languages'
origins are in :mod:`.lexicon_descent_abroad` and :mod:`.lexicon_identity`.)

Senses that must stay quiet: the same adjectives on food, firms and places ("het restaurant is Surinaams", "een
Turks bedrijf", "Marokkaanse thee"), so the origin must be said of a person or a family, by a verb of being at the
end of its phrase, or with the words for descent; and a class, not a people ("van eenvoudige afkomst")."""

from __future__ import annotations

# the peoples by their adjectives, with or without the -e ending, alone or joined to another ("Surinaams-Hindoestaans",
# "Marokkaans-Nederlands")
_PEOPLE = (
    r"(?:Surinaams|Hindoestaans|Creools|Javaans|Marokkaans|Turks|Moluks|Antilliaans|Cura[çc]aos|Arubaans|"
    r"Kaapverdiaans|Koerdisch|Riffijns|Berbers|Indisch|Ghanees|Somalisch|Eritrees|Afghaans|Syrisch|Chinees-Indisch)"
)
_PEOPLES = r"(?-i:" + _PEOPLE + r"e?(?:-[A-Z][a-z]+)?)"
# a member of one by its noun ("een Hindoestaan", "een Molukker"); "Turk" alone is left out, a surname too
_MEMBER = r"(?-i:Hindoesta(?:an|anse|nen)|Surinamer|Marokkaan|Molukker|Antilliaan|Creool|Koerd|Riffijn|Kaapverdiaan)"
# who it is said of: a pronoun, or one's family ("zijn familie", "haar ouders")
_WHOSE = (
    r"(?:hij|zij|ze|(?:zijn|haar|z['’]n|mijn|hun) (?:hele )?(?:familie|ouders|moeder|vader|grootouders|opa|oma|"
    r"voorouders))"
)
# the phrase ends there: an adjective that goes on to a noun is a thing's ("is Turks eten")
_ENDS = r"(?=\s*(?:[.,;:!?)]|$|en\b|maar\b|dus\b|want\b|of\b))"
# a class or a standing, not a people ("van eenvoudige afkomst", "van goede komaf")
_NOT_A_CLASS = r"(?!(?:eenvoudige|bescheiden|goede|arme|rijke|adellijke|nederige|gewone|hoge|lage) )"

DUTCH_ORIGINS = (
    (
        # the verb of being before ("zijn familie is Hindoestaans") or, in a clause, after ("dat hij Moluks is");
        # "\s" and a look-ahead around the verb, so that the prefilter requires the people, not " is "
        r"\b" + _WHOSE + r"\s(?:is|zijn|was|waren)\s(?:\w+ )?(?:van )?" + _PEOPLES + r"\b" + _ENDS + r"|"
        r"\b" + _WHOSE + r" (?:\w+ )?(?:van )?" + _PEOPLES + r"(?= (?:is|zijn|was|waren)\b)",
        "person",
    ),
    (
        r"\b(?:is|was|ben|als) (?:een |half |deels )?" + _MEMBER + r"\b|"
        r"\bvan " + _NOT_A_CLASS + r"(?:\w+-)?\w+(?:se|sche) (?:afkomst|komaf|origine)\b|"
        r"\b(?:heeft|had|met|zijn|haar) " + _PEOPLES + r" (?:roots|wortels)\b",
        "person",
    ),
)
