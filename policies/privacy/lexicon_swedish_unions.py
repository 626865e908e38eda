"""Trade-union cues in Swedish: a person's union club or membership ("ett möte med sin fackklubb", "hon är med
i facket", "medlem i IF Metall", "fackligt förtroendevald"). :mod:`.lexicon_swedish` holds Swedish health and
politics only, and the union names (:mod:`.lexicon_union_names`) do not know the Swedish unions.

Senses that must stay quiet: a union club or a union as a customer or a source ("vi säljer till fackklubben på
Scania", "Unionen publicerade en rapport"), and "kommunal" as the adjective ("kommunal upphandling")."""

from __future__ import annotations

# the Swedish unions by their names, capitals kept ("Kommunal", "Vision", "Handels" are words too otherwise)
_UNION = (
    r"(?:facket|fackklubben|fackföreningen|(?-i:IF Metall|Kommunal|Unionen|Vision|Seko|Handels|Byggnads|"
    r"Vårdförbundet|Lärarförbundet|Sveriges Lärare|Sveriges Ingenjörer|Akademikerförbundet SSR|Elektrikerna|"
    r"GS-facket|Livsmedelsarbetareförbundet|Transportarbetareförbundet|Fastighets|Pappers|Ledarna|Saco|TCO))"
)

# the union's club or branch at a workplace, its name hyphened on ("IF Metall-klubben", "Unionen-klubben")
_ITS_CLUB = r"(?:-(?:klubben|klubb|avdelningen|sektionen))?"

SWEDISH_UNIONS = (
    (
        # "sin fackklubb", "hennes fackförening", "min fackavdelning"
        r"\b(?:sin|sitt|sina|hans|hennes|min|mitt|deras) (?:lokala )?(?:fackklubb|fackförening|fackavdelning|"
        r"facksektion)\w*\b",
        "person",
    ),
    (
        # "med i facket", "medlem i IF Metall", "gick med i Kommunal", "ordförande i fackklubben"
        r"\b(?:är med i|var med i|medlem i|medlemmar i|går med i|gick med i|gått med i|aktiv i|engagerad i|"
        r"ordförande i|ordförande för|sitter i styrelsen för) "
        + _UNION
        + _ITS_CLUB
        + r"(?![\w-]| (?-i:[a-zåäö]+ )?(?:som kund|"
        r"rapport))",
        "person",
    ),
    (
        r"\b(?:fackligt|facklig) (?:ombud|förtroendevald|företrädare|representant|ordförande)\b",
        "person",
    ),
)
