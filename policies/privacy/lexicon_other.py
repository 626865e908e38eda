"""Cues for the other special categories: political opinion, religion, ethnicity, sexual orientation,
trade-union membership, genetic/biometric data and criminal records.

Business senses that must not match: "political minefield", "party-line vote", "religious about his
stand-up", "product evangelist", "Black Friday", "white-label", "the Asian market", "union of two
datasets", "the works council", "fingerprint login", "company DNA", "criminally underpriced",
"background check on us"."""

from __future__ import annotations

from policies.privacy.lexicon_health import _any

_PARTY = (
    r"(?-i:Labour|Conservatives?|Tory|Tories|Lib ?Dems?|Liberal Democrats?|Democrats?|Democratic|Republicans?|"
    r"Socialists?|Communists?|Greens?|SNP|UKIP|Reform UK|AfD|CDU|SPD|FDP|Libertarians?|Green Party|Sinn F[ée]in|"
    r"Fianna F[áa]il|Fine Gael|Plaid Cymru|Podemos|Syriza|Fidesz|Likud|BJP|ANC|PiS|Die Linke|NDP|"
    r"Bloc Qu[ée]b[ée]cois|Rassemblement National|National Front|Five Star|Tea Party|MAGA|[A-Z][a-z]+ Democrats|"
    r"[A-Z][a-z]+ Party)"
)
POLITICAL = (
    (
        r"\b(?:rally|rallies|hustings|march|protest|demonstration|fundraiser|convention|caucus)\b (?:\w+ ){0,2}"
        r"(?:for|against|of|supporting) (?:the )?(?:[A-Z]\w+ )?(?-i:[A-Z])\w* ?(?:candidate|party|campaign|Party|"
        r"movement)|\b(?:marched|marching) (?:with|in|at|for|against) (?:the |a )?(?:\w+'?s? )?(?:strike|protest|march|"
        r"movement|rally|demonstration)\b|\b(?:women's|climate|general) strike\b|"
        r"\b(?:at|to|joined|joining|attended|attending|going to|marched in|marching in|spoke at) "
        r"(?:a|the|an) (?:\w+ )?(?:political |climate |anti-\w+ |pro-\w+ |women's )?(?:rally|protest|march|"
        r"demonstration|hustings)\b(?! (?:filed|letter|period|deadline))",  # "the protest filed by" is a legal one
        "person",
    ),
    (
        _PARTY + r"(?: [Pp]arty)? (?:member|supporter|voter|activist|councill?or|candidate|donor|volunteer|"
        r"delegate|MP|politician)s?\b|\b(?:member|supporter|activist|donor|volunteer) (?:of|for) (?:the )?"
        + _PARTY
        + r"|\b(?:his|her|my|their|the|a) (?:local )?"
        + _PARTY
        + r" (?:association|club|branch|ward|meeting|"
        r"conference|fundraiser|caucus|primary)\b",
        "person",
    ),
    (
        r"\b(?:votes?|voted|voting|will vote|always votes?) (?:for )?(?:the )?" + _PARTY + r"|\bvoted (?-i:Leave|"
        r"Remain)\b|\b(?:is|was|'s|a|as a|an?) (?:[\w-]+ ){0,2}(?-i:Democrat|Republican|Tory|socialist|Socialist|"
        r"communist|Communist|Marxist|libertarian|Brexiteer|Remainer|anarchist|Trotskyist|Maoist|monarchist|fascist|"
        r"neo-Nazi)\b",
        "person",
    ),
    (
        r"\b(?:card-carrying|paid-up) (?:party )?member\b|\b(?:campaign(?:ing|ed|s)?|canvass(?:ing|ed|es)?|"
        r"leafleting|volunteer(?:ing|ed|s)?|stood|standing|running) (?:for|as) (?:the )?(?:[A-Z]\w+ )?"
        r"(?:candidate|party|Party|campaign|council|mayor|parliament|office|councill?or)\b|\b(?:campaign(?:ing|ed)|"
        r"canvass(?:ing|ed|es)?|leaflet(?:t?ing|ed)|door-knocking|volunteer(?:ing|ed|s)?|fundrais(?:ing|ed|es)) "
        r"for (?:the )?(?:local )?" + _PARTY + r"\b(?! (?:line|range|edition|label|products?|tier|plan|energy|"
        r"bonds?|initiative|team|version))|\b(?:council|mayoral|"
        r"parliamentary|congressional|senate|presidential) (?:candidate|campaign|run)\b|\b(?:candidate|"
        r"councill?or|MP|mayor|senator) for (?:the )?(?-i:[A-Z])\w+",
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
        r"anti-immigration)\b|\b(?:Extinction Rebellion|Black Lives Matter|Just Stop Oil|Occupy) (?:protest|march|"
        r"activist|member|supporter|rally|action)s?\b|\bvoted (?:yes|no|for|against) (?:\w+ ){0,3}(?:referendum|"
        r"independence)\b|\b(?-i:Trump|Biden|Obama|Harris|Corbyn|"
        r"Farage|Le Pen|Modi|Bolsonaro|Milei|MAGA) (?:supporter|fan|voter|rally|hat)s?\b",
        "person",
    ),
)

_FESTIVAL = (
    r"(?-i:Ramadan|Eid(?: al-\w+)?|Iftar|iftar|Shabbat|Sabbath|Passover|Yom Kippur|Rosh Hashanah|Sukkot|Hanukkah|"
    r"Chanukah|Diwali|Navratri|Holi|Vaisakhi|Lent|Ash Wednesday|Hajj|Umrah|Purim|Ganesh Chaturthi)"
)
_FAITH = (
    r"(?-i:Muslim|Catholic|Christian|Jewish|Jew|Hindu|Sikh|Buddhist|Mormon|Jehovah's Witness|Quaker|Evangelical|"
    r"Protestant|Orthodox|Baptist|Methodist|Anglican|Pagan|atheist|Atheist|agnostic|Agnostic|Jain|Bahá'í|Baha'i|"
    r"Alevi|Sunni|Shia|Shi'ite|Druze|Zoroastrian|Parsi|Rastafarian|Wiccan|Scientologist|Pentecostal|Lutheran|"
    r"Presbyterian|Amish|Mennonite|Adventist|Hare Krishna|Taoist|Shinto)"
)
_BRANCH = (
    r"(?:evangelical |charismatic |fundamentalist |orthodox |catholic )?(?-i:(?:Sunni|Shia|Shi'a|Greek|Russian|"
    r"Roman|Coptic|Reform|Orthodox|Hasidic|Evangelical|Southern|Tibetan|Zen|Ismaili|Ahmadi|Sufi|Latter-day) )?"
)
_ISM = r"(?:Catholicism|Judaism|Islam|Buddhism|Hinduism|Sikhism|Christianity|Orthodoxy|Protestantism)"
_NOT_A_PERSON = (
    r"(?! (?:(?-i:[A-Z])|market|customers?|schools?|hospitals?|charit\w+|organi[sz]ations?|community centre|staff|"
    r"employees|workers|network|users|holidays?|festivals?|calendar))"
)
RELIGION = (
    (
        r"\b(?:fasting|fasts|fast|observ(?:es|ing|ant)|celebrat(?:es|ing)|keeps|keeping|marks|marking|for|during|"
        r"over|off for|away for|out for|break(?:ing)? (?:the )?fast(?: for)?|prays? (?:during|for)) (?:the )?"
        r"(?:holy month of )?" + _FESTIVAL + r"\b",
        "people",
    ),
    (
        r"(?:\b(?:a|an|is|are|was|were|as a|as an|being|devout|practi[sc]ing|observant|lapsed|born-again|strict|"
        r"orthodox|converted to|convert to|raised|family is|family are)|'s|'re) (?:devout |practi[sc]ing |"
        r"observant |strict |committed |both |all )?" + _BRANCH + _FAITH + r"\b" + _NOT_A_PERSON,
        "person",
    ),
    (
        r"\b(?:goes|go|went|going) to (?:church|mosque|synagogue|temple|gurdwara|Mass|chapel|Friday prayers)\b|"
        r"\b(?:at|from|after|before) (?:church|Mass|mosque|synagogue|gurdwara|Friday prayers)\b|\b(?:his|her|my|"
        r"their) (?:church|mosque|synagogue|temple|gurdwara|parish|congregation)\b|\bbible study\b|"
        r"\b(?:church choir|Sunday (?:service|school|mass)|mass on Sundays|Friday prayers)\b",
        "person",
    ),
    (
        r"\b(?:wears?|wearing) (?:a |an |his |her )?(?:hijab|headscarf|turban|kippah|yarmulke|niqab|burqa|crucifix)"
        r"\b|\b(?:eats|keeps|eat|keep|only) (?:strictly )?(?:halal|kosher)\b|\b(?:halal|kosher) (?:meals?|food|"
        r"menu|options?|catering|restaurant)\b|\bprayer (?:room|break|times|mat)\b|\b(?:to|will|must|needs to) "
        r"pray\b|\bprays? (?:five times|daily|at)\b",
        "people",
    ),
    (
        r"\b(?:his|her|my) (?:religious |christian |muslim |jewish )?(?:faith|beliefs?|religion)\b(?! in)|"
        r"\b(?:religious|faith) (?:holiday|festival|observance|reasons|grounds|beliefs?)\b|\b(?:is|as) a (?:priest|"
        r"pastor|imam|rabbi|vicar|deacon|nun|monk|lay preacher)\b|\b(?:bar|bat) mitzvah\b|\bchristening\b|"
        r"\bdoesn'?t believe in god\b|\bpilgrimage to\b|\b(?:converted|converting|convert|conversion) to "
        + _ISM
        + r"|\b(?:practi[sc]es|follows|practi[sc]ing) "
        + _ISM,
        "person",
    ),
)

_ETHNIC = (
    r"(?-i:Kurdish|Kurd|Roma|Romani|Gypsy|Traveller|Sami|Sámi|Uyghur|Tamil|Berber|Amazigh|Māori|Maori|Aboriginal|"
    r"Indigenous|First Nations|Inuit|Native American|African[- ]American|Afro-[A-Z]\w+|Black|Hispanic|Latino|"
    r"Latina|Latinx|Chicano|Chicana|Asian|East Asian|South Asian|British Asian|mixed[- ]race|Mixed[- ]race|"
    r"biracial|Caucasian|Arab|Pashtun|Hazara|Yoruba|Igbo|Zulu|Hmong|Han Chinese|Rohingya|Tatar|Chechen|Sindhi|"
    r"Punjabi|Gujarati|Bengali|Somali|Eritrean|Palestinian|Armenian|Tibetan|Kashmiri|Baloch|Assyrian|Yazidi|"
    r"Bedouin|Dalit|Brahmin|Native Hawaiian|Pacific Islander|Alaska Native|Torres Strait Islander|M[ée]tis|"
    r"Cherokee|Navajo|Lakota|Ojibwe|Quechua|Aymara|Mapuche|Ainu|Hakka|Hausa|Fulani|Akan|Ashanti|Kikuyu|Maasai|"
    r"Xhosa|Amhara|Oromo|Tigrayan|Sherpa)s?"
)
ETHNICITY = (
    (
        r"\b(?:his|her|my|[A-Z][a-z]+'s) (?:family|parents|grandparents|mother|father|mum|dad) (?:is|are|was|were) "
        r"(?:originally )?(?!(?:\w+ )?" + _FAITH + r")(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?\b",
        "person",
    ),
    (
        r"\b(?:is|are|was|were|'s|'re|am|being|as an?|an?|the only|fellow|proud|identifies as|family (?:is|are|"
        r"was|were)|parents (?:are|were)|one of the (?:few|only|first|handful of)) (?:(?:a|an|proudly|both|"
        r"originally|half|from a|a quarter|quarter|an eighth|part|partly|mostly|full-blooded) )?"
        + _ETHNIC
        + r"\b(?! (?:Friday|market|markets|region|business|customers?|accounts?|offices?|team|expansion|"
        r"rollout|distributors?|box|list|swan))",
        "person",
    ),
    (
        _ETHNIC + r" (?:woman|man|person|people|heritage|background|family|ancestry|descent|roots|community|"
        r"colleague|director|manager|founder|minority)\b",
        "person",
    ),
    (
        r"\b(?:of|with) (?:\w+ )?(?:[A-Z]\w+ )?(?:descent|heritage|ancestry|ethnic origin|ethnic background)\b|"
        r"(?-i:\b[A-Z][a-z]+) (?:immigrants?|refugees?|migrants?)\b|\b(?:immigrant|refugee|migrant) (?:family|"
        r"parents|background|roots)\b|\b(?:came|fled|arrived) (?:\w+ ){0,5}as (?:a )?refugees?\b|"
        r"\b(?:ancestry|DNA)\b.{0,60}\b(?:\d+ ?%|a quarter|a third|half|an eighth|mostly|partly) (?-i:[A-Z][a-z]+)|"
        r"\b(?:his|her|my) caste\b|\bcaste (?:discrimination|background)\b|\b(?:his|her|my|their) (?:ethnicity|"
        r"ethnic (?:background|origin|group)|race|racial background|heritage|ancestry)\b(?! (?:kit|test|DNA|results?|"
        r"site|app|account|subscription))|\b(?:person|woman|man) of "
        r"colou?r\b|\bethnic minority\b",
        "person",
    ),
)

ORIENTATION = (
    (
        r"(?-i:\b(?P<owner>[A-Z][a-z]+)'s|\b(?P<pronoun>[Hh]is|[Hh]er|[Hh]e's|[Ss]he's)) "
        r"(?:new |late |ex-|ex |former |long-term |longtime )?(?P<rel>"
        r"husband|boyfriend|fianc[ée]e?|hubby|wife|girlfriend|missus|partner|spouse)\b(?:,? (?-i:(?P<other>"
        r"[A-Z][a-z]+)))?",
        "couple",
    ),
    (
        r"\b(?:gay|lesbian|bisexual|homosexual|pansexual|asexual|queer)\b(?! (?:bars? |clubs? )?(?:market|"
        r"marketing|customers?|segment))|\bsame-sex (?:partner|spouse|marriage|wedding|couple)\b|"
        r"\b(?:came|coming|come) out (?:as|to (?:his|her|their|the) (?:team|family|colleagues|parents))\b|"
        r"\b(?:isn't|is not|not) out at work\b|\b(?:transgender|trans (?:woman|man)|non-binary)\b|"
        r"\bLGBT\w*\+? (?:network|group|community|colleagues?|staff network)\b",
        "person",
    ),
)

_UNION = (
    r"(?-i:Unite|Unison|GMB|Teamsters|ver\.di|IG Metall|IG BCE|UAW|RMT|NEU|UCU|CWU|USW|SEIU|PCS|Usdaw|IBEW|AFL-CIO|"
    r"AFSCME|UFCW|CUPE|Unifor|ASLEF|NASUWT|NUJ|FBU|BECTU|CGT|CFDT|FNV)"
)
# "are in the Teamsters", "were in the union": a group's membership, not a person's (LABELS.md)
_NOT_A_GROUP = r"(?<!\bare )(?<!\bwere )(?<!'re )"
# unions that are not trade unions: "in the Credit Union", "in the European Union"
_NOT_LABOUR = r"(?:credit|European|African|customs|monetary|Soviet|student|students'|banking|currency|economic) union"
TRADE_UNION = (
    (
        r"\b(?:shop steward|union (?:rep|representative|member|membership|official|organi[sz]er|steward|card|dues|"
        r"conven[eo]r|delegate|activist|leader|president|secretary|chair|workplace rep)s?|(?:his|her|my) (?:local )?"
        r"(?:\w+'? )?union(?: branch| meetings?| card| dues)?|(?:head|chair|president|secretary|leader|member|rep|"
        r"representative|organi[sz]er|officer) of (?:the |a |his |her )?(?:local )?(?:\w+'? ){0,2}union|"
        + _NOT_A_GROUP
        + r"(?:joined|joining|in|member of|rep for|belongs to|organi[sz]ing) (?:a |the )?(?!"
        + _NOT_LABOUR
        + r")(?:\w+ )?union)\b"
        r"(?! of\b)",
        "person",
    ),
    (
        r"\b" + _UNION + r" (?:member|rep|representative|steward|shop steward|branch|official|card|conven[eo]r|"
        r"organi[sz]er|delegate|activist|negotiator|secretary|membership)s?\b|\b"
        + _NOT_A_GROUP
        + r"(?:in the|(?:joined|joining|member of|rep for|belongs to|belonged to|active in) (?:the )?)"
        + _UNION
        + r"\b|"
        r"\b(?:his|her|my) (?:union )?branch is (?:balloting|striking|on strike)\b|"
        r"\b(?:joined|joining|on|at|walked|walking|walks|manning|manned) (?:a |the )?picket line\b|"
        r"\b(?:sits?|sitting|serves?|serving|elected|is|was) (?:\w+ )?on (?:the |a |his |her )?union(?:'s)? (?:\w+ )?"
        r"(?:committee|executive|council|board|negotiating team|bargaining team)\b",
        "person",
    ),
)

_BIOMETRIC = (
    r"(?:fingerprints?|thumbprint|face(?: scan| ID| template| print)?|facial (?:scan|template|data|geometry|"
    r"biometrics)|iris(?: scan)?|retina(?: scan)?|palm(?: print| vein)?(?: scan)?|voice ?print|voice (?:sample|"
    r"template)|biometrics?(?: data| template| profile| scan)?)"
)
GENETIC_BIOMETRIC = (
    (
        r"\b(?:had|has|have|having|did|done|took|take|taking|got|get|getting|waiting for|awaiting|results? of|"
        r"booked|do|doing) (?:a |an |his |her |my |some |the )?(?:genetic|DNA|gene|BRCA[12]?) (?:test|testing|"
        r"screening|results?|analysis)\b|\b(?:genetic|gene|BRCA[12]?|APOE4?|Huntington'?s) (?:test|testing|"
        r"screening) (?:results?|came back|was positive|was negative|showed)\b|\b(?:his|her|my|[A-Z][a-z]+'s) "
        r"(?:BRCA[12]?|APOE4?|Huntington'?s|carrier) (?:test|screening|status|results?)\b|"
        r"\bBRCA[12]?(?:[- ]positive| mutation| carrier| gene)\b|"
        r"\b(?:carries|carry|carrier of|carrier for|tested positive for|inherited) (?:the |a |an )?(?:\w+ ){0,3}"
        r"(?:gene|mutation|variant)s?\b|\bDNA (?:sample|swab|test|results?|kit)s?\b|\bancestry test\b|"
        r"\bancestry kit results?\b|\b(?:his|her|my) ancestry kit\b|"
        r"\bhereditary (?:condition|disease|disorder)\b|\b(?:his|her|my) (?:genome|DNA results|genetic (?:results?|"
        r"profile|condition|disorder|makeup))\b",
        "person",
    ),
    (
        r"\b(?:enrol(?:l)?(?:ed|s|ing)?|registered|register|scanned|captured|stored|submitted|provided|took|taken|"
        r"added|set up|uploaded|recorded) (?:\w+ ){0,2}(?:his|her|my|their|[A-Z][a-z]+'s) (?:own )?"
        + _BIOMETRIC
        + r"\b|\b(?:his|her|my|[A-Z][a-z]+'s) (?:own )?"
        + _BIOMETRIC
        + r"s?\b(?! (?:are |were )?all over)",
        "person",
    ),
)

_CRIME = _any(
    "fraud", "theft", "assault", "tax evasion", "embezzlement", "burglary", "robbery", "dealing", r"drug \w+",
    "manslaughter", "bribery", "money laundering", "insider trading", "drink-driving", r"\w+ fraud", "possession",
    "stealing", "harassment", "shoplifting", "vandalism", "arson", "murder", "stalking", "kidnapping", "perjury",
    "affray", "criminal damage", "GBH", "ABH",
)  # fmt: skip
_SPAN = (
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eighteen|several|many|a few) (?:\w+ )?"
    r"(?:years?|months?)"
)
# "charged" as billed ("is charged an allocation", "time charged to the project") or tasked ("charged
# with leading the rollout")
_CHARGED = (
    r"charged(?!\s+(?:an?|\$|\d|as much|more|less|up to|per|to|at|twice|double|extra|separately|back|monthly|"
    r"annually|by the|for (?:each|every|it|that|this|them|usage))\b)(?! with (?:the |a )?(?:task|job|responsibility|"
    r"duty|oversight|mandate|role|mission|leading|managing|overseeing|running|developing|implementing|ensuring|coordinating|reviewing)\b)"
)
CRIMINAL = (
    (
        r"\b(?:criminal (?:record|conviction|past|history|charges?|case)|(?:was|been|got|is|being|were) "
        r"(?:convicted|arrested|" + _CHARGED + r"|indicted|jailed|imprisoned|sentenced|cautioned|prosecuted|acquitted)|"
        r"convicted (?:of|for)|(?:a |his |her |previous |prior |spent |old )convictions? for|"
        r"(?!(?:the|a|an|real|strong|great|such|that|this|some|much|no|full|deep|quiet|genuine|with|of|in|his|her|"
        r"their|our|my|your|its|more|less|enough|total|absolute) )\w+ convictions?\b"
        r"(?= as| in| when| years| back)|conviction (?:for|as a)|(?:served|spent|did) (?:time|a (?:\w+ )?sentence|"
        + _SPAN
        + r" (?:in (?:prison|jail)|inside|behind bars|for "
        + _CRIME
        + r"))|(?:prison|jail|custodial|"
        r"suspended) sentence|sentenced to|in (?:prison|jail)|behind bars|(?:went|sent) to (?:prison|jail)|out of "
        r"(?:prison|jail)|ex-(?:con|offender|convict)|on (?:bail|parole)|probation officer|community service order|"
        r"pleaded (?:guilty|not guilty)|found (?:guilty|not guilty)|police caution|(?:questioned|picked up|detained|"
        r"held|stopped|interviewed|cautioned|charged|arrested) by (?:the )?police|police custody|in custody|"
        r"released (?:on bail|without charge)|has a (?:police |criminal )?record|restraining order|on trial for|"
        r"under (?:criminal |police )?investigation for|arrested for|"
        + _CHARGED
        + r" with|facing (?:criminal )?charges|"
        r"pending (?:\w+[- ]){0,2}(?:charge|trial|prosecution)|(?:drink|drunk)[- ]driving|DUI|DWI|driving ban|"
        r"banned from driving|sex offender|accused of " + _CRIME + r"|(?:cautioned|arrested|convicted|charged) "
        r"(?:\w+ ){0,3}for " + _CRIME + r")\b",
        "person",
    ),
    (
        # an alleged offence on its way through court ("a court hearing on the assault charge"); "the fraud
        # charges on my card" are a bank's
        r"\b(?:the|an?|his|her|my|two|three|several|multiple) (?:\w+ )?" + _CRIME + r" charges?\b(?! on (?:the |my |"
        r"his |her |our |your |a )?(?:card|account|statement|invoice|bill))|\bcourt (?:hearing|date|appearance|case) "
        r"(?:\w+ ){0,3}(?:on|for|over) (?:the |an? |his |her )?(?:\w+[- ]){0,2}charges?\b|\b(?:awaiting|facing) "
        r"(?:trial|sentencing)\b|\b(?:his|her|my) (?:sentencing|arraignment|parole hearing|criminal trial)\b|"
        r"\b(?:appears?|appeared|appearing|up|is|was|be) in (?:court|the dock) (?:on|for|over|charged with) "
        r"(?:an? |the |his |her )?(?:\w+ ){0,2}(?:charges?|" + _CRIME + r")\b",
        "person",
    ),
)
