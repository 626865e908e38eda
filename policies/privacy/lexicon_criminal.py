"""Cues for criminal convictions and offences (GDPR Art. 10): arrests, charges, trials, sentences served in
prison or in the community, and records pardoned or wiped.

Business senses that must not match: "criminally underpriced", "guilty as charged, I forgot the quote",
"background check on us", "charged twice for the licence", "on probation in his new job"."""

from __future__ import annotations

from policies.privacy.lexicon_health import _any

# the kind of an offence before it, spaced or hyphenated ("wire fraud", "a wire-fraud charge", "identity-theft");
# "anti-fraud" is a team's or a tool's
_KIND = r"(?!anti-)\w+[- ]"
_CRIME = _any(
    "fraud", "theft", "assault", "tax evasion", "embezzlement", "burglary", "robbery", "dealing", r"drug \w+",
    "manslaughter", "bribery", "money laundering", "insider trading", "drink-driving", _KIND + "fraud", "possession",
    "stealing", "harassment", "shoplifting", "vandalism", "arson", "murder", "stalking", "kidnapping", "perjury",
    "affray", "criminal damage", "GBH", "ABH", "graffiti", r"trespass(?:ing)?", "criminal mischief",
    "disorderly conduct", "drunk and disorderly", "breach of the peace", r"a public order offen[cs]e", "joyriding",
    "forgery", "extortion", "blackmail", "racketeering", "smuggling", _KIND + "trafficking",
    _KIND + "theft", _KIND + "assault",
    "domestic violence", "domestic abuse", "battery", "carjacking", r"(?:handling|receiving) stolen (?:goods|property)",
    "fare evasion", "hit and run", r"(?:dangerous|reckless|careless) driving", "driving while disqualified",
    "driving without insurance", "rioting", "looting", "computer misuse", "indecent exposure", "public intoxication",
    "resisting arrest", "obstruction of justice", "contempt of court", "perverting the course of justice",
    "witness tampering", "counterfeiting", "rape", "terrorism offences", "a hate crime", "cybercrime",
)  # fmt: skip
# a sentence or outcome of a case, in prison, in the community or on the record ("120 hours of community service",
# "a conditional discharge", "a stint in juvenile detention"); community service and probation are also a
# volunteer's day and a new hire's first months, so those need a court's words around them
_OUTCOME = (
    r"\b(?:\d+|a hundred|two hundred|\w+ty|\w+teen) hours? of (?:unpaid work|community service|community payback)\b"
    r"(?! experience)|"
    r"\b(?:sentenced to|ordered to (?:do|complete|perform|serve)|given|handed|got|received) (?:\w+ ){0,3}?"
    r"(?:community service|community payback|unpaid work|probation)\b|\bcommunity service (?:for|after) (?:\w+ )?"
    + _CRIME
    + r"\b|\bcommunity service as (?:part of )?(?:a|his|her|my|the) (?:\w+ )?sentence\b|"
    r"\b(?:supervised|criminal|federal|juvenile) probation\b|\b(?:violated|breached|broke|breaking|violating|"
    r"breaching) (?:the terms of )?(?:his|her|my|their) (?:probation|parole|bail|licence conditions)\b|"
    r"\bprobation (?:for|after|over) (?:an? |the |his |her )?(?:\w+ ){0,2}?(?:conviction|offen[cs]e|arrest|DUI|"
    r"charge)\b|"
    # the offence the probation is for, glossed or in brackets ("on probation (tax fraud, 2021)")
    r"\bprobation (?:\(|for |after |over |- )(?:an? |the |his |her )?" + _CRIME + r"\b|"
    r"\b(?:a|an|his|her) (?:conditional|absolute) discharge\b|\b(?:deferred|suspended) "
    r"(?:sentence|prosecution|adjudication)\b|\b(?:he|she|I)(?:'s| has| had|'d| was)? (?:\w+ )?(?:took|takes|"
    r"taking|accepted|accepts|cut|struck|offered) a plea (?:deal|bargain|agreement)\b|\b(?:his|her|my) plea "
    r"(?:deal|bargain|agreement)\b|\bjuvenile (?:detention|hall|record|offender)\b|\bborstal\b|"
    r"\byoung offenders?'? (?:institution|institute|unit|centre|center)\b|\byouth (?:custody|detention|"
    r"offending team)\b|\b(?:remanded (?:in custody|on bail)|on remand)\b|\bconvicted felon\b|\bex-felon\b|"
    # (a juror hears "a felony charge": the felony must be someone's)
    r"\bfelony (?:conviction|record)s?\b|\b(?:his|her|my|prior|previous) felon(?:y|ies)\b|\b(?:convicted of|"
    r"charged with|pleaded guilty to|arrested for|facing|faces|faced) (?:a |two |three |multiple )?felon(?:y|ies)\b|"
    r"\bmisdemeanou?r (?:charges?|convictions?|record|offen[cs]es?|arrest|count)s?\b|\bcourt-martiall?ed\b|"
    r"\bdishonou?rable discharge\b|\bfined (?:\S+ ){0,2}for " + _CRIME + r"\b"
)
# the criminal courts by name: the magistrates' (UK) and Crown Court hear criminal cases, a county court does not
_CRIMINAL_COURT = (
    r"(?:the )?(?:(?-i:[A-Z])\w+ )?(?:magistrates?['’]?(?: court)?|(?-i:Crown|crown) court|sheriff court|criminal "
    r"court|police court|traffic court)"
)
# who is handed a fine, and how much ("got a £400 fine")
_FINE_GIVEN = (
    r"\b(?:got|gets|given|handed|received|receives|paid|pays|paying|faces?|facing|landed|copped|with) (?:a |an |his |"
    r"her |my )?(?:[£$€]\s?[\d,.]+k? |\d[\d,.]* (?:pounds?|dollars?|euros?) |hefty |heavy |big |small |steep |large )?"
)
# a court's outcome or a part in a criminal case: a fine at the magistrates', the accused at a trial
_COURT = (
    # ("fine " whole in both of its branches, so that the cue prefilter requires it rather than " for ")
    _FINE_GIVEN
    + r"fine (?:\S+ ){0,6}?(?:at|from|in|by) "
    + _CRIMINAL_COURT
    + r"\b|"
    + _FINE_GIVEN
    + r"fine (?:\S+ ){0,6}?for "
    + _CRIME
    + r"\b|\bfined (?:\S+ ){0,3}?(?:at|by|in) "
    + _CRIMINAL_COURT
    # a fine a court hands down is a criminal penalty, whatever the offence ("fined in court for fly-tipping",
    # "the judge fined him"); a regulator's or a league's fine is not a court's
    + r"\b|\bfined (?:\S+ ){0,3}?(?:in|by) (?:(?:a|the) )?(?:court|judge|magistrates?|bench)\b|\b(?:court|judge|"
    r"magistrates?|bench|jury) (?:\w+ )?(?:fined|sentenced|convicted) (?:him|her|me|(?-i:[A-Z][a-z]+))\b|"
    r"\b(?:appear(?:s|ed|ing)?|up|hauled|summon(?:s|sed|ed)|due|remanded) (?:at|before|in|to) "
    + _CRIMINAL_COURT
    + r"\b|\bin (?:court|the dock|"
    + _CRIMINAL_COURT
    + r")(?: \w+){0,3}? as (?:the |an? )?"
    r"(?:accused|defendant)\b|\b(?:is|was|be|am|been) (?:the )?accused in (?:a|the|his|her|my) (?:criminal )?"
    r"(?:case|trial|prosecution)\b|\bdefendant in (?:a|the|his|her|my) criminal (?:case|trial)\b|"
    r"\bbound over to keep the peace\b"
)
_SPAN = (
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eighteen|several|many|a few) (?:\w+ )?"
    r"(?:years?|months?)"
)
# where the time was done, said between it and its offence ("did 18 months in Spain for fraud", "served two years
# over there for bribery"); the offence after it still decides
_WHERE_SERVED = r"(?: (?:in|out in|over in|back in) (?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)?| (?:over )?there| abroad)?"
# "charged" as billed ("is charged an allocation", "time charged to the project") or tasked ("charged
# with leading the rollout")
_CHARGED = (
    r"charged(?!\s+(?:an?|\$|\d|as much|more|less|up to|per|to|at|twice|double|extra|separately|back|monthly|"
    r"annually|by the|for (?:each|every|it|that|this|them|usage))\b)(?! with (?:the |a )?(?:task|job|responsibility|"
    r"duty|oversight|mandate|role|mission|leading|managing|overseeing|running|developing|implementing|ensuring|coordinating|reviewing)\b)"
)
# where someone "belongs" or "should be" is the writer's anger, not a record ("You belong in jail")
_NOT_A_WISH = (
    r"(?<!belong )(?<!belongs )(?<!should be )(?<!ought to be )(?<!deserves to be )(?<!deserve to be )"
    r"(?<!should all be )(?<!needs to be )"
)
# a criminal record check as a product's or a process's ("trigger the criminal record check for new hires", "runs
# criminal history screening"): a check tells nobody's record, only what it found does (:mod:`.lexicon_vetting`)
_NOT_A_CHECK = (
    r"(?! (?:checks?|checking|screening|screenings|searches|search|vetting|lookups?|verification|providers?|"
    r"vendors?|integrations?|modules?|features?|services?|requests?|process|polic(?:y|ies)|API)\b)"
)
CRIMINAL = (
    (
        r"\b(?:criminal (?:(?:record|history)"
        + _NOT_A_CHECK
        + r"|conviction|past|charges?|case)|(?:was|been|got|is|being|were) "
        r"(?:convicted|arrested|" + _CHARGED + r"|indicted|jailed|imprisoned|sentenced|cautioned|prosecuted|acquitted)|"
        r"convicted (?:of|for)|(?:a |his |her |previous |prior |spent |old )convictions? for|"
        r"(?!(?:the|a|an|real|strong|great|such|that|this|some|much|no|full|deep|quiet|genuine|with|of|in|his|her|"
        r"their|our|my|your|its|more|less|enough|total|absolute) )\w+ convictions?\b"
        r"(?= as| in| when| years| back)|conviction (?:for|as a)|(?:served|did) (?:time|a (?:\w+ )?sentence)|"
        # time done, in any tense ("got out after serving two years for burglary"); "spent time with the
        # client" and "doing two years of night school" are no sentence
        r"(?:served|spent|did|done|serving|spending|doing) (?:time|a (?:\w+[- ])?(?:sentence|stretch|stint)|"
        + _SPAN
        + r")"
        + _WHERE_SERVED
        + r" (?:in (?:prison|jail)|inside|behind bars|for "
        + _CRIME
        + r")|(?:serving|doing) (?:a |an |his |her )?(?:life|\w+[- ](?:year|month)) sentence|"
        # a prison sentence as a likeness for a slow process ("calls it a prison sentence", "like a jail sentence")
        r"(?<!\bit a )(?<!\bit's a )(?<!\bit’s a )(?<!\blike a )(?<!\bthat a )(?<!\bthis a )(?:prison|jail|custodial|"
        r"suspended) sentence|sentenced to|"
        + _NOT_A_WISH
        + r"(?:in (?:prison|jail)|behind bars)|(?:went|sent) to (?:prison|jail)|out of "
        r"(?:prison|jail)|ex-(?:con|offender|convict)|on (?:bail|parole)|probation officer|community service order|"
        # any plea entered to a charge ("pleaded no contest", "pled nolo contendere", "entered an Alford plea")
        r"(?:pleaded|pled|pleads|pleading) (?:guilty|not guilty|no contest|nolo contendere)|(?:entered|enters|"
        r"entering) (?:a |an )(?:guilty|not[- ]guilty|no[- ]contest|nolo contendere|Alford) plea|"
        r"found (?:guilty|not guilty)|police caution|(?:questioned|picked up|detained|"
        r"held|stopped|interviewed|cautioned|charged|arrested) by (?:the )?police|police custody|in custody|"
        r"released (?:on bail|without charge|on licence)|recalled to (?:prison|jail|custody)|"
        r"(?:his|her|my) (?:parole |release )?licence (?:conditions|was revoked|recall)|"
        r"(?:breach|breached|breaching|broke|breaking) (?:of )?(?:his|her|my) (?:parole |release )?licence|"
        r"has a (?:police |criminal )?record|restraining order|on trial for|"
        r"under (?:criminal |police )investigation\b|under investigation (?:for|over|into)|being investigated "
        r"(?:by (?:the )?police|for|over)|"
        # one person named as the one investigated ("naming her as the person under investigation", "named as
        # a suspect"); "the company under investigation" is a firm's
        r"(?:the|a) (?:person|man|woman|individual|employee|executive|director|suspect) (?:now |currently )?"
        r"(?:under (?:\w+ )?investigation|being investigated)|(?:named|identified|arrested|held|questioned|"
        r"detained) as (?:a|the) (?:prime |main |key )?suspect|"
        r"(?:the )?police (?:are|were|have been|had been) investigating (?:him|her|me)\b|"
        r"reported (?:him|her|me) to (?:the )?police|police (?:complaint|report|case) against|"
        r"parole (?:officer|board|hearing|conditions|violation|agent)|paroled|parolee|out on (?:parole|licence)|"
        r"arrested for|" + _CHARGED + r" with|facing (?:criminal )?charges|"
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
        r"(?:trial|sentencing)\b|\b(?:his|her|my|their) (?:(?:\w+[- ])?(?:brother|sister|son|daughter|husband|wife|"
        r"partner|father|dad|mother|mum|mom|nephew|niece|cousin|uncle|aunt)'s )?(?:sentencing|arraignment|"
        r"parole hearing|criminal trial)\b|"
        r"\b(?:appears?|appeared|appearing|up|is|was|be) in (?:court|the dock) (?:on|for|over|charged with) "
        r"(?:an? |the |his |her )?(?:\w+ ){0,2}(?:charges?|" + _CRIME + r")\b",
        "person",
    ),
    (
        # a sentence served in the community, and a conviction named by its year or offence, pardoned or wiped
        r"\b(?:on|wears?|wearing|fitted with|has|had|with) (?:an? |the |his |her )?(?:electronic |GPS )(?:ankle )?"
        r"(?:tag|monitor|bracelet)s?\b|\belectronically tagged\b|\bankle (?:tag|monitor)s?\b|\b(?:curfew|tagging|"
        r"community) (?:order|sentence)s?\b|\bcourt-ordered curfew\b|\b(?:under|on) house arrest\b|\bhome detention\b|"
        r"\b(?:\d{4}|juvenile|teenage|youth|DUI|motoring|driving|"
        + _CRIME
        + r") convictions?\b|\b(?:got|gets|received|"
        r"receives|was granted|been granted|granted|given) (?:a |an |his |her |my |the )?(?:full |presidential |royal |"
        r"official |state )pardon\b|\bpardon(?:ed)? (?:for|over) (?:the |his |her |a |an )?(?:\w+ ){0,3}"
        r"(?:convictions?|offen[cs]es?|crimes?|charges?|" + _CRIME + r")\b|\bconvictions? (?:was |were |has been |"
        r"had been |got )?(?:quashed|overturned|expunged|pardoned)\b|\b(?:criminal )?record (?:was |got |has been |"
        r"had been )?expunged\b|\bexpunged (?:his|her|my) (?:criminal )?(?:record|conviction)s?\b",
        "person",
    ),
    (
        # a record read out as a check lists it: an offence with its year and outcome ("Dangerous driving, 2011,
        # twelve-month ban"), a driving ban by its length, a conviction now spent; "a 12-month ban on imports" is
        # a trade rule, "the budget's spent" is money
        r"\b" + _CRIME + r",? (?:in )?(?:19|20)\d\d,? (?:\w+[- ]){0,3}?(?:ban|fine|caution|conviction|"
        r"sentence|discharge|suspended|points)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve|eighteen|twenty-four|thirty-six)[- ](?:month|year)s? (?:driving )?ban\b"
        r"(?! (?:on|for (?:the|all|any|our|their|its)|from (?!driving)))|"
        r"\bspent (?:convictions?|cautions?|offen[cs]es?)\b|"
        r"\b(?:conviction|caution|record|offen[cs]e)s? (?:is|are|was|were|'s|has been|have been) (?:now |long )?"
        r"spent\b|\b(?:shows?|showed|flag(?:s|ged)?|comes? up|came up|disclose[sd]?) (?:\w+ ){0,3}?on (?:his|her|"
        r"my|the|an?) (?:enhanced |basic |standard )?(?:DBS|CRB|PVG|criminal record|police) (?:check|certificate|"
        r"disclosure)s?\b",
        "person",
    ),
    (
        # a caution for an offence, and time done in a named prison ("did eighteen months at HMP Wandsworth");
        # "delivered the handsets to HMP Leeds" is a customer's
        r"\b(?:got|gets|given|received|has|had|accepted|with) (?:a |an )?(?:police |formal |simple |conditional |"
        r"youth )?caution (?:for|over) "
        + _CRIME
        + r"\b|\b(?:did|served|doing|serving|done) (?:a |an )?(?:\w+[- ]){0,2}"
        r"(?:years?|months?|weeks?|stretch|sentence|time|stint)s? (?:at|in|inside) (?:HMP|HMYOI|HM Prison|Rikers|"
        r"San Quentin|Wormwood Scrubs|Strangeways|Belmarsh|Pentonville|Barlinnie|Mountjoy)\b",
        "person",
    ),
    (_OUTCOME, "person"),
    (_COURT, "person"),
)
