"""Cues for trade-union membership (GDPR Art. 9): a person's membership of or office in a union, named or
not, in the languages a rep meets it in ("shop steward", "délégué CGT", "ver.di-Vertrauensfrau"), and as a
transcript's speech-to-text writes it ("the shop stewart for Unite").

Senses that must not match: "union of two datasets", "the European Union", "the credit union", and a
union or its members as a group ("the warehouse union voted", "they're in the Teamsters")."""

from __future__ import annotations

from policies.privacy.lexicon_branches import office_in_a_branch
from policies.privacy.lexicon_union_names import UNION_NAME, UNION_WORD

# (the lookahead fails fast at the lower-case words that make up most text, before the long list is tried)
_UNION = r"(?=(?-i:[A-Z0-9])|ver\.di|komba|younion)" + UNION_NAME
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
# the workplace body a union's delegates sit on, said between role and union ("delegata RSU della CGIL")
_WORKPLACE_BODY = r"(?: (?-i:RSU|RSA|CSE))?"
_TO_THE = (
    r"(?:(?:de|der|des|du|da|do|del|della|di|bei|van|van de|von|de la|à la|au|à|a|al|alla|dans la|en la|in der|im|"
    r"i) )?(?:l')?"
)
# an office someone holds in a union ("treasurer of", "steward for")
_OFFICER = (
    r"(?:head|chair|chairman|chairwoman|chairperson|vice-chair(?:man|woman|person)?|president|secretary|"
    r"general secretary|leader|deputy leader|member|rep|representative|organiser|organizer|officer|official|treasurer|"
    r"steward|chief steward|delegate|trustee|vice-president|vice president|convener|convenor|negotiator|"
    r"business agent|committee(?:wo)?man|spokes(?:man|woman|person)|founder|co-founder) (?:of|for|at|in)"
)
_UNION_WORD = UNION_WORD
# "are in the Teamsters", "were in the union": a group's membership, not a person's (LABELS.md)
_NOT_A_GROUP = r"(?<!\bare )(?<!\bwere )(?<!'re )"
# membership denied ("Jana isn't in the union", "he's never been a union member", "not a member of Unite")
_NOT_DENIED = "".join(
    f"(?<!{no} {filler})"
    for no in ("n't", "n’t", "not", "never", "no longer")
    for filler in ("", "a ", "been ", "been a ")
)
# the field a system keeps for a workforce ("store employees' trade union membership", "staff union dues")
_OF_A_WORKFORCE = "".join(
    f"(?<!{group} {trade})"
    for group in (
        "employees'",
        "employees’",
        "workers'",
        "workers’",
        "members'",
        "staff",
        "staff's",
        "employee",
        "worker",
    )
    for trade in ("", "trade ")
)
# one person as a subject: a pronoun, "my/his/her" someone, or a capitalised name that is not a group's word
_ONE_PERSON = (
    r"(?:\b(?:he|she|I)(?:'s|’s|'m|’m|'ll|’ll)?|\b(?:my|his|her) (?:\w+ )?(?:wife|husband|partner|sister|brother|"
    r"mother|father|mum|dad|son|daughter|friend|colleague|boss)|(?-i:\b(?!(?:The|Their|Our|Your|Its|This|That|These|"
    r"Those|All|Every|Each|Most|Many|Some|Staff|Workers|Nurses|Teachers|Drivers|Members|Employees|They|We)\b)"
    r"[A-Z][a-z]+(?:'s|’s)?))"
)
# unions that are not trade unions: "in the Credit Union", "in the European Union", a party
_NOT_LABOUR_KINDS = (
    "credit", "European", "African", "customs", "monetary", "Soviet", "student", "students'", "banking", "currency",
    "economic", "postal", "rugby", "athletic", "football", "Christian", "Mothers'", "Oxford", "Cambridge",
    "debating", "civil liberties",
    # parties and their youth wings named "Union" ("joined the Junge Union", "the Christian Democratic Union")
    "Junge", "Democratic", "Christian Social",
)  # fmt: skip
_NOT_LABOUR = r"(?:\w+ )?(?:" + "|".join(_NOT_LABOUR_KINDS) + r") union"
# how someone comes to a union's own gathering, and what a supplier does there instead
_AT_A_GATHERING = (
    "at", "to", "attend", "attends", "attended", "attending", "speaks at", "speaking at", "spoke at", "addressed",
    "addresses", "addressing",
)  # fmt: skip
_A_SUPPLIER_THERE = ("exhibiting", "exhibit", "booth", "stand", "sponsor", "sponsoring", "demo", "selling", "pitch")
# an office held in a union, named after the union's possessive; the office itself ("the union's safety rep role is
# vacant") is no one's
_ITS_OFFICE = (
    r"(?:rep|representative|steward|secretary|delegate|conven[eo]r|organi[sz]er|officer|official|negotiator|"
    r"chair(?:man|woman|person)?|president|vice[- ]president|treasurer|spokes(?:man|woman|person)|liaison)s?\b"
    r"(?! (?:role|post|position|seat|vacancy|vacancies|election|job|slot|nominations?)\b)"
)
# an office held, said with a verb ("chairs the union local", "heads up the Unite branch", "runs the local
# union"); "leads the union of two sets" and "led the union negotiations" (management's side) hold none
_HEADS = (
    r"(?:chairs?|chaired|chairing|heads?(?: up)?|headed(?: up)?|heading(?: up)?|leads|led|leading|runs|ran|running|"
    r"presides? over|presided over|presiding over|fronts|fronted|fronting|convenes|convened|convening)"
)
# (a "club" is a Nordic union's unit at a workplace: "chairs the Unionen club at Volvo")
_ITS_UNIT = r"(?: (?:local|branch|chapter|lodge|chapel|executive|committee|council|club))?"
_AFTER_THE_UNIT = (
    r"(?=\s*[.,;:!?)–-]|\s*$|\s+(?:and|at|in|on|for|since|there|here|now|until|who|which|where|so|but|these|"
    r"this|these days|nowadays|locally|too|as well)\b)"
)
# an office someone comes "as" ("as a branch delegate", "as our shop steward"), told as a union's by a union
# named in the same sentence, before or after it; a management or sales rep at a union meeting holds none
_AS_AN_OFFICE = (
    r"\bas (?:a|an|the|our|their|his|her|my) (?!(?:management|company|employer|HR|sales|account|customer|client|"
    r"vendor|supplier|legal|board|data)\b)(?:[\w'’-]+ ){0,2}?(?:delegate|steward|conven[eo]r|rep|representative)s?\b"
)
# both branches open on a word boundary: a union's name inside a longer word ("AFT" in "AIRCRAFT") is none
_A_UNION_HERE = (
    r"\b(?:"
    + "".join(f"(?<!{kind} )" for kind in _NOT_LABOUR_KINDS)
    + _UNION_WORD
    + r"(?:'s|’s|s)?\b(?! of\b)(?!(?:'s|’s)? (?-i:[A-Z]))|"
    + _UNION
    + r"\b)"
)
TRADE_UNION = (
    (
        r"\b"
        + _NOT_DENIED
        + _OF_A_WORKFORCE
        # ("stewart", "stuart": how speech-to-text hears "steward")
        + r"(?:shop (?:steward|(?-i:stewart|stuart))|union (?:rep|representative|member|membership|official|"
        r"organi[sz]er|steward|card|dues|"
        r"conven[eo]r|delegate|activist|leader|president|secretary|chair|workplace rep)s?|(?:his|her|my) (?:local )?"
        r"(?:\w+'? )?union(?: branch| meetings?| card| dues)?|"
        + _OFFICER
        + r" (?:the |a |his |her )?(?:local )?(?!"
        + _NOT_LABOUR
        + r")(?:\w+'? ){0,2}"
        + _UNION_WORD
        + r"|trade[- ]unionists?|union (?:man|woman|guy)|"
        + _NOT_A_GROUP
        + r"(?:(?:re-?)?joined|(?:re-?)?joining|in|member of|rep for|belongs to|organi[sz]ing) (?:a |the )?(?!"
        + _NOT_LABOUR
        + r")(?:\w+ )?"
        + _UNION_WORD
        + r")\b"
        # "of the union" as a place or firm ("Union Square", "Union Pacific"), or as a set ("union of two lists")
        r"(?! of\b)(?! (?-i:Pacific|Square|Station|Street|Bank|Carbide|Berlin|Jack|Hall|City|Township|County|Avenue))",
        "person",
    ),
    (
        r"\b"
        + _UNION
        + r" (?:"
        + _NUMBER
        + r" )?(?:(?:annual|national|regional|branch|area|senior|lay|workplace|conference|health and safety|"
        r"learning|equality|youth|women's) )?(?:member|rep|representative|steward|shop steward|branch|official|card|"
        r"conven[eo]r|organi[sz]er|delegate|activist|negotiator|secretary|membership|(?:plant |unit |local |site |"
        r"branch |chief |bargaining )?(?:chair(?:man|woman|person)?|president|vice[- ]president|treasurer|trustee|"
        r"business agent|committee(?:wo)?man)|dues|subs|subscriptions?|deductions?)s?\b|\b"
        + _OFFICER
        + r" (?:the )?(?:"
        + _UNION
        + r"(?: "
        + _LOCAL
        + r")?|(?:\w+ )?"
        + _LOCAL
        + r")\b|\b"
        + _NOT_A_GROUP
        + _NOT_DENIED
        + r"(?:in the |(?:(?:re-?)?joined|(?:re-?)?joining|member of|rep for|belongs to|belonged to|active in) "
        r"(?:the )?)"
        + _UNION
        + r"\b(?! (?-i:Students|Group|Capital|Partners|Holdings|Homes|Bank|Software|Systems|Ltd|Inc)\b)|"
        # out on strike with a named union ("been out with the RMT for three weeks"); not a drink with its rep
        r"\b(?:been|is|was|'s|went|gone|still|now) out (?:on strike )?with (?:the )?"
        + _UNION
        + r"\b(?! (?:rep|representative|official|organi[sz]er|steward|people|team|folks)s?\b)|"
        r"\b(?:his|her|my) (?:union )?branch is (?:balloting|striking|on strike)\b|"
        # at a union's own gathering ("off to the Usdaw annual delegate meeting", "speaking at the RCN congress");
        # a supplier's stand there is business ("exhibiting at the Unison conference"); the gathering is looked
        # ahead for, so that the cue prefilter requires the union's name, not "agm"
        # (the two cheap checks first, so that the lookbehinds run only before a name)
        r"(?<= )(?=(?:the |this year's |next week's )?(?:(?-i:[A-Z0-9])|ver\.di|komba|younion))(?:"
        + "|".join(rf"(?<=\b{verb} )" for verb in _AT_A_GATHERING)
        + r")"
        + "".join(f"(?<!{stand} {prep} )" for stand in _A_SUPPLIER_THERE for prep in ("at", "to"))
        + r"(?:the |this year's |next week's )?"
        + _UNION
        + r"(?='s| )(?:'s)?(?= (?:\w+ ){0,2}?(?:conference|congress|convention|delegate "
        r"meeting|delegate conference|ADM|AGM|branch meeting|national executive)\b)|"
        r"\b(?:joined|joining|on|at|walked|walking|walks|manning|manned|staffing|standing on|stood on) (?:a |the |"
        r"his |her |my |our |their )?(?:[\w.'’-]+ )?picket(?: lines?)?\b"  # "the UCU picket line"
        r"(?! fences?)|\b(?:out|is|was|'s|be|been|went|go|going|were) picketing\b|"
        # a seat on a union's own body, the union named by its trade or place ("sits on the dockworkers' union
        # strike committee"); "the credit union board" is a bank's
        r"\b(?:sits?|sitting|serves?|serving|elected|is|was) (?:\w+ )?on (?:the |a |his |her )?(?!(?:[\w’'-]+ ){0,2}"
        + _NOT_LABOUR
        + r")(?:[\w’'-]+ ){0,3}?union(?:'s)? (?:\w+ )?(?:committee|executive|council|board|negotiating team|"
        r"bargaining team)\b|"
        # the union side of collective bargaining ("I'm on the bargaining committee for our local")
        # (the committee as a body a deal goes through, "a sign-off from the bargaining committee", is nobody's seat)
        r"\b(?<!from the )(?<!by the )(?<!with the )(?<!through the )(?<!past the )(?<!via the )(?:collective )?"
        r"bargaining (?:committee|team|unit rep|rep)s?\b|\b(?:grievance|negotiating|bargaining) "
        r"(?:committee|team|officer|chair)s? (?:for|of|at|in) " + _THE_LOCAL + r"|\b" + _OFFICER + r" " + _THE_LOCAL,
        "person",
    ),
    (
        r"\b"
        + _HEADS
        + r" (?:the |his |her |their |our |a )?(?:local |regional |national |site |plant |branch )?(?!"
        + _NOT_LABOUR
        + r")(?:[\w.'’-]+ ){0,2}?(?:"
        + _UNION_WORD
        + _ITS_UNIT
        + r"|"
        + _UNION
        + r"(?: "
        + _NUMBER
        + r")?"
        + _ITS_UNIT
        + r")"
        + _AFTER_THE_UNIT,
        "person",
    ),
    (
        # an office in a union's part, the union named after it ("chairs the drivers' branch of the union",
        # "secretary of the Leeds branch of Unite"); a credit union's branch, or "Union Bank", is a bank's
        office_in_a_branch(
            r"(?!(?:[\w’'-]+ ){0,2}" + _NOT_LABOUR + r")(?:[\w.'’-]+ ){0,2}?(?:" + _UNION_WORD + r"|" + _UNION + r")\b"
            r"(?! of\b)(?! (?-i:[A-Z][a-z]))"
        ),
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
        + _WORKPLACE_BODY
        + r" "
        + _TO_THE
        + _UNION
        + r"\b|\b(?:d[ée]l[ée]gu[ée]e? syndica(?:l|le)|delegad[oa] sindical|rappresentante sindacale|delegat[oa] "
        r"(?:sindacale|(?-i:RSU|RSA))|syndiqu[ée]e?|syndicaliste|Gewerkschafter(?:in)?|Gewerkschaftsmitglied|"
        r"sindicalista|afiliad[oa] al sindicato|iscritt[oa] al sindacato|"
        r"vakbondslid|tillitsvalgt|förtroendevald|luottamusm(?:ies|iehen))\b",
        "person",
    ),
    (r"\b" + _DELEGUE + r" " + _TO_THE + _UNION + r"\b", "person"),
    (
        # one person leading a drive to unionise ("has been leading the organising push ... they filed for a union
        # election"); an "organising push" for an offsite, with no union in the sentence, is an event's
        r"\b(?:lead(?:s|ing)?|led|heads?|heading|headed|runs?|running|ran|spearhead(?:s|ed|ing)?|driv(?:es|ing|e)|"
        r"drove|start(?:s|ed|ing)?|(?:is|was|'s) behind|one of the (?:organi[sz]ers|leaders) of) (?:the |a |their |"
        r"our |his |her )?(?:(?:union|unioni[sz]ation) (?:push|drive|campaign|effort|bid|organi[sz]ing committee)|"
        r"organi[sz]ing (?:push|drive|campaign|effort|committee)(?=[^.!?\n]{0,120}\bunion))\b|"
        r"\b(?:trying|working|helping|campaigning|pushing|organi[sz]ing|fighting) to unioni[sz]e\b",
        "person",
    ),
    (
        # a person's own part in a union's action: out on strike, a strike vote, a walkout ("Ellie's on strike
        # Monday", "I voted for strike action"); the subject must be one person ("the drivers went on strike"
        # is a group's), and a "strike price" or "lightning strike" is no action
        _ONE_PERSON + r"(?:(?:(?<='s)|(?<=’s)| (?:also |still |now |even |already )?(?:is|was|will be|'ll be|has been|"
        r"had been|be|goes|went|gone|going|came out|comes out|walked out|walks out|still)) on strike|"
        r" (?:also |now |even |already )?(?:joined|joins|joining) (?:the |a |this |that |their |our |next week's |"
        r"tomorrow's )?(?!hunger )(?:\w+ )?(?:strike|walkout|industrial action)|"
        r" (?:also |even |already )?(?:voted|votes|vote|voting|'ll vote|will vote) (?:yes |no )?(?:for|in favour of|"
        r"to|in|on|against) (?:the |a )?(?:strike|walk ?out|industrial action|(?:strike|industrial action|union) "
        r"ballot))\b",
        "person",
    ),
    (
        # an office named by the union's possessive or by the kind of rep ("the union's health and safety rep",
        # "union learning rep"), or speaking for it; the union's policy is no office, and "the Union's chief
        # negotiator", with a capital, is the EU's
        r"\b(?:the (?-i:union)|(?:the )?" + _UNION + r")(?:'s|’s) (?:[\w&-]+ ){0,4}?" + _ITS_OFFICE + r"|\b"
        r"(?-i:[Uu]nion) (?:health and safety|safety|H&S|learning|equality|equalities|branch|site|workplace|"
        r"shop[- ]floor|night[- ]shift|day[- ]shift|plant|depot|office|chapel|area|regional|senior|lay|green|women's|"
        r"youth|disability|race equality|LGBT\+?) " + _ITS_OFFICE + r"|\b(?:represents|representing|represented|"
        r"reps for|repping for|repped for|speaks? for|speaking for|spoke for) (?:the|our|their) (?-i:union) "
        r"(?:on|at|in|for)\b",
        "person",
    ),
    (
        _A_UNION_HERE
        + r"[^.!?\n]{0,100}?"
        + _AS_AN_OFFICE
        + r"|"
        + _AS_AN_OFFICE
        + r"(?=[^.!?\n]{0,100}?"
        + _A_UNION_HERE
        + r")",
        "person",
    ),
)
