"""Ethnicity cues for a contact note's clipped style, where a people's name stands alone before where the
person grew up: "Tomás Reyes, Head of Ops. Aymara, grew up in El Alto", "Hmong, raised in Minnesota".

Senses that must stay quiet: a language or a market named the same way ("Quechua, spoken in Cusco",
"Hispanic, the fastest-growing segment") and a name inside a sentence ("the Aymara grew up as a market")."""

from __future__ import annotations

from policies.privacy.lexicon_identity import _ETHNIC

ORIGIN_NOTES = (
    (
        # the people's name opens the clause, a comma, then the upbringing
        r"(?:^|(?<=[.;:!?] )|(?<=\n))[ \t]*" + _ETHNIC + r", (?:grew up|born|raised|brought up|was born|"
        r"was raised|who grew up)\b",
        "person",
    ),
)
