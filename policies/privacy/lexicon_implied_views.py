"""Beliefs, origins and records told by implication: a vote for or against a party, work done for a party at
an election, an office won on its ticket; unbelief and a pilgrimage's honorific; an indigenous people named
in brackets or by its rite of passage; community sentences and time done for an offence.

Business senses that must not match: "the Labour market", "the Mecca of fintech", "a rite of passage for
every new SDR", "did six months for the fraud team", "unpaid work experience".
"""

from __future__ import annotations

from policies.privacy.lexicon_criminal import _CRIME
from policies.privacy.lexicon_identity import _ETHNIC_ASCII
from policies.privacy.lexicon_political import _NOT_THE_PARTY, _PARTY

# parties the shared list leaves out because the bare word is mostly something else ("a Chevy Volt"): here
# only where the words around them make a party of them (a ticket, a list, leaflets)
_SMALL_PARTY = r"(?-i:Volt(?: Europa)?|Centerpartiet|Kristdemokraterna|Liberalerna|Milj[öo]partiet)"
_ANY_PARTY = r"(?:" + _PARTY + r"|" + _SMALL_PARTY + r")"
# the ground work of a campaign, each spelling ("phone banking", "phonebanking", "door-knocking", "knocked doors")
_CAMPAIGN_ACT = (
    r"(?:phone[- ]?bank(?:s|ed|ing)?|(?:a )?phone[- ]?bank(?:ing)? (?:shifts?|sessions?)|door[- ]?knock(?:s|ed|ing)?|"
    r"knock(?:s|ed|ing)? (?:on )?doors|canvass(?:es|ed|ing)|volunteer(?:s|ed|ing)?|(?:a|an|the) (?:\w+ )?volunteer|"
    r"stuff(?:s|ed|ing)? envelopes|(?:making|made|makes|make) (?:get-out-the-vote |GOTV |phone )?calls|"
    r"(?:work(?:s|ed|ing)?|man(?:s|ned|ning)) the phones|(?:manning|manned|staffing|staffed|ran|running) (?:a|the) "
    r"(?:street )?(?:stall|stand|table)|get-out-the-vote (?:work|drives?|calls)|GOTV (?:work|drives?|calls|shifts?)|"
    r"(?:ran|running|runs|run) (?:the )?(?:ground game|field operation)|campaign(?:s|ed|ing))"
)

IMPLIED_POLITICAL = (
    (
        # a vote for or against a party with words between ("he'd vote for literally anyone except the
        # Conservatives", "voting tactically for the Lib Dems", "will never vote Tory")
        r"\b(?:votes?|voted|voting)(?: (?:\w+ ){0,2}?(?:for|against))? (?:literally |just |absolutely |pretty much )?"
        r"(?:anyone|anybody|anything|whoever|any party) (?:but|except|other than|apart from|besides|bar) (?:the )?"
        + _ANY_PARTY
        + r"|\b(?:votes?|voted|voting) (?:\w+ ){1,2}?(?:for|against) (?:the )?"
        + _ANY_PARTY
        + _NOT_THE_PARTY
        + r"|\b(?:votes?|voted|voting) against (?:the )?"
        + _ANY_PARTY
        + _NOT_THE_PARTY
        + r"|\b(?:never|won't|wouldn't|will never|would never|couldn't|could never) (?:\w+ )?vote (?:for )?(?:the )?"
        + _ANY_PARTY
        + _NOT_THE_PARTY,
        "person",
    ),
    (
        # a party's people at the polls and on its lists ("an observer sent by the Civic Coalition", "elected
        # on the Labour ticket", "on the Moderaterna list for the municipal election")
        r"\b(?:observer|monitor|scrutineer|poll(?:ing)? agent|counting agent|teller|delegate|representative|"
        r"candidate|volunteer)s? (?:sent|nominated|appointed|accredited|chosen|put forward|registered|fielded) "
        r"(?:by|for) (?:the )?" + _ANY_PARTY + r"|\b(?:on|under|for|heads?|headed|heading|tops?|topped) "
        r"(?:the |a |an )?(?:local |regional |national |municipal |council |county |city |party )?"
        + _ANY_PARTY
        + r"(?: [Pp]arty)?(?:'s|’s)? (?:ticket|slate|list|lists|banner)\b",
        "person",
    ),
    (
        # campaign material handed out for a party ("handing out Volt leaflets at the station")
        r"\b(?:hand(?:s|ed|ing)?|giv(?:es|ing|e)|gave|deliver(?:s|ed|ing)?|drop(?:s|ped|ping)?|post(?:s|ed|ing)?|"
        r"stuff(?:s|ed|ing)?|push(?:es|ed|ing)?|distribut(?:es|ed|ing|e))(?: out)? (?:\w+ ){0,2}?"
        + _ANY_PARTY
        + r" (?:leaflets?|flyers?|fliers?|pamphlets?|newsletters?|campaign literature|literature)\b",
        "person",
    ),
    (
        # the ground work of a campaign done for a party, however spelt ("phone banking for Fidesz", "knocking on
        # doors for the SNP", "stuffing envelopes for Labour"); "calls for the Democrats' bill" is no such act
        r"\b"
        + _CAMPAIGN_ACT
        + r" (?:\w+ ){0,3}?for (?:the )?(?:local )?"
        + _ANY_PARTY
        + r"\b"
        + _NOT_THE_PARTY
        + r"(?! (?:market|costs?|rates?|force|shortages?|laws?|survey|statistics|figures|data|lobby)\b)",
        "person",
    ),
)

# the words that say a person holds no faith ("doesn't believe in any god", "lost his faith")
_PLACE = r"(?:Lane|Road|Street|St|Avenue|Mosque|Masjid|Dargah|Market|Airport|Camp|Bridge|Station)\b"
IMPLIED_RELIGION = (
    (
        r"\b(?:doesn'?t|does not|don'?t|do not|didn'?t|did not|never|no longer|stopped|won't) (?:really |actually |"
        r"even |particularly )?believe(?:s|d)? in (?:any |a |the |an )?(?:god|gods|God|deity|deities|higher power|"
        r"afterlife|religion|heaven)\b|\b(?:lost|losing|loses) (?:his|her|my|their) (?:religious )?faith\b(?! in "
        r"(?!God|god))|\b(?:has|have|had|with|follows?) no (?:religion|faith|religious (?:belief|affiliation))\b",
        "person",
    ),
    (
        # a return from Mecca, where only Muslims may go ("got back from Mecca"); "the Mecca of fintech" is a figure
        r"\b(?:back from|"
        r"returned from|returning from|got back from|home from|went to|gone to|going to|travel(?:l)?ed to|flew to|"
        r"trip to|journey to|in) (?-i:Mecca|Makkah)\b(?! (?:of|for)\b)",
        "person",
    ),
    (
        # the honorific of one who made the Hajj, before a name: it points at the person itself ("'Hajji Rahim'",
        # "Alhaji Musa"); a street or shrine so named ("Haji Lane", "Haji Ali Dargah") is a place
        r"\b(?-i:Hajji|Hajjah|Haji|Hajja|Hadji|Alhaji|Alhaja|El-Hajj|Al-Hajj) (?!" + _PLACE + r")(?-i:[A-Z][a-z]+)\b"
        r"(?! (?-i:[A-Z][a-z]+ )?" + _PLACE + r")",
        "self",
    ),
)

IMPLIED_ETHNICITY = (
    (
        # a people named by its own name with the English one in brackets ("is Kanaka Maoli (Native Hawaiian)")
        r"\b(?:is|was|'s|’s|am|are|identifies as|being) (?:(?-i:[A-Z][\w'’ʻ-]+) ){1,3}\((?:an? )?"
        + _ETHNIC_ASCII
        + r"\)",
        "person",
    ),
    (
        # a rite of passage of a named people ("the traditional tattoo Samoan men go through as a rite of passage",
        # "her Apache Sunrise Ceremony"); "a rite of passage for every new SDR" names no people
        r"\b" + _ETHNIC_ASCII + r"\b(?: [\w'’-]+){0,6}? (?:rite of passage|coming-of-age (?:ceremony|rite)|initiation "
        r"(?:ceremony|rite)s?)\b|\b(?:rite of passage|coming-of-age (?:ceremony|rite)|initiation (?:ceremony|rite))"
        r"(?: [\w'’-]+){0,4}? (?:for|among|of|in) (?:the )?" + _ETHNIC_ASCII + r"\b",
        "person",
    ),
)

_COMMUNITY_SENTENCE = (
    r"(?:unpaid work|community service|community payback|curfew|electronic tag|ankle tag|rehab(?:ilitation)?|"
    r"drug treatment|alcohol treatment|anger management(?: course| classes)?|driver (?:re)?training)"
)
IMPLIED_CRIMINAL = (
    (
        # a sentence served in the community ("60 hours of court-ordered unpaid work", "a court-mandated anger
        # management course"); "unpaid work experience" is an internship
        r"\b(?:court[- ]ordered|court[- ]mandated|court[- ]imposed|ordered by (?:the|a) (?:court|judge)) "
        + _COMMUNITY_SENTENCE
        + r"\b(?! experience)|\b(?:\d+|a hundred|two hundred|\w+ty|\w+teen) hours? of (?:[\w-]+ ){1,2}?"
        r"(?:unpaid work|community service|community payback)\b(?! experience)",
        "person",
    ),
    (
        # time done for an offence ("did 18 months for a burglary", "served two years for fraud"); a stint for a
        # team ("six months for the fraud team") is a job
        r"\b(?:did|served|doing|serving|done|got|given|sentenced to) (?:a |an )?(?:[\w-]+[- ]){0,2}(?:years?|months?|"
        r"weeks?|stretch|stint)s? (?:inside |in prison |in jail |behind bars )?for (?:a |an |his |her |the )?"
        r"(?:[\w-]+ )?"
        + _CRIME
        + r"\b(?![-/])(?! (?:team|department|unit|squad|desk|investigations?|prevention|detection|"
        r"analytics|controls?|risk|compliance|practice|group|product|project|tool|model|vendor|client|case|cases)\b)",
        "person",
    ),
)
