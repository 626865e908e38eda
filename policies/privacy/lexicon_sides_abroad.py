"""Political, religious and trade-union cues from notes in a rep's other languages and from arrests at a protest: French
"candidate sur la liste RN aux municipales", English "arrested at the climate blockade", German "lebt streng
orthodox" (a faith kept by how one lives), Italian "si è candidato come RSU per la FIOM".

Senses that must stay quiet: a supplier on a list ("candidate sur la liste des fournisseurs"), an arrest of a business
process ("arrested the slide at the anti-fraud review"), a view called orthodox ("die Methode ist sehr orthodox", "lebt
streng nach Plan"), a kitchen's food ("das Restaurant kocht halal") and the works council as a body ("le RSU hanno
chiesto")."""

from __future__ import annotations

from policies.privacy.lexicon_causes import _SIDED

_ELECTIONS = r"(?:municipales|législatives|régionales|européennes|départementales|sénatoriales|présidentielles)"

SIDES_ABROAD = (
    (
        r"\bcandidat(?:e)?s? (?:sur|en tête de|tête de) (?:la |une )?liste\b(?: [\w'’-]+){0,4}? (?:aux|pour les|des) "
        + _ELECTIONS
        + r"\b|"
        # held by the police at a gathering that takes a side
        r"\b(?:arrested|detained|kettled|nicked|cuffed|taken into custody) (?:\w+ )?(?:at|during|after) (?:a |an "
        r"|the |this |that |(?:last|this) \w+'s )?(?:[\w-]+ )?" + _SIDED + r"\b",
        "person",
    ),
)
DEVOUT_ABROAD = (
    (
        r"\b(?:lebt|lebe|leben) (?:sehr |streng |strikt |tief )+(?:orthodox|gläubig|religiös|katholisch|jüdisch|"
        r"muslimisch|evangelisch)\b|\b(?:ist|sind|war) (?:sehr |streng |tief )+(?:gläubig|religiös)\b|"
        r"\b(?:lebt|isst) (?:\w+ )?(?:streng )?(?:koscher|halal)\b",
        "person",
    ),
)
UNION_SEATS_ABROAD = (
    (
        r"\b(?:candidat[oaie]|elett[oaie]|elected|eletto) (?:come |a |as )?(?:RSU|RLS|RSA|delegat[oa] sindacale)\b|"
        r"\b(?:RSU|delegat[oa] sindacale) (?:per|della|del|di) (?:la )?(?-i:FIOM|CGIL|CISL|UIL|UILM|FIM|USB|"
        r"COBAS|UGL)\b",
        "person",
    ),
)
