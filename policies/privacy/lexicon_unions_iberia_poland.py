"""Trade union offices in Portuguese and Polish ("é dirigente do sindicato dos metalúrgicos", "direção sindical",
"przewodnicząca zakładowej komisji związku zawodowego", "działacz Solidarności"), which
:mod:`.lexicon_union_offices_abroad` did not read: a post held in a union, said of a person.

Senses that must stay quiet: a union as a party the firm negotiates with ("negocjacje ze związkami
zawodowymi", "reunião com o sindicato"), which names no one's post."""

from __future__ import annotations

UNIONS_IBERIA_POLAND = (
    (
        r"\b(?:dirigente|delegad[oa]|president[ea]|secretári[oa]|membro da direção|sóci[oa]|filiad[oa]) "
        r"(?:\w+ )?(?:do|no|da) sindicato\b|\bdire(?:ção|cção) sindical\b|\b(?:dirigente|ativista) sindical\b",
        "person",
    ),
    (
        r"\b(?:przewodnicząc\w+|wiceprzewodnicząc\w+|członk\w+|działacz\w*|sekretarz\w*) (?:\w+ ){0,3}?"
        r"(?:związku zawodowego|związków zawodowych|komisji zakładowej|NSZZ|Solidarności)\b|\b(?:należy|należał|"
        r"należała|zapisał się|zapisała się) do (?:związku zawodowego|Solidarności|NSZZ)\b",
        "person",
    ),
)
