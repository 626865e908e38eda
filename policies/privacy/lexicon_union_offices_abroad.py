"""Trade-union cues for one person's membership of, office in or mandate from a union, said in German and
Dutch: "ist seit zwanzig Jahren in der IG Metall", "ist Betriebsrätin für ver.di", "ist afdelingsbestuurder van
het CNV", "zit namens de bond bij het overleg", "ging beim Warnstreik mit".

Senses that must stay quiet: the union or its members as a group ("die IG Metall fordert", "de bond wil
overleg", "die Belegschaft ist in der IG Metall organisiert"), and a strike as news ("der Warnstreik legte den
Hafen lahm"): membership needs one person's verb of being, an office a person's title, a strike their
taking part."""

from __future__ import annotations

from policies.privacy.lexicon_union_names import UNION_NAME

_UNION = r"(?=(?-i:[A-Z0-9])|ver\.di)" + UNION_NAME
# an office in a union, in Dutch and German ("afdelingsbestuurder", "bestuurslid", "Vertrauensleutesprecher")
_OFFICE = (
    r"(?:(?:afdelings|regio|district|hoofd)?bestuurder|bestuurslid|voorzitter|secretaris|penningmeester|"
    r"onderhandelaar|vakbondsbestuurder|(?:Bezirks|Landes|Orts)?(?:vorsitzende[r]?|sekret[äa]r(?:in)?)|"
    r"Gewerkschaftssekret[äa]r(?:in)?|Vertrauensleutesprecher(?:in)?)"
)

UNION_OFFICES_ABROAD = (
    (
        # a member for years ("ist seit zwanzig Jahren in der IG Metall", "zit al jaren bij de FNV"); the
        # singular verb keeps out a workforce ("sind in der IG Metall organisiert")
        r"\b(?:ist|war|is|was|zit) (?:(?:seit|al|sinds|schon|bereits|ook) (?:\w+ ){0,3})?(?:in der|bei der|bij de|"
        r"bij het|lid van de|lid van het|Mitglied der|Mitglied bei der) " + _UNION + r"\b(?! (?:organisiert|"
        r"vertreten|georganiseerd)\b)|"
        # an office in a named union ("afdelingsbestuurder van het CNV", "Bezirkssekretärin der IG BCE")
        r"\b" + _OFFICE + r" (?:van de |van het |bij de |bij het |der |bei der |von der )?" + _UNION + r"\b|"
        # speaking for the union at a meeting ("zit namens de bond bij", "ist für die Gewerkschaft dabei")
        r"\b(?:zit|is|was|komt|spreekt) (?:\w+ ){0,2}?namens (?:de bond|de vakbond|het "
        + _UNION
        + r"|de "
        + _UNION
        + r")\b",
        "person",
    ),
    (
        # walking in a strike ("ist beim Warnstreik vorne mitgelaufen", "liep mee in de staking")
        r"\b(?:ist|war|hat) (?:\w+ ){0,2}?(?:beim|bei dem|am) (?:Warnstreik|Streik)\b (?:\w+ ){0,3}?"
        r"(?:mitgelaufen|mitgegangen|mitmarschiert|dabei gewesen|mitgestreikt|gestreikt)\b|"
        r"\b(?:liep|staakte) (?:\w+ ){0,2}?mee (?:in|met) de (?:staking|stakingsactie|stakersmars)\b",
        "person",
    ),
)
