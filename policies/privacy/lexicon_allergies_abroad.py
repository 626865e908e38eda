"""Health cues for an allergy told in the languages a rep's notes mix in, as dinners are planned: Italian
"un'allergia grave alle arachidi", Spanish "es alérgica a los frutos secos", French "allergique aux arachides",
German "Erdnussallergie", Dutch "allergisch voor pinda's", Polish "ma alergie na orzechy" (diacritics or not), and
the adrenaline pen a person carries for one. (The English forms are in :mod:`.lexicon_health`.)

Senses that must stay quiet: an allergy as a figure of speech ("un'allergia alla burocrazia"), a menu's
allergen list ("gli allergeni sono indicati") and the season ("la stagione delle allergie"): so the allergy
must name an allergen."""

from __future__ import annotations

# what people are allergic to, in those languages
_ALLERGEN = (
    r"(?:arachidi|noccioline|noci|frutta a guscio|crostacei|frutti di mare|glutine|lattosio|sesamo|penicillina|"
    r"cacahuetes|cacahuates|man[íi]|frutos secos|nueces|mariscos|gluten|lactosa|penicilina|amendoim|nozes|"
    r"frutos do mar|camar[ãa]o|gl[úu]ten|lactose|arachides|cacahu[èe]tes|noix|fruits à coque|fruits de mer|"
    r"crustacés|pénicilline|Erdnüsse|Erdnuesse|Nüsse|Nuesse|Schalentiere|Meeresfrüchte|Penicillin|pinda['’]?s|"
    r"noten|schaaldieren|orzechy|orzeszki(?: ziemne)?|owoce morza|laktoz[eęa]|penicylin[eęa]|uczulenie)"
)
_ALLERGIC = (
    r"\b(?:allergi[ac]|allergic[oa]|alergia|al[ée]rgic[oa]|allergie|allergique|allergisch|alergi[aeię]|"
    r"uczulon[ya]) (?:\w+ ){0,2}?(?:a|ai|al|alla|alle|agli|all['’]|a los|a las|ao|aos|à|às|aux?|à la|à l['’]|"
    r"gegen|gegenüber|voor|op|na) " + _ALLERGEN + r"\b|"
    # the allergy as one word in German and Dutch ("ihre Erdnussallergie", "een notenallergie")
    r"\b(?:Erdnuss|Nuss|Schalentier|Gluten|pinda|noten|schaaldieren)allergie\b"
)
# an adrenaline pen carried for one ("porta sempre l'autoiniettore", "lleva siempre su autoinyector")
_PEN = (
    r"\b(?:porta|lleva|leva|carrega|porte|trägt|draagt|nosi|ma) (?:\w+ ){0,3}?(?:l['’]|il |su |sein |ihr |zijn |"
    r"haar |swoj )?(?:autoiniettore|autoinyector|"
    r"auto-injecteur|stylo d['’]adrénaline|Adrenalin-?Pen|adrenalinepen|EpiPen)\b"
)

ALLERGIES_ABROAD = ((_ALLERGIC, "person"), (_PEN, "person"))
