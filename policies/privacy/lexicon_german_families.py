"""Ethnic-origin and religion cues for a family's people or faith told in German: "ihre Familie sind kurdische
Aleviten", "dass seine Eltern Jesiden sind", "sie ist kurdischer Herkunft", "er hat armenische Wurzeln". A
clause may put its verb last ("dass ihre Familie kurdische Aleviten aus Tunceli sind"), so the verb of being
between the family and what it is may be missing.

Senses that must stay quiet: a people or faith met, served or written about ("ihre Familie kennt viele Kurden",
"die kurdische Gemeinde als Kunde"), a nationality, which tells a passport ("seine Familie ist türkisch" names no
people), and an origin of class or place ("einfacher Herkunft")."""

from __future__ import annotations

# whose family: a possessive, or a name's genitive ("Yilmaz' Familie", "Annas Eltern"); one person's relatives, so
# the match is its own person
_WHOSE = r"(?:seine|ihre|meine|(?-i:[A-ZÄÖÜ][a-zäöüß]+)(?:s|'|’))"
_KIN = r"(?:ganze |gesamte )?(?:Familie|Eltern|Gro(?:ß|ss)eltern|Vorfahren|Mutter|Vater)"
# an optional verb of being (absent when the clause ends with it) and a word of degree
_BE = r"(?: (?:ist|sind|war|waren|stammt|stammen))?(?: (?:alle|beide|ursprünglich|eigentlich|auch))?"
# peoples within a state, as adjective or noun (not nationalities: "türkisch", "irakisch" tell a passport)
_PEOPLE_ADJECTIVE = (
    r"(?:kurdisch|armenisch|assyrisch|aramäisch|tscherkessisch|tschetschenisch|uigurisch|tatarisch|sorbisch|"
    r"tamilisch|berberisch|kabylisch)(?:e|en|er|es)?"
)
_PEOPLE_NOUN = (
    r"(?:Kurden|Kurdin|Kurde|Armenier|Assyrer|Aramäer|Tscherkessen|Tschetschenen|Uiguren|Tataren|Sorben|Tamilen|"
    r"Berber|Kabylen|Roma|Sinti)"
)
_FAITH = (
    r"(?:Aleviten|Alevitin|Alevit|alevitisch(?:e|en)?|Jesiden|jesidisch(?:e|en)?|Muslime|Moslems|muslimisch|"
    r"Katholiken|katholisch|Protestanten|evangelisch|Juden|jüdisch|Buddhisten|Hindus|Sikhs|Atheisten|Mormonen|"
    r"Zeugen Jehovas)"
)

GERMAN_FAMILY_ORIGINS = (
    (
        r"\b"
        + _WHOSE
        + r" "
        + _KIN
        + _BE
        + r" (?:aus (?:einer |einem )?)?(?:"
        + _PEOPLE_ADJECTIVE
        + r"|"
        + _PEOPLE_NOUN
        + r")\b",
        "self",
    ),
    (
        # an origin said of a person ("ist kurdischer Herkunft", "hat armenische Wurzeln", "stammt aus einer
        # tamilischen Familie"); "einfacher Herkunft" is a class, and has no "-ischer"
        r"\b(?:ist|sind|war|waren|bin) (?:\w+ )?[a-zäöü]+ischer (?:Herkunft|Abstammung)\b|"
        r"\b(?:hat|haben|hatte|mit) (?:\w+ )?[a-zäöü]+ische(?:n)? Wurzeln\b|"
        r"\b(?:stammt|stammen|kommt|kommen) aus einer " + _PEOPLE_ADJECTIVE + r" Familie\b",
        "person",
    ),
)
GERMAN_FAMILY_FAITHS = (
    (
        r"\b" + _WHOSE + r" " + _KIN + _BE + r" (?:" + _PEOPLE_ADJECTIVE + r" )?" + _FAITH + r"\b",
        "self",
    ),
)
