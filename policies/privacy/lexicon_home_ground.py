"""Ethnic-origin cues told by the community a person grew up in, when only a people has such a community: a
quilombo (founded by people who escaped slavery in Brazil), a reservation or reserve, a Roma settlement, a
Traveller site, an Aboriginal mission ("she grew up in a quilombo in Bahia", "raised on the rez").

Senses that must stay quiet: a booking ("made a reservation for six"), a nature reserve, and the place as a
customer or a trip ("the casino on the reservation is a new account", "visited a quilombo on holiday")."""

from __future__ import annotations

_PEOPLES_GROUND = (
    r"(?:(?-i:quilombo|Quilombo)s?|quilombola communit(?:y|ies)|(?:(?-i:[A-Z]\w+) ){0,2}(?:tribal |(?-i:Indian|Native|"
    r"First Nations?) )?reservation|(?:the )?rez|(?-i:(?:Indian|First Nations?|Native|[A-Z]\w+ Nation)) reserve|"
    r"(?-i:Roma|Romani|Gypsy) (?:settlement|camp|quarter|mahala)|(?-i:Traveller|Irish Traveller) (?:site|camp)|"
    r"(?-i:Aboriginal) (?:mission|community|reserve))"
)

HOME_GROUND = (
    (
        r"\b(?:(?:grew up|growing up|raised|brought up|born|spent (?:his|her|my|their) childhood|lived|lives|living)"
        r" (?:\w+ ){0,2}?(?:in|on|at)|(?:comes|came|is|was|hails|hailed|(?:his|her|my|their) family (?:is|was|"
        r"comes|came)) from) (?:a|an|the) (?:small |remote |rural |tiny |little )?"
        + _PEOPLES_GROUND
        + r"\b(?! (?:system|desk|team|software|platform|number|code|fee|deposit|line|app|page|form|casino)s?\b)|"
        r"\b(?-i:Quilombola|quilombola)\b(?! (?:communit(?:y|ies)|lands?|territor(?:y|ies)|associations?|"
        r"projects?|market)\b)",
        "person",
    ),
)
