"""Cues for trade-union membership (GDPR Art. 9): a person's membership of or office in a union, named or
not, in the languages a rep meets it in ("shop steward", "délégué CGT", "ver.di-Vertrauensfrau").

Senses that must not match: "union of two datasets", "the European Union", "the credit union", and a
union or its members as a group ("the warehouse union voted", "they're in the Teamsters")."""

from __future__ import annotations

# trade unions by name, in the UK, Europe, the Americas and beyond (written out, so that the cue
# prefilter can require them)
_UNION = (
    r"(?-i:Unite|Unison|GMB|Teamsters|ver\.di|IG Metall|IG-Metall|IG BCE|IG BAU|EVG|GEW|NGG|UAW|RMT|NEU|UCU|CWU|"
    r"USW|SEIU|PCS|Usdaw|IBEW|AFL-CIO|AFSCME|UFCW|CUPE|Unifor|ASLEF|NASUWT|NAHT|NUJ|FBU|BECTU|RCN|BMA|SIPTU|Fórsa|Forsa|INMO|CGT|"
    r"CFDT|FNV|CNV|ACV|ABVV|FGTB|CGIL|CISL|UIL|FIOM|CCOO|UGT|Unionen|IF Metall|Kommunal|Akava|Fellesforbundet|"
    r"Fagforbundet|Dansk Metal|Unia|Solidarność|Solidarnosc|Histadrut|COSATU|NUMSA|KCTU|Rengo|ACTU|AWU|CFMEU|ANMF|"
    r"NTEU|PSAC|OPSEU|UNITE HERE|1199SEIU|IAFF|ILA|NALC|IUOE|LIUNA|NYSNA|BCGEU|MUA|ETU|CPSU|RTBU|NUT|"
    r"CWA|NEA|AFT|NNU|SAG-AFTRA|WGA|IATSE|ILWU|UFW|UMWA|AFGE|APWU|TWU|OPEIU)"
)
_LOCAL = r"(?-i:Local \d+)"  # a US union's branch: "UAW Local 600"
_NUMBER = r"(?:" + _LOCAL + r"|\d{1,5}[A-Z]?)"  # or its bare number: "the SEIU 1199 delegate"
# a branch called "the local" ("the bargaining committee for our local"); not "our local office"
_THE_LOCAL = (
    r"(?:the|our|his|her|my|their) local\b(?=\s*[.,;:!?)–-]|\s+(?:and|since|for|in|at|to|is|was|has|had|where)\b)"
)
# a member's or officer's title in the languages of the union names ("délégué CGT", "ver.di-Vertrauensfrau",
# "Mitglied der IG Metall", "delegada de CCOO")
_ROLE_ABROAD = (
    r"(?:militante?|adhérente?|membre|delegad[oa](?: sindical)?|afiliad[oa]|delegat[oa](?: sindacale)?|iscritt[oa]|"
    r"rappresentante(?: sindacale)?|Vertrauens(?:mann|frau|person)|Mitglied|Delegierte?r?|kaderlid|tillitsvalgt|"
    r"förtroendevald|luottamusmies)"
)
# French "délégué" apart: its accents leave the cue prefilter nothing to require, so it gets a cue of its own
_DELEGUE = r"(?:d[ée]l[ée]gu[ée]e?(?: syndica(?:l|le))?)"
_TO_THE = (
    r"(?:(?:de|der|des|du|da|do|del|della|di|bei|van|van de|von|de la|à la|au|à|a|al|alla|dans la|en la|in der|im|"
    r"i) )?(?:l')?"
)
# an office someone holds in a union ("treasurer of", "steward for")
_OFFICER = (
    r"(?:head|chair|president|secretary|leader|member|rep|representative|organiser|organizer|officer|treasurer|"
    r"steward|delegate|trustee|vice-president|vice president|convener|convenor) (?:of|for|at|in)"
)
# "union" in the languages a rep meets it in ("joined the Gewerkschaft", "member of the sindicato")
_UNION_WORD = (
    r"(?:union|gewerkschaft|syndicat|sindicato|sindacato|vakbond|fagforening|fagforbund|fackförening|fackförbund|"
    r"ammattiliitto|związek zawodowy)"
)
# "are in the Teamsters", "were in the union": a group's membership, not a person's (LABELS.md)
_NOT_A_GROUP = r"(?<!\bare )(?<!\bwere )(?<!'re )"
# unions that are not trade unions: "in the Credit Union", "in the European Union"
_NOT_LABOUR = (
    r"(?:\w+ )?(?:credit|European|African|customs|monetary|Soviet|student|students'|banking|currency|economic|"
    r"postal|rugby) union"
)
TRADE_UNION = (
    (
        r"\b(?:shop steward|union (?:rep|representative|member|membership|official|organi[sz]er|steward|card|dues|"
        r"conven[eo]r|delegate|activist|leader|president|secretary|chair|workplace rep)s?|(?:his|her|my) (?:local )?"
        r"(?:\w+'? )?union(?: branch| meetings?| card| dues)?|"
        + _OFFICER
        + r" (?:the |a |his |her )?(?:local )?(?!"
        + _NOT_LABOUR
        + r")(?:\w+'? ){0,2}"
        + _UNION_WORD
        + r"|trade[- ]unionists?|union (?:man|woman|guy)|"
        + _NOT_A_GROUP
        + r"(?:joined|joining|in|member of|rep for|belongs to|organi[sz]ing) (?:a |the )?(?!"
        + _NOT_LABOUR
        + r")(?:\w+ )?"
        + _UNION_WORD
        + r")\b"
        r"(?! of\b)",
        "person",
    ),
    (
        r"\b"
        + _UNION
        + r" (?:"
        + _NUMBER
        + r" )?(?:member|rep|representative|steward|shop steward|branch|official|card|"
        r"conven[eo]r|organi[sz]er|delegate|activist|negotiator|secretary|membership)s?\b|\b"
        + _OFFICER
        + r" (?:the )?(?:"
        + _UNION
        + r"(?: "
        + _LOCAL
        + r")?|(?:\w+ )?"
        + _LOCAL
        + r")\b|\b"
        + _NOT_A_GROUP
        + r"(?:in the|(?:joined|joining|member of|rep for|belongs to|belonged to|active in) (?:the )?)"
        + _UNION
        + r"\b|"
        r"\b(?:his|her|my) (?:union )?branch is (?:balloting|striking|on strike)\b|"
        r"\b(?:joined|joining|on|at|walked|walking|walks|manning|manned) (?:a |the )?picket line\b|"
        r"\b(?:sits?|sitting|serves?|serving|elected|is|was) (?:\w+ )?on (?:the |a |his |her )?union(?:'s)? (?:\w+ )?"
        r"(?:committee|executive|council|board|negotiating team|bargaining team)\b|"
        # the union side of collective bargaining ("I'm on the bargaining committee for our local")
        r"\b(?:collective )?bargaining (?:committee|team|unit rep|rep)s?\b|\b(?:grievance|negotiating|bargaining) "
        r"(?:committee|team|officer|chair)s? (?:for|of|at|in) " + _THE_LOCAL + r"|\b" + _OFFICER + r" " + _THE_LOCAL,
        "person",
    ),
    (
        # a cue of its own, so that it runs only on text holding one of these words
        r"\b"
        + _UNION
        + r"(?:[ -]"
        + _LOCAL
        + r")?[ -]"
        + _ROLE_ABROAD
        + r"\b|\b"
        + _ROLE_ABROAD
        + r" "
        + _TO_THE
        + _UNION
        + r"\b|\b(?:d[ée]l[ée]gu[ée]e? syndica(?:l|le)|delegad[oa] sindical|rappresentante sindacale|delegat[oa] "
        r"sindacale|syndiqu[ée]e?|syndicaliste|Gewerkschafter(?:in)?|Gewerkschaftsmitglied|sindicalista|afiliad[oa] "
        r"al sindicato|iscritt[oa] al sindacato|vakbondslid|tillitsvalgt|förtroendevald|luottamusm(?:ies|iehen))\b",
        "person",
    ),
    (r"\b" + _DELEGUE + r" " + _TO_THE + _UNION + r"\b", "person"),
)
