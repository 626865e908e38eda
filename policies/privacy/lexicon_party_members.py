"""Political-opinion cues for a person's place in a party or a movement's day: joining or leaving a party,
a seat on its own bodies, membership in the languages a rep meets it in, and a movement's named march.

Business senses that must stay quiet: "joined Vox Media", "the Democratic Republic of Congo", "a Labour Day
sale", "elected to the board" (a firm's board names no party)."""

from __future__ import annotations

from policies.privacy.lexicon_branches import office_in_a_branch
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
# do Livre", "afiliada al PSOE", "iscritto al Partito Democratico", "adhérente de La France Insoumise"; French
# also says "militante chez" a party)
_MEMBER_ABROAD = (
    r"(?:militantes?|afiliad[oa]s?|filiad[oa]s?|iscritt[oa]|tesserat[oa]|adh[ée]rente?s?|adherentes?|miembro|"
    r"membro|membre|Mitglied)"
)
_PREPOSITION_ABROAD = (
    r"(?:(?:d[oa]s?|del|de la|de|du|des|al|ao|à|a|alla|della|dei|di|der|im|bei|n[oa]|en|nel|nella|in der|"
    r"chez) )?(?:l')?"
)
# the marches a movement is known by, which no one attends on business
_NAMED_MARCH = (
    r"(?-i:March for Life|Women's March|March for Our Lives|Million Man March|March for Science|People's Vote "
    r"[Mm]arch|Unite the Right rally)"
)

# the level of a party's local body, between the party and the body ("our Liberal riding association", "the
# Labour constituency party", "her Democratic county committee")
_LOCAL_LEVEL = r"(?:riding|constituency|ward|precinct|district|county|branch|youth|campus|student|women's|local)"
_LOCAL_BODY = r"(?:association|club|branch|committee|executive|caucus|party|meeting|AGM)"
# the causes a protest is named for when it is a side taken ("an anti-fascist counter-demo", "the pro-choice
# vigil"); "the anti-fraud demo" and "the anti-virus demo" are products'
_SIDE_TAKEN = (
    r"(?:anti-(?:fascis[mt]|racis[mt]|war|nuclear|fracking|austerity|government|Brexit|EU|immigration|abortion|"
    r"lockdown|vax|vaccine|mandate|capitalis[mt]|globali[sz]ation|Trump|Nazi|deportation|monarchy|coal|cuts|NATO|"
    r"Israel|Zionis[mt]|apartheid|regime|junta|WTO|Putin|police|ICE|LGBTQ?|trans|migrant|refugee|Islam|Muslim|"
    r"gay)|pro-(?:life|choice|democracy|Palestin(?:e|ian)|Israel|Brexit|EU|Ukraine|independence|refugee|Trump|"
    r"immigration|migrant))"
)
_PROTEST = r"(?:demo|demonstration|protest|rally|march|vigil|sit-in|blockade)s?"

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
        # one's own local party body, or the party's at a level below the national ("at our Liberal riding
        # association's nomination meeting")
        r"\b(?:our|his|her|my|their) (?:local )?"
        + _PARTY
        + r"(?: [Pp]arty)? (?:"
        + _LOCAL_LEVEL
        + r" )?"
        + _LOCAL_BODY
        + r"\b|\b(?:the|a) (?:local )?"
        + _PARTY
        + r"(?: [Pp]arty)? "
        + _LOCAL_LEVEL
        + r" "
        + _LOCAL_BODY
        + r"\b",
        "person",
    ),
    (
        # an office in a party's part, the party named after it ("chairs the local branch of the Free Democrats",
        # "treasurer of the youth wing of the CDU"); "the Democratic Republic" and "the Green Investment Bank"
        # are a state's and a bank's, "the Republican administration" a government's
        office_in_a_branch(
            r"(?:[\w.'’-]+ )?" + _PARTY + r"(?: [Pp]arty)?\b" + _NOT_A_FIRM + _NOT_THE_PARTY + r"(?! (?:administration|"
            r"government|majority|minority|era|state|states))"
        ),
        "person",
    ),
    (
        # a protest that takes a side, or answers another ("arrested at an anti-war demo", "back from the
        # counter-protest"), wherever it is told from
        r"\b(?:at|from|to|in|during|after|joined|joining|attended|attending|marched in|marching in) (?:a|an|the|"
        r"that|this|his|her|their) (?:[\w-]+ )?(?:"
        + _SIDE_TAKEN
        + r" (?:[\w-]+ )?(?:counter-)?"
        + _PROTEST
        + r"|counter-?"
        + _PROTEST
        + r")\b",
        "person",
    ),
    (
        r"\b(?:for|at|to|in|on|joined|joining|attends?|attended|attending|marched in|marching in) the "
        + _NAMED_MARCH
        + r"\b",
        "person",
    ),
)
