"""Political-opinion cues for a person called by their politics in Spanish, Catalan, Portuguese, French or
Italian ("es muy independentista", "és sobiranista", "é bolsonarista", "est souverainiste", "è leghista"), and a
political symbol worn ("lleva el lazo amarillo", "porta el llaç groc").

Senses that must stay quiet: the same words of a party, a movement or a thing ("el partido independentista",
"un proyecto muy independiente", "el lazo amarillo del logo de la marca"): so the label needs a verb of being
after someone, the symbol a verb of wearing."""

from __future__ import annotations

_LABEL = (
    r"(?:independentista|separatista|soberanista|sobiranista|abertzale|comunista|anarquista|franquista|falangista|"
    r"monárquic[oa]|peronista|kirchnerista|chavista|antichavista|bolsonarista|petista|lulista|trumpista|"
    r"ind[ée]pendantiste|souverainiste|communiste|gaulliste|macroniste|m[ée]lenchoniste|lep[ée]niste|leghista|"
    r"grillin[oa]|sovranista|fascista|facha|antifascista)"
)

POLITICAL_LABELS_ABROAD = (
    (
        # "la era comunista" and "l'Est communiste" are an age and a region, not someone's politics
        r"(?<!la )(?<!una )(?<!esta )(?<!l')(?<!l’)"
        r"\b(?:es|era|soy|és|sigue siendo|se declara|se define como|é|foi|sou|est|était|suis|è|sono) "
        r"(?:muy |bastante |súper |super |molt |muito |très |molto |un |una |um |uma |de |del todo )?" + _LABEL + r"\b",
        "person",
    ),
    (
        r"\b(?:lleva|llevaba|porta|portava|duu|luce|lució) (?:\w+ )?(?:el |un |su |la )?(?:lazo|llaç) "
        r"(?:amarillo|groc)\b",
        "person",
    ),
)
