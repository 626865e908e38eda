"""Political-opinion cues for a candidacy in the languages a rep's notes mix in (English ones are in
:mod:`.lexicon_candidacies`): Polish "kandyduje do rady miasta", German "kandidiert für den Stadtrat",
Spanish "se presenta a concejal", French "candidate aux municipales", Italian "si candida al consiglio comunale",
and Japanese campaign work for a candidate or a party ("ビラ配り for the CDP candidate", "候補の選挙ボランティア").

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

# Japanese campaign work: election volunteering, leafleting, posting, phoning, street speeches (a poll worker is
# 選挙事務, left out); for a candidate or a party named after it in English or before it with の
_JAPANESE_WORK = (
    r"(?:選挙ボランティア|ビラ配り|チラシ配り|ポスティング|ポスター貼り|選挙運動|電話かけ|街頭演説|応援演説|選挙応援)"
)
_JAPANESE = (
    _JAPANESE_WORK + r"[^.!?\n]{0,30}?\bfor (?:the |an? )?(?:[\w-]+ ){0,2}?(?:candidate|party|campaign)\b|"
    r"(?:候補者?|党|議員)の" + _JAPANESE_WORK
)

CANDIDACIES_ABROAD = (
    (_JAPANESE, "person"),
    (_POLISH, "person"),
    (_GERMAN, "person"),
    (_ROMANCE, "person"),
)
