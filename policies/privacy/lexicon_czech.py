"""Health and same-sex partner cues in Czech: sick leave, an operation, a stay in hospital, an illness or a
pregnancy ("je na neschopence", "po operaci kolena", "leží v nemocnici", "má rakovinu", "je těhotná"), and a
man with his husband or a woman with her wife ("pan Král se svým manželem", "jeho manžel", "její manželka").
:mod:`.lexicon_czech_faith` reads Czech religion only; whom a cue is about is :mod:`.persons_scripts`'s.

Senses that must stay quiet: an operation as a business one ("bankovní operace", "operace na účtu"), a hospital
as a customer ("nemocnice objednala"), a man with his wife ("pan Král s manželkou") or a woman with her husband
("paní Nováková s manželem"): an operation needs a body part or a recovery, a couple two of one gender."""

from __future__ import annotations

_BODY_PART = (
    r"(?:kolena|kyčle|zad|páteře|srdce|ramene|ruky|nohy|kotníku|očí|oka|žlučníku|slepého střeva|kýly|menisku|"
    r"ledviny|prsu|štítné žlázy|hlavy|mozku|plic|žaludku)"
)
_ILLNESS = (
    r"(?:rakovinu|rakovinou|cukrovku|cukrovkou|infarkt|infarktu|mrtvici|mrtvice|zápal plic|covid|chřipku|chřipkou|"
    r"depresi|depresemi|vyhoření|vyhořením|leukémii|roztroušenou sklerózu)"
)
# a Czech man named by his title, and what may stand between him and his partner ("Pan Král (Xx-holding)
# přijde na večeři i se svým manželem")
_MR = r"\b(?:pan|pana|panu|panem) (?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\wáčďéěíňóřšťúůýž]+)"
_MS = r"\b(?:paní|slečna) (?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\wáčďéěíňóřšťúůýž]+)"
_BETWEEN = r"(?: \([^()\n]{1,40}\))?(?: [\wáčďéěíňóřšťúůýž,.-]+){0,10}? "

CZECH_HEALTH = (
    (
        r"\bna (?:neschopence|nemocenské|pracovní neschopnosti|mateřské)\b|\bmarod(?:í|il|ila)\b|"
        r"\b(?:po|před|čeká ho|čeká ji|podstoupil|podstoupila|měl|měla|má) (?:\w+ )?operac[ie] " + _BODY_PART + r"|"
        r"\b(?:leží|ležel|ležela|je|byl|byla) (?:\w+ )?v nemocnici\b(?! (?:na|kvůli) (?:schůzce|prezentaci|"
        r"instalaci|jednání)\b)|\b(?:je|byla) hospitalizovan[áý]\b|"
        r"\b(?:má|měl|měla|onemocněl|onemocněla|léčí se s|bojuje s|prodělal|prodělala|trpí) " + _ILLNESS + r"\b|"
        r"\b(?:je|jsem|byla) (?:\w+ )?těhotná\b|\b(?:chodí|dochází) na (?:chemoterapii|dialýzu|ozařování)\b",
        "person",
    ),
)
CZECH_COUPLES = (
    (
        # his husband, her wife: the possessive tells one gender, the noun the other, and that there is a person
        r"\bjeho (?:manžel|manžela|manželem|manželovi|snoubenec|snoubence|snoubencem)\b|"
        r"\bjejí (?:manželka|manželky|manželkou|manželce|snoubenka|snoubenky|snoubenkou)\b",
        "self",
    ),
    (
        # a man by his title with his husband, a woman by hers with her wife
        _MR
        + _BETWEEN
        + r"(?:s|se) (?:\w+ )?(?:svým |jeho )?(?:manželem|snoubencem)\b|"
        + _MS
        + _BETWEEN
        + r"(?:s|se) (?:\w+ )?(?:svou |svojí |její )?(?:manželkou|snoubenkou)\b",
        "person",
    ),
)
