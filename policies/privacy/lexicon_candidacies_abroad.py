"""Political-opinion cues for a candidacy in the languages a rep's notes mix in (English ones are in
:mod:`.lexicon_candidacies`): Polish "kandyduje do rady miasta", German "kandidiert für den Stadtrat",
Spanish "se presenta a concejal", French "candidate aux municipales", Italian "si candida al consiglio comunale".

Senses that must stay quiet: a candidate for a job or a tender ("kandyduje na stanowisko dyrektora",
"candidato al puesto", "candidat au poste") and a supplier shortlisted ("candidata per la gara")."""

from __future__ import annotations

_POLISH = (
    r"\bkandyd(?:uje|ują|uję|ował[aoy]?|owała|ować|atk[aą]|at) (?:do|na) (?:rady|sejmu|senatu|parlamentu|"
    r"sejmiku|prezydenta|burmistrza|wójta|radnego|radną|posła|posłankę)\b"
)
_GERMAN = (
    r"\bkandidiert(?:e|en)? (?:für|als) (?:den |die |das )?(?:Stadtrat|Gemeinderat|Kreistag|Landtag|Bundestag|"
    r"Bürgermeister(?:in)?|Oberbürgermeister(?:in)?|Stadtverordnete)"
)
_ROMANCE = (
    r"\b(?:se presenta|se presentó|se presentará) (?:a|como) (?:concejal|alcalde|alcaldesa|diputad[oa]|senador|"
    r"las (?:elecciones|municipales|autonómicas))\b|\bcandidat(?:e|o|a)? (?:aux (?:municipales|législatives|"
    r"régionales|élections)|à la mairie|a (?:sindaco|alcalde|concejal)|al consiglio comunale|alle (?:elezioni|"
    r"comunali|regionali|politiche))\b|\bsi candida (?:a sindaco|al consiglio|alle (?:elezioni|comunali|regionali))"
)

CANDIDACIES_ABROAD = (
    (_POLISH, "person"),
    (_GERMAN, "person"),
    (_ROMANCE, "person"),
)
