"""Political-opinion cues for a person's place in a party or a movement's day: joining or leaving a party,
a seat on its own bodies, membership in the languages a rep meets it in, and a movement's named march.

Business senses that must stay quiet: "joined Vox Media", "the Democratic Republic of Congo", "a Labour Day
sale", "elected to the board" (a firm's board names no party)."""

from __future__ import annotations

from policies.privacy.lexicon_political import _NOT_A_FIRM, _NOT_THE_PARTY, _PARTY

# a party's own bodies ("co-opted onto the Green Party's regional executive", "sits on the SNP's NEC")
_PARTY_BODY = (
    r"(?:(?:local|regional|national|state|county|district|city|constituency|youth|women's|policy|federal|"
    r"executive|central|general|candidate|selection) ){0,2}(?:executive|committee|board|council|branch|list|slate|"
    r"ticket|(?-i:NEC)|leadership|shortlist|caucus|bureau)"
)
# the level a party body sits at, named before the party ("the county Republican committee", "the Leeds
# Labour executive")
_LEVEL = (
    r"(?:(?:local|county|state|city|town|district|ward|precinct|borough|parish|regional|provincial|municipal|"
    r"constituency|campus|student|youth|(?-i:[A-Z][a-z]+)(?: (?-i:County|City))?) )?"
)
# a member's word and the preposition after it, in Spanish, Portuguese, Italian, French and German ("militante
# do Livre", "afiliada al PSOE", "iscritto al Partito Democratico", "adhérente de La France Insoumise")
_MEMBER_ABROAD = (
    r"(?:militantes?|afiliad[oa]s?|filiad[oa]s?|iscritt[oa]|tesserat[oa]|adh[ée]rente?s?|adherentes?|miembro|"
    r"membro|membre|Mitglied)"
)
_PREPOSITION_ABROAD = (
    r"(?:(?:d[oa]s?|del|de la|de|du|des|al|ao|à|a|alla|della|dei|di|der|im|bei|n[oa]|en|nel|nella|in der) )?(?:l')?"
)
# the marches a movement is known by, which no one attends on business
_NAMED_MARCH = (
    r"(?-i:March for Life|Women's March|March for Our Lives|Million Man March|March for Science|People's Vote "
    r"[Mm]arch|Unite the Right rally)"
)

PARTY_MEMBERS = (
    (
        r"\b(?:joined|joins|joining|rejoined|rejoins|left|leaves|leaving|quit|quits|quitting|resigned from|"
        r"defected (?:to|from)|switched to) (?:the )?(?:local )?"
        + _PARTY
        + r"(?: [Pp]arty)?\b"
        + _NOT_A_FIRM
        + _NOT_THE_PARTY,
        "person",
    ),
    (
        r"\b(?:co-opted|elected|re-elected|appointed|nominated|selected|sits?|sat|sitting|serves?|served|serving) "
        r"(?:on ?to|onto|to|on) (?:the |a |his |her |their )?"
        + _LEVEL
        + _PARTY
        + r"(?: [Pp]arty)?(?:'s|’s)? "
        + _PARTY_BODY
        + r"\b",
        "person",
    ),
    (
        r"\b" + _MEMBER_ABROAD + r" " + _PREPOSITION_ABROAD + r"(?:" + _PARTY + r"|(?-i:Partido|Partito|Parti|Partei) "
        r"(?-i:[A-Z])\w+)\b" + _NOT_THE_PARTY,
        "person",
    ),
    (
        r"\b(?:for|at|to|in|on|joined|joining|attends?|attended|attending|marched in|marching in) the "
        + _NAMED_MARCH
        + r"\b",
        "person",
    ),
)
