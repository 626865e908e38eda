"""Health cues for a person's operation or rehabilitation told in the languages a rep's notes mix in: German
"ist in der Reha", "nach ihrer Knie-OP", "wurde operiert"; French "en rééducation", "opéré du genou"; Spanish
"operada de la cadera"; Portuguese "operado ao joelho", "em reabilitação"; Italian "operato al ginocchio", "in
riabilitazione". (The writer's own operation in those languages is in :mod:`.lexicon_surgery_abroad`.)

Senses that must stay quiet: rehab as a sector or a workplace ("arbeitet in der Reha-Branche", "verkauft an
Kliniken in der Reha"), a building refurbished ("la rehabilitación del edificio") and a machine operated ("la
máquina fue operada"): so rehab needs a verb of being or going before it, and an operation a body part after it.
"""

from __future__ import annotations

# the body parts an operation is named by, in each language
_PART_DE = r"(?-i:Knie|Hüft|Hüfte|Herz|Rücken|Bandscheiben|Schulter|Meniskus|Kreuzband|Augen|Blinddarm|Gallen|Fuß|Hand)"
_PART_FR = (
    r"(?:genou|hanche|dos|c[œo]e?ur|épaule|cheville|poignet|ménisque|appendicite|colonne|vésicule|yeux|œil|oeil|pied)"
)
_PART_ES = r"(?:rodilla|cadera|espalda|hombro|coraz[óo]n|tobillo|menisco|ap[ée]ndice|columna|vesícula|mu[ñn]eca|pie)"
_PART_PT = r"(?:joelho|quadril|anca|cora[çc][ãa]o|ombro|tornozelo|menisco|ap[êe]ndice|coluna|ves[íi]cula|pulso|p[ée])"
_PART_IT = r"(?:ginocchio|anca|cuore|spalla|schiena|menisco|caviglia|appendicite|colonna|cistifellea|polso|piede)"

# (each a cue of its own, so that the cue prefilter can require a literal of each)
_GERMAN_REHAB = (
    # in rehab, said with a verb of being or going ("ist ab Montag sechs Wochen in der Reha", "fährt zur Reha");
    # "arbeitet in der Reha" is a job, and "Reha-Branche" a sector
    r"\b(?:ist|war|sind|bin|liegt|lag|geht|ging|kommt|kam|muss|musste|fährt|fuhr|bleibt|blieb) (?:[\w.-]+ ){0,4}?"
    r"(?:in der|zur|aus der|von der|in die) (?:stationären |ambulanten )?Reha\b(?![-\w])"
)
# an operation named by its body part or owned ("nach ihrer Knie-OP", "hatte eine Hüft-OP"), or undergone
_GERMAN_OP = r"\b" + _PART_DE + r"-(?-i:OP)\b|\b(?:seiner|ihrer|meiner|seine|ihre|meine|eine|einer) (?-i:OP)\b(?!-)"
_GERMAN_OPERATED = r"\b(?:wurde|wird|werde|ist|bin) (?:\w+ ){0,3}?operiert\b"
_FRENCH = r"\ben (?:rééducation|convalescence)\b|\bopérée?s? (?:du|de la|de l'|des|à la|au) " + _PART_FR + r"\b"
_SPANISH = r"\boperad[oa]s? (?:de|del) (?:la |el |los |las )?" + _PART_ES + r"\b"
_PORTUGUESE = (
    r"\boperad[oa]s? (?:ao|à|do|da|no|na) " + _PART_PT + r"\b|\b(?:est[áa]|estava|anda|segue|continua) em "
    r"reabilita[çc][ãa]o\b"
)
_ITALIAN = r"\boperat[oa] (?:al|alla|all'|allo|ai|agli) " + _PART_IT + r"\b|\bin (?:riabilitazione|convalescenza)\b"

REHAB_ABROAD = tuple(
    (pattern, "person")
    for pattern in (_GERMAN_REHAB, _GERMAN_OP, _GERMAN_OPERATED, _FRENCH, _SPANISH, _PORTUGUESE, _ITALIAN)
)
