"""Cues for political opinion (GDPR Art. 9): parties, politicians, votes, campaigns, offices and protests.

Business senses that must not match: "political minefield", "party-line vote", "campaign for the Green energy
tariff", "a candidate for the Networks project", "the protest filed at FERC"."""

from __future__ import annotations

from policies.privacy.lexicon_parties import ISSUE, MERCH, MOVEMENT, PARTISAN, PARTY, POLITICIAN, SLOGAN

# (each list opens with a lookahead that fails fast at the lower-case words that make up most text)
_PARTY = r"(?=(?-i:[^a-z])|antifa|gilets)(?:" + PARTY + r"|" + MOVEMENT + r")"
# a creed as hyperbole about a habit: "a total anarchist with naming conventions", "a bit of a fascist about
# tabs", "an absolute communist when it comes to snacks" say how someone works, not how they vote
_HYPERBOLE = (
    r"(?!(?:an? )?(?:bit of an? |little )?(?:total|complete|absolute|utter|proper|such an?|bit of an?) (?:[\w-]+ )?"
    r"[\w-]+ (?:with|about|when it comes to|over|regarding)\b)"
)
_POLITICIAN = r"(?=(?-i:[A-Z]))" + POLITICIAN
_MERCH = MERCH
_PARTISAN = PARTISAN
# a cause named before its protests ("Free Tibet protests", "anti-war marches", "climate rallies")
_CAUSE = r"(?:(?-i:[A-Z])[\w'-]*|anti-[\w-]+|pro-[\w-]+|climate|peace|political|environmental|student|(?:\w+ )?rights)"
_ISSUE = ISSUE
# an issue word that goes on as business ("why the government tender is late", "ranting about the EU data rules")
_NOT_AN_OPINION = (
    r"(?! (?:tenders?|contracts?|deals?|accounts?|customers?|clients?|sector|market|rebates?|grants?|funding|budgets?|"
    r"RFPs?|procurement|agenc(?:y|ies)|departments?|portals?|pricing|data|APIs?|quotes?|deadlines?|invoices?|"
    r"payments?|approvals?|audits?|rules?|regulations?|filings?|forms?|teams?|projects?|rollouts?|features?|"
    r"integrations?|credits?|incentives?|refunds?|subsid(?:y|ies)|frameworks?|compliance|requirements?|"
    r"paperwork|process|system|website|office))"
)
_ELECTION = (
    r"(?:re-?election|election|electoral|mayoral|presidential|parliamentary|senate|congressional|council|"
    r"leadership|primary)"
)
_OFFICE = (
    r"(?-i:(?:Mayor|Senator|Governor|Councill?or|Congress(?:man|woman)|Assembly(?:man|woman|member)|MP|Rep\.|"
    r"candidate) [A-Z]\w+)"
)
# what a political candidate stands for ("candidate for Mayor", "for the Senate"); "a candidate for the
# Networks project" is a job's
_SEAT = (
    r"(?-i:Senate|Congress|Parliament|the House|Assembly|Governor|Mayor|President|Vice President|Prime Minister|"
    r"Chancellor|(?:City |Town |County |Parish )?Council|(?:[A-Z]\w+ ){1,3}(?:Council|Assembly|Senate|District|Ward|"
    r"seat)|"
    r"[A-Z]\w+'s \d+\w* (?:District|Ward)|office|mayor|governor|president|parliament|council)\b(?! (?:manager|"
    r"role|job|position|team|admin\w*|assistant|lease|move|space|roles))"
)
# a petition, recall or ballot drive aimed at the state: an office-holder removed, a law made or undone ("the
# petition to recall the governor", "a ballot initiative to legalise cannabis"); "a petition for a bike shed at
# the office" is no opinion on government
_AT_THE_STATE = (
    r"(?:recall|impeach|oust|unseat|remove|repeal|overturn|scrap|abolish|legali[sz]e|decriminali[sz]e|ban|block|"
    r"stop|reverse)(?:ing)? (?:the |a |our |their |this |that )?(?:\w+ ){0,2}?(?:governor|mayor|president|senator|"
    r"congress(?:man|woman)|councill?or|MP|minister|prime minister|premier|sheriff|DA|district attorney|judge|"
    r"government|council|parliament|law|bill|act|tax|levy|toll|charge|ordinance|amendment|policy|ban|mandate|"
    r"(?-i:[A-Z])\w+)\b"
)
# what an open letter signed by many takes a side on ("an open letter calling for a ceasefire in Gaza")
_A_CAUSE = (
    r"(?:(?:a |an |the )?ceasefire|the (?:war|invasion|occupation|genocide|blockade|bombing|deportations?|"
    r"government)|(?:arms|weapons) (?:sales|exports)|sanctions|climate action|abortion|immigration|refugees|"
    r"(?-i:Gaza|Israel|Palestine|Ukraine|Russia))\b"
)
_ROLE_IN_A_DRIVE = (
    r"\b(?:one of the (?:main |lead |key |original )?(?:organi[sz]ers|co-organi[sz]ers|leaders|founders|"
    r"signatories|backers|faces)|(?:an?|the|lead|chief|main) (?:organi[sz]er|co-organi[sz]er|leader|founder|"
    r"signatory|face)|(?:started|starts|launched|launches|signed|signs|circulat(?:ed|es|ing)|organi[sz](?:ed|es|ing)|"
    r"leads|led|leading|backed|backs|backing|(?:is|was|'s) behind|(?:collect|gather)(?:ed|s|ing)? signatures for))"
)
_DRIVE = (
    r"(?:recall (?:petition|campaign|drive|effort|bid|vote|election)|impeachment (?:petition|campaign|"
    r"drive)|ballot (?:initiative|measure|question)|citizens'? initiative|referendum (?:campaign|petition))"
)
# party names are also product and country words: "the Green energy tariff", "the Democratic Republic of Congo"
_NOT_THE_PARTY = (
    r"(?! (?:line|range|edition|label|products?|tier|plan|energy|bonds?|initiative|team|version|republic|deals?|"
    r"accounts?|projects?|programm?e?s?|packages?|bundles?|options?))"
)
# a word used as a noun: it ends its phrase ("she's a lifelong Conservative, so ..."), not "a Conservative estimate"
_AS_A_NOUN = (
    r"(?=\s*[.,;:!?)\]\"'’–—-]|\s+(?:and|but|so|who|since|at heart|through and through|all (?:his|her) life)\b|\s*$)"
)
# a party's name that goes on as a firm's ("sits on the board for Vox Media"); "the Green Party" is still one
_NOT_A_FIRM = r"(?! (?-i:[A-Z][a-z]))"
POLITICAL = (
    (
        r"\b(?:rally|rallies|hustings|march|protest|demonstration|fundraiser|convention|caucus)\b (?:\w+ ){0,2}"
        r"(?:for|against|of|supporting) (?:the )?(?:[A-Z]\w+ )?(?-i:[A-Z])\w* ?(?:candidate|party|campaign|Party|"
        r"movement)|\b(?:marched|marching) (?:with|in|at|for|against) (?:the |a )?(?:\w+'?s? )?(?:strike|protest|march|"
        r"movement|rally|demonstration)\b|\b(?:women's|climate|general) strike\b|"
        r"\b(?:at|to|joined|joining|attended|attending|going to|marched in|marching in|spoke at) "
        # "the protest filed by" is a legal one; "at the March meeting" a month
        r"(?:a|the|an) (?:[\w-]+ )?(?:political |climate |anti-\w+ |pro-\w+ |women's )?(?:rally|protest|"
        r"(?-i:march|March(?= (?:for|against|on)\b))|demonstration|hustings)\b(?! (?:filed|letter|period|"
        r"deadline))",
        "person",
    ),
    (
        _PARTY + r"(?: [Pp]arty)? (?:member|supporter|voter|activist|councill?or|candidate|donor|volunteer|"
        r"delegate|MP|politician)s?\b|"
        # a person named by the party or movement they are for ("a huge MAGA guy", "a proper Labour man", "a
        # diehard Tory type"), said of someone by a verb of being; a party's staff who call are none ("the Labour
        # guy who rang about the venue", "a Labour guy rang")
        r"\b(?:is|was|'s|’s|as|being|such) an? (?:(?:huge|big|massive|real|proper|total|true|diehard|die-hard|"
        r"hardcore|staunch|lifelong|rabid|committed|card-carrying|typical|old-school) )?"
        + _PARTY
        + r" (?:guy|man|woman|girl|bloke|lady|dude|type|fan|fanatic|nut)\b|"
        r"\b(?:member|supporter|activist|donor|volunteer) (?:of|for) (?:the )?"
        + _PARTY
        + r"|\b(?:his|her|my|their|the|a) (?:local )?"
        + _PARTY
        + r" (?:association|club|branch|ward|meeting|"
        r"conference|fundraiser|caucus|primary)\b|"
        # the party's own gathering named by its possessive ("at Plaid Cymru's spring conference", "Labour's
        # annual conference"); "Oracle's annual conference" names no party
        r"\b"
        + _PARTY
        + r"(?: [Pp]arty)?(?:'s|’s|'|’) (?:(?:spring|autumn|fall|summer|winter|annual|national|federal|state|"
        r"regional|local|leadership|party|special|policy|youth|women's|\d{4}) ){0,2}(?:conference|congress|"
        r"convention|caucus|conclave|rally|hustings|primary|fundraiser|gala|branch meeting)s?\b",
        "person",
    ),
    (
        r"\b(?:votes?|voted|voting|will vote|always votes?) (?:for )?(?:the )?" + _PARTY + r"|\bvoted (?-i:Leave|"
        r"Remain)\b|\b(?:is|was|'s|a|as a|an?) "
        + _HYPERBOLE
        + r"(?:[\w-]+ ){0,2}(?-i:Democrat|Republican|Tory|socialist|Socialist|"
        r"communist|Communist|Marxist|libertarian|Brexiteer|Remainer|anarchist|Trotskyist|Maoist|monarchist|fascist|"
        r"neo-Nazi)\b",
        "person",
    ),
    (
        # a party's adherent named as a noun ("a registered Libertarian", "a lifelong Conservative, so ..."); a
        # party word that goes on to a noun is an estimate's or a product's ("a Conservative estimate")
        r"\bregistered (?:as (?:an? )?)?"
        + _PARTY
        + r"(?: [Pp]arty)?(?: (?:voter|member|supporter))?\b"
        + _NOT_THE_PARTY
        + r"|\b(?:is|was|'s|'m|am|a|as a|an?) (?:[\w-]+ ){0,2}(?-i:Libertarian|Conservative|Liberal|Labour|Labourite|"
        r"Social Democrat|Christian Democrat|Leninist|Stalinist|Trotskyite|Gaullist|Peronist)s?" + _AS_A_NOUN,
        "person",
    ),
    (
        # a seat held for a party, in the languages a rep meets ("sits on the city council for the Greens",
        # "sitzt für die SPD im Stadtrat", "concejal del PSOE", "élue PS au conseil municipal")
        # (each branch names its body or its seat, so that the cue prefilter requires "council", not "for")
        r"\b(?:sits?|sat|sitting|serves?|served|serving|elected|re-elected) (?:on|in|to) (?:the |a )?(?:\w+ ){0,2}?"
        r"(?:council|assembly|senate|parliament|legislature|Bundestag|Landtag|Congress|House|Stadtrat|Gemeinderat) "
        r"(?:for|on behalf of|as an?) (?:the )?"
        + _PARTY
        + _NOT_A_FIRM
        + _NOT_THE_PARTY
        + r"|\b(?:holds?|held|holding|won|wins|winning|defended|defends|defending) (?:a|the|his|her|their) (?:\w+ )?"
        r"seat (?:for|on behalf of|as an?) (?:the )?"
        + _PARTY
        + _NOT_A_FIRM
        + _NOT_THE_PARTY
        + r"|\b(?:sitzt|sa(?:ß|ss)|sitzen|kandidiert|kandidierte|ist|war) (?:\w+ ){0,3}?f(?:ü|ue)r (?:die|den|das) "
        + _PARTY
        + r"\b|\bf(?:ü|ue)r (?:die|den|das) "
        + _PARTY
        + r" (?:im|in den|in die|in der) (?:\w+ )?(?:Stadtrat|Gemeinderat|Kreistag|Landtag|Bundestag|Rathaus|"
        r"Stadtparlament|Bezirksrat|Europaparlament|Ortsbeirat)\b|\b(?:Stadtr(?:at|ätin|aetin)|Gemeinder(?:at|ätin)|"
        r"Ratsherr|Ratsfrau|Abgeordnete[rn]?|Landtagsabgeordnete[rn]?|Bundestagsabgeordnete[rn]?|Stadtverordnete[rn]?) "
        r"(?:der|von der|für die|fuer die) "
        + _PARTY
        + r"\b|\b(?:zit|zat|zitten) (?:\w+ ){0,3}?(?:namens|voor) (?:de |het )?"
        + _PARTY
        + r"\b"
        + _NOT_THE_PARTY
        + r"|\b(?:concejal(?:a)?|diputad[oa]|senador(?:a)?|alcalde(?:sa)?|consigliere|consigliera|deputat[oa]|"
        r"conseill(?:er|ère|ere)(?: municipale?| régionale?| regionale?)?|d(?:é|e)put(?:é|e)e?|gemeenteraadslid|"
        r"vereador(?:a)?|deputad[oa]|prefeit[oa]|assessore|edil|"
        r"raadslid|Kamerlid|wethouder) (?:\w+ )?(?:del|de la|de|du|des|per il|per la|per i|per|della|dei|van|"
        r"voor|pour le|pour la|pelo|pela|por el|por la|por|sous l'étiquette)? ?(?:l')?"
        + _PARTY
        + r"\b"
        + _NOT_THE_PARTY
        # a seat-holder named by the vote that gave it ("élue municipale LFI"), apart so the prefilter files "lu "
        + r"|\b(?:élue?|elue?) (?:\w+ )?(?:du |de la |de |des )?(?:l')?"
        + _PARTY
        + r"\b"
        + _NOT_THE_PARTY,
        "person",
    ),
    (
        # "a card-carrying member of the no-discount club" is a figure: "of" must name a party or a body by its
        # capitalised name ("of Republic")
        r"\b(?:card-carrying|paid-up) (?:party )?member\b(?! of (?!(?:the )?(?:local )?(?:party\b|(?-i:[A-Z]))))"
        # "of the Excel fan club": a club of fans or a hobby is no party, whatever its capitals
        r"(?! of (?:the )?(?:[\w'’&.-]+ ){1,3}(?:fan club|fanclub|fan base|fandom|appreciation society|fan society|"
        r"supporters'? club|book club)\b)|"
        r"\b(?:campaign(?:ing|ed|s)?|canvass(?:ing|ed|es)?|"
        r"leafleting|volunteer(?:ing|ed|s)?|stood|standing|running) (?:for|as) (?:the |an? )?"
        r"(?:[A-Z]\w+ |(?:(?-i:[A-Z])[\w'’-]* ){2,4})?"
        r"(?:candidate|party|Party|campaign|council|mayor|parliament|office|councill?or)\b|\b(?:campaign(?:ing|ed)|"
        r"canvass(?:ing|ed|es)?|leaflet(?:t?ing|ed)|door-knocking|volunteer(?:ing|ed|s)?|fundrais(?:ing|ed|es)|"
        # a candidacy for a party ("stood for the HDP in the local elections"); "stands for" is an acronym's
        r"stood|standing|ran|running) for (?:the )?(?:local )?"
        + _PARTY
        + r"\b"
        + _NOT_THE_PARTY
        + r"|\b(?:council|mayoral|"
        r"parliamentary|congressional|senate|presidential) (?:candidate|campaign|run)\b|\b(?:councill?or|MP|mayor|"
        r"senator) for (?:the )?(?-i:[A-Z])\w+|\bcandidate for (?:the )?(?:" + _SEAT + r")",
        "person",
    ),
    (
        # one person's role in a cause ("one of the organisers of the climate campaign"); "the organisers
        # closed the road" is about a group
        r"\b(?:one of the (?:main |lead |key )?(?:organi[sz]ers|co-organi[sz]ers|leaders|founders)|(?:an?|the|lead|"
        r"chief|main) (?:organi[sz]er|co-organi[sz]er|leader|spokes(?:person|woman|man)|founder)|(?:is|as|'s) (?:an? )?"
        r"(?:member|activist|volunteer)) (?:of|for|in|with) (?:the |a |an |his |her |their |local )?(?:climate|"
        r"environmental|anti-(?:war|nuclear|racism|fracking|coal|abortion|immigration|Brexit|austerity)|pro-(?:life|choice|democracy|"
        r"Palestinian|Israel|EU)|political|independence|peace|animal[- ]rights|civil[- ]rights|abortion[- ]rights|"
        r"feminist) (?:campaign|movement|protest|march|rally|coalition|blockade)s?\b|\b(?:climate|environmental|"
        r"anti-war|peace|animal[- ]rights|civil[- ]rights|pro-democracy|anti-racism|anti-nuclear|abortion[- ]rights) "
        r"(?:activist|campaigner|protester|protestor)\b|\b(?:at|joined|joining|attended|attending|part of) (?:a|the) "
        r"(?:\w+ )?(?:blockade|sit-in|vigil|die-in) (?:against|for|over|outside|to protest)\b|"
        r"\b(?:his|her|my|their) (?:strong |very |far-)?(?:left-wing|right-wing|far-right|far-left|political) "
        r"(?:views|opinions|beliefs|leanings|affiliation|activism|sympathies)\b|\b(?:very|quite|pretty|staunchly|"
        r"openly) (?:left-wing|right-wing|far-right|far-left)\b|\b(?:left|right)-leaning\b|\bpolitical activist\b|"
        r"\b(?:is|as) a (?:local |town |city |county |parish )?councill?or\b|\b(?:pro-life|pro-choice|"
        r"anti-immigration)\b|\b"
        + MOVEMENT
        + r" (?:protest|march|activist|member|supporter|rally|action|blockade|organi[sz]er|campaigner)s?\b|"
        r"\b(?:(?:he|she|they)(?:['’]s|['’]re| is| was| are| were| has been| have been)|(?!(?-i:Monday|Tuesday|"
        r"Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow)\b)(?-i:[A-Z][a-z]+)(?:['’]s| is| was| has been)) "
        r"(?:(?:still|also|now|long) )?(?:with|in|part of|a member of|an? (?:member|supporter|volunteer) (?:of|with|"
        r"for)) (?:the )?" + MOVEMENT + r"\b(?!['’]s| (?:coverage|story|footage|case|documentary|article|report))|"
        r"\b(?:joined|joins|joining|marche[sd] with|marching with|protest(?:s|ed|ing)? with|active in|involved "
        r"(?:in|with)) (?:the )?" + MOVEMENT + r"\b|\bvoted (?:yes|no|for|against) (?:\w+ ){0,3}(?:referendum|"
        r"independence)\b|\b" + _POLITICIAN + r" (?:supporter|fan|voter|rally|hat|yard sign|lawn sign|sticker|"
        r"badge)s?\b|\b" + _PARTISAN + r"s?\b",
        "person",
    ),
    (
        # protests named by their cause, without an article ("spends weekends at Free Tibet protests"); bare
        # "protests" are as often a legal filing's ("an answer to protests received in the docket")
        r"\b(?:(?:at|marche[sd] in|marching in|speaks at|spoke at) (?:" + _CAUSE + r" ){1,3}|(?:joins?|joined|joining|"
        r"attends?|attended|attending|goes to|go to|going to|went to) (?:" + _CAUSE + r" ){0,3})(?:protests|rallies|"
        r"marches|demonstrations|demos|vigils|sit-ins|blockades)\b",
        "person",
    ),
    (
        # a role in a party or at its conference ("Delegierter for the CDU", "treasurer of the local Greens")
        # (the roles written out, so that the cue prefilter requires "delegate for", not " for ")
        r"\b(?:delegate|Delegierter|Delegierte|Mitglied|candidate|councillor|councilor|organiser|organizer|official|"
        r"treasurer|chair|chairman|chairwoman|chairperson|secretary|spokesperson|spokesman|spokeswoman|"
        r"representative|agent|canvasser|campaigner|staffer|aide|poll watcher|poll observer|precinct captain|"
        r"campaign manager|intern|whip) (?:of|for|with|from) (?:the )?(?:local )?"
        + _PARTY
        + r"\b"
        + _NOT_THE_PARTY
        + r"|\b(?:at|to|attend(?:s|ing|ed)?|go(?:es|ing)? to|went to|speak(?:s|ing)? at|spoke at) (?:the |a |his |"
        r"her )?(?:\w+ )?(?:party (?:conference|congress|convention)|Parteitag|Landesparteitag|Bundesparteitag)\b",
        "person",
    ),
    (
        # work for an election ("handing out leaflets for Mayor Dwyer's re-election campaign", "out canvassing")
        r"\b(?:leaflets?|leaflet(?:t?ing)|flyers?|pamphlets?|canvass(?:ing|ed|es)?|door-knocking|phone-banking|"
        r"campaign(?:ing|ed)|volunteer(?:ing|ed|s)?|fundrais(?:ing|ed|es|er)|knocking on doors) (?:\w+ ){0,2}?"
        r"(?:for|on|with) (?:the |a |an |his |her )?(?:(?:(?-i:[A-Z])[\w'’.-]*|local) ){0,3}?"
        + _ELECTION
        + r" (?:campaign|bid|run|race|candidate)s?\b|\b(?:leaflets?|leaflet(?:t?ing)|flyers?|pamphlets?|"
        r"canvass(?:ing|ed)?|door-knocking|phone-?banking|campaign(?:ing|ed)|volunteer(?:ing|ed|s)?|"
        # the party's own people on polling day ("telling for the SNP", "a polling agent for Labour")
        r"telling|tellers?|poll(?:ing)? agents?|counting agents?|scrutineer(?:ing|s)?) (?:\w+ ){0,2}?for "
        r"(?:the )?(?:local )?(?:" + _OFFICE + r"|" + _PARTY + _NOT_THE_PARTY + r")|\bout canvassing\b|"
        r"\bcanvassing (?:door[- ]to[- ]door|(?:most|every|some|on|at|in the) (?:\w+ )?(?:evenings?|weekends?|"
        r"nights?|Saturdays?|Sundays?|mornings?))\b",
        "person",
    ),
    (
        # a vote for a named politician, a candidate, or a side of a referendum; a campaign's sticker or badge
        r"\b(?:votes?|voted|voting|will vote|'d vote|would vote) (?:for )?(?:(?:(?-i:[A-Z][a-z]+) )?"
        + _POLITICIAN
        + r"\b|(?:the )?"
        r"(?-i:[A-Z])\w+ (?:candidate|ticket)\b)|\b(?:indyref|referendum|independence)\b[^.!?\n]{0,80}?\b(?:votes?|"
        r"voted|voting) (?:yes|no|leave|remain)\b|\b(?:votes?|voted|voting) (?:yes|no|leave|remain)\b[^.!?\n]{0,80}?"
        r"\b(?:indyref|referendum|independence)\b|\b(?:" + _PARTY + r"|" + _POLITICIAN + r"|(?-i:Yes|Leave|Remain|"
        r"Brexit|Vote [A-Z]\w+)|election|referendum|indyref) (?:stickers?|badges?|pins?|posters?|lawn signs?|"
        r"yard signs?|placards?|t-shirts?|hats?|caps?|rosettes?|" + _MERCH + r"s?)\b|"
        # a campaign's slogan worn, chanted or posted ("in a Make America Great Again cap", "chanting 'Lock her up'")
        r"\b(?=(?-i:[A-Z]))"
        + SLOGAN
        + r"[\"'’”]? (?:[\w-]+ )?"
        + _MERCH
        + r"s?\b|\b(?:chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|"
        r"yell(?:s|ed|ing)?|tweet(?:s|ed|ing)?|post(?:s|ed|ing)?|wear(?:s|ing)?|wore|sporting) (?:a |an |his |her )?"
        r"[\"'‘“]?" + SLOGAN + r"\b",
        "person",
    ),
    (
        # a candidacy named by its election ("stood in the municipal elections", "running for re-election"),
        # partisan roles at the polls, a vote promised to a platform ("he'll vote for whoever scraps it")
        r"\b(?:candidate|stood|stands|standing|ran|runs|running) (?:\w+ ){0,2}?(?:in|at) the (?:\w+ )?"
        r"(?:municipal|local|general|regional|council|state|federal|European|parliamentary|mayoral|legislative|"
        r"midterm|presidential|county|city|school board|provincial|cantonal) elections?\b|\b(?:stood|stands|"
        r"standing|ran|runs|running) for (?:re-?)?election\b(?! (?:to|as|on) (?:the |our |their |a )?(?:\w+ )?(?:board|"
        r"committee|chair|works council))|\bprecinct (?:captain|chair|committee(?:wo)?man)\b|"
        r"\bpoll watcher\b|\b(?:votes?|voted|voting|will vote|'ll vote|'d vote|would vote|never votes?|won't vote) "
        r"(?:for|against) (?:whoever|whichever|anyone|anybody|any (?:candidate|politician|party)|(?:the|a) "
        r"(?:candidate|party|politician|guy|one|side) (?:who|that))\b",
        "person",
    ),
    (
        # one person's part in a petition, recall or ballot drive against an office-holder or a law ("one of the
        # organisers of the petition to recall the governor", "signed the recall petition", "gathering
        # signatures to repeal the tax")
        _ROLE_IN_A_DRIVE
        + r" (?:of |for |on )?(?:the |a |an |his |her |their |this |that )?(?:\w+ )?(?:"
        + _DRIVE
        + r"\b|petitions?,? (?:to|against|for|calling (?:on|for)) (?:\w+ ){0,3}?"
        + _AT_THE_STATE
        + r"|(?:open letter|petition|statement)s? (?:[\w'’-]+ ){0,4}?(?:calling (?:on|for)|demanding|urging|"
        r"against|in support of) (?:\w+ ){0,3}?"
        + _A_CAUSE
        + r")|\b(?:campaign(?:s|ed|ing)?|petition(?:s|ed|ing)?|lobb(?:ies|ied|ying)|(?:collect|gather)(?:ed|s|ing)? "
        r"signatures|canvass(?:es|ed|ing)?) (?:to|for) (?:\w+ ){0,2}?(?:recall|impeach|oust|unseat)(?:ing)? (?:the |a |"
        r"our |their )?(?:\w+ ){0,2}?(?:governor|mayor|president|senator|councill?or|MP|minister|sheriff|DA|judge|"
        r"(?-i:[A-Z])\w+)\b",
        "person",
    ),
    (
        # an opinion on a political issue, ranted or scorned ("ranting that the carbon tax is a scam")
        r"\b(?:rant(?:s|ed|ing)?|rail(?:s|ed|ing)|fum(?:es|ed|ing)|lectur(?:es|ed|ing)|went off|goes off|going off|"
        # an issue argued at length ("spent the whole break on why the border wall needs finishing")
        r"(?:went|goes|going|banging|banged|bangs|harping|harped|harps) on|spen(?:d|t|ds|ding) (?:\w+ ){1,4}?"
        r"(?:on|explaining|arguing)) (?:\w+ ){0,2}?(?:about|against|on|that|why|how) (?:the |how |why )?(?:"
        + _ISSUE
        + r"|"
        + _PARTY
        + r"|"
        + _POLITICIAN
        + r")\b"
        + _NOT_AN_OPINION
        + r"|\b(?:"
        + _ISSUE
        + r") (?:is|was|are|were) (?:all )?(?:a |an )?(?:total |complete )?(?:scam|hoax|"
        r"con|fraud|rigged|stolen|lie|sham|disgrace)\b",
        "person",
    ),
)
