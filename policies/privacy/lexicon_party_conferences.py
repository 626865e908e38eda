"""Political-opinion cues for a party's conference named with what kind it is and no possessive: "a voting delegate
at the Green Party autumn conference", "off to the SNP spring conference", "the Labour annual conference".
:mod:`.lexicon_political` has the possessive form ("Labour's annual conference") and the bare one ("the Labour
conference"); a season or scope between them kept it from both.

Senses that must stay quiet: a firm's or trade body's conference ("the Oracle annual conference"), a party's
name that is part of another name ("the Liberal Arts spring conference", "the Labour Day national conference"):
the party must come straight before the kind of conference."""

from __future__ import annotations

from policies.privacy.lexicon_political import _PARTY

_KIND = (
    r"(?:spring|autumn|fall|summer|winter|annual|national|federal|state|regional|county|local|leadership|special|"
    r"policy|youth|women's|members'|\d{4})"
)

PARTY_CONFERENCES = (
    (
        r"\b(?:the|his|her|my|their|a|this year's|last year's) (?:local )?"
        + _PARTY
        + r"(?: [Pp]arty)? (?:"
        + _KIND
        + r" ){1,2}(?:conference|congress|convention|caucus)s?\b",
        "person",
    ),
)
