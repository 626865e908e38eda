"""Health cues (LABELS.md: including pregnancy, disability, mental health and minor illness such as flu).

Medical words that also have business senses ("a lump sum", "a stroke of luck", "sober assessment",
"pregnant pause", "hospital account", "health-check") are written so those senses do not match."""

from __future__ import annotations

from policies.privacy.business_lines import AS_A_BUSINESS_LINE
from policies.privacy.lexicon_conditions import CONDITIONS, ORGAN_TROUBLE, OUTBREAKS


def _any(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


# illnesses that need a verb or preposition to be about someone ("off with flu", "caught a cold")
ILLNESS = _any(
    r"(?:the )?(?:flu|influenza|covid(?:-19)?|coronavirus)", r"a (?:bad |heavy |nasty |stinking )?(?:cold|cough|"
    r"fever|virus|(?:stomach|tummy|sickness|vomiting|winter|24-hour) bug|chest infection|migraine)",
    r"(?:(?:vestibular|ocular|retinal|hemiplegic|menstrual|chronic|severe) )?migraines?",  # the kind a doctor names
    r"a slipped disc", r"a bad back", r"back pain", r"burn-?out", r"stress", r"anxiety", r"depression",
    r"exhaustion", *OUTBREAKS,
)  # fmt: skip

# a person, not a drink: "anything alcoholic", "non-alcoholic options", "alcoholic drinks" are a menu's
_ALCOHOLIC = (
    r"(?<!anything )(?<!something )(?<!nothing )(?<!non-)(?<!non )(?:an )?alcoholic(?! (?:drinks?|beverages?|"
    r"spirits|content|products?|gifts?|hampers?|punch|cocktails?|options?|refreshments?|brands?))"
)

# a "therapy session" for a business's work is a figure ("the pipeline therapy session", "a bit of retail therapy")
_FIGURATIVE_THERAPY = "".join(f"(?<!{w} )" for w in ("pipeline", "deal", "deals", "forecast", "retail", "backlog",
                                                      "CRM", "inbox", "budget", "quota"))  # fmt: skip

# conditions, treatments and medicines that are medical whatever surrounds them
CONDITION = _any(
    # (not a unit's equipment: "chemo chairs one to twelve")
    r"cancer", r"chemo(?:therapy)?(?! (?:chairs?|pumps?|drugs? (?:stock|inventory|orders?)|order sets?|protocols?))",
    r"radiotherapy", r"leuka?emia", r"lymphoma", r"tumou?r", r"diabet(?:es|ic)",
    r"insulin", r"asthma(?:tic)?", r"epilep(?:sy|tic)", r"pacemaker",
    # told with how bad or how sure it was ("a minor heart attack", "a suspected stroke")
    r"a (?:mild |minor |major |small |massive |slight |serious |severe |suspected |silent )?(?:heart (?:attack|"
    r"condition)|stroke(?! of))",
    r"multiple sclerosis", r"parkinson'?s", r"alzheimer'?s", r"dementia", r"HIV", r"crohn'?s",
    r"coeliac", r"celiac", r"long covid", r"chronic (?:pain|illness|fatigue)", r"ADHD", r"autis(?:m|tic)",
    r"dyslexi(?:a|c)", r"bipolar", r"OCD", r"PTSD", r"an eating disorder", r"anorexia", r"bulimia",
    r"panic attacks", r"clinical(?:ly)? depress(?:ion|ed)",
    r"mental health (?:issues|problems|condition|leave|break|day)",
    r"a (?:nervous|mental) breakdown", r"a miscarriage", r"IVF", r"fertility treatment", r"morning sickness",
    r"a hip replacement", r"a knee replacement", r"(?:a )?kidney (?:failure|disease|stones?)", r"dialysis",
    r"a transplant",
    r"an allergic reaction", r"anaphylaxis", r"(?:nut|peanut|food|shellfish|severe|\w+ peanut) allerg(?:y|ies)",
    r"(?:lactose|gluten) intoleran(?:t|ce)", r"(?:alcohol|drug|gambling|opioid|cocaine) (?:addiction|abuse|"
    r"dependency|problem)", _ALCOHOLIC, r"rehab", r"in remission", r"methadone", r"buprenorphine",
    r"suboxone", r"naltrexone", r"painkillers", r"antibiotics",
    r"steroids", r"blood thinners", r"antidepressants", r"pneumonia", r"bronchitis", r"shingles", r"chickenpox",
    r"measles", r"norovirus", r"strep throat", r"whiplash",
    # an infection named by where in the body it is, whatever word qualifies it ("a nasty ear infection", "a
    # double eye infection"); a bare "infection" is also a laptop's
    r"an? (?:[\w-]+,? ){0,2}?(?:ear|eye|chest|kidney|urinary(?: tract)?|bladder|sinus|throat|tooth|gum|skin|wound|"
    r"lung|toe|nail) infection",
    r"concussion", r"hay fever", r"food poisoning", r"stomach flu", r"glandular fever", r"root canal",
    r"wisdom teeth", r"a (?:sprained|twisted|broken|fractured|dislocated) (?:leg|arm|wrist|ankle|hip|collarbone|"
    r"rib|foot|hand|finger|toe|knee|shoulder|back|nose|jaw)", r"torn (?:ligament|ACL|muscle|cartilage)",
    r"(?:back|knee|hip|eye|heart|shoulder|foot|hand) op", r"colou?r-?blind(?:ness)?", r"short-sighted",
    r"a stammer", r"a stutter", r"tinnitus", r"sleep apnoea", r"insomnia", r"AA meetings?",
    r"Alcoholics Anonymous", r"Narcotics Anonymous", r"\w+ (?:years?|yrs?|months?|mos?|weeks?|wks?|days?) sober",
    r"(?:been|stayed|is|was) sober", r"sober (?:for|since)", r"recovering (?:alcoholic|addict)", r"sobriety",
    # life stages a body goes through ("perimenopausal", "her hot flushes"); "menopausal women" is a market
    r"menopause", r"(?:peri|post)-?menopaus(?:e|al)(?! women)", r"menopausal(?! women)", r"andropause",
    r"hot (?:flushes|flashes)", r"night sweats", r"going through the change\b(?! (?:programme|process|management))",
    r"learning disabilit(?:y|ies)", r"Down'?s syndrome",
    r"cerebral palsy", r"hearing loss", r"vision loss", r"a lump(?! sum)", r"a cancer scare", r"a seizure",
    r"lupus", r"Lyme disease", r"special needs(?! (?:school|schools|sector|market|education))",
    r"wheelchair user", r"hard of hearing", r"visually impaired", r"neurodivergent", r"on the (?:autism )?spectrum",
    r"sign-language interpreter", r"physio(?:therapy)?", r"in therapy", _FIGURATIVE_THERAPY + r"therapy sessions?",
    r"sickle[- ]cell", r"cystic fibrosis", r"muscular dystrophy", r"motor neurone disease", r"Huntington'?s",
    r"haemophilia", r"hemophilia", r"thyroid (?:problems?|condition|cancer)", r"high blood pressure", r"hypertension",
    r"a blood clot", r"DVT", r"an aneurysm", r"glaucoma", r"cataracts?", r"macular degeneration", r"vertigo",
    r"a hernia", r"gallstones", r"an ulcer", r"psoriasis", r"eczema", r"ME/CFS", r"fibromyalgia", r"scoliosis",
    # an ulcer named by where it is ("recovering from a stomach ulcer"); "giving me a stomach ulcer" is a figure
    r"an? (?:stomach|peptic|gastric|duodenal|bleeding|perforated|leg|foot|venous) ulcer",
    r"osteoporosis", r"a disc (?:problem|injury)", r"postnatal depression", r"post-?partum", r"went into labou?r",
    r"in labou?r", r"a C-section", r"(?:long-term|serious|chronic|terminal|mystery) illness", r"ill health",
    r"health (?:issues?|problems?|scare|condition|crisis|worries)", r"a medical condition", r"his illness",
    r"her illness", r"cancer survivor",
    # medical word endings: appendicitis, mastectomy, anaemia, fibromyalgia, angioplasty, neuropathy, melanoma
    # (not the everyday words and places with those endings: academia, Bohemia, nostalgia, dichotomy)
    r"\w{3,}(?:ectomy|otomy|itis|aemia|emia|algia|plasty|opathy|carcinoma|melanoma|sarcoma|glioma)"
    r"(?<!academia)(?<!bohemia)(?<!nostalgia)(?<!dichotomy)(?<!trichotomy)"
    r"(?<!politis)(?<!pwlitis)(?<!mathitis)(?<!texnitis)(?<!technitis)",  # Greeklish seller, student, technician
    r"\w{3,}osis(?<!diagnosis)(?<!prognosis)(?<!osmosis)(?<!symbiosis)(?<!metamorphosis)(?<!apotheosis)",
    *CONDITIONS,
)  # fmt: skip

_SPECIALIST = _any(
    "therapist", "psychiatrist", "psychologist", r"counsell?or", "oncologist", "cardiologist", "neurologist",
    "physio", "specialist", "doctor", "GP", "dentist", "surgeon", "midwife",
)  # fmt: skip
_PROCEDURE = _any(
    r"surger(?:y|ies)", "operation", "chemo", "radiotherapy", r"physio(?:therapy)?", "therapy", "rehab", r"MRIs?",
    r"CT scans?", r"biops(?:y|ies)", r"mammograms?", r"blood tests?", "smear test", "ultrasound", "scan results",
    # any scope put into the body (colonoscopy, arthroscopy, laparoscopy); not a lab's or an optician's
    r"(?!micro|spectro|stereo|tele|kaleido|horo)\w{3,}oscop(?:y|ies)",
    "tests at the hospital", "stitches", r"(?:iron |blood )?(?:infusions|transfusions)",
    "an? (?:jab|booster|vaccination)", r"tit(?:re|er) tests?", r"antibody tests?",
)  # fmt: skip

# what a specialist treats, named before them ("a lung specialist", "her heart doctor"); "a tax specialist" is
# no doctor, so only the body and its medicine
_BODY_FIELD = (
    r"(?:(?:lung|heart|chest|skin|kidney|liver|bowel|gut|stomach|eye|ear|ENT|nose and throat|bone|joint|spine|back|"
    r"knee|hip|foot|sleep|fertility|pain|cancer|breast|hormone|thyroid|blood|memory|allergy|respiratory|cardiac|"
    r"renal|lymph|brain|nerve|hand|shoulder|menopause|diabetes|asthma|MS|IBD|rheumatology|dermatology|"
    r"gastro|neuro|ortho(?:paedic|pedic)?|hearing|dental|mental health|eating disorder)[- ])?"
)
# "diabetes drugs", "cancer research", "dialysis clinics", "a cancer-screening RFP": the condition as a market,
# not a person's
_AS_A_MARKET = (
    r"(?![- ](?:drugs?|medications?|medicines?|patients|research|trials?|clinics?|wards?|screening|centres?|centers?|"
    r"charit(?:y|ies)|foundations?|units?|departments?|treatments?|devices?|products?|sector|market|care|services|"
    r"awareness|testing kits?|specialists|nurses|programmes?|programs?|pathways?|equipment|walks?|rides?|runs?|"
    r"marathons?|fundraisers?|galas?|benefits?|day|month|week|quilt|ribbons?|relief|hosp(?:ice|ices)|vaccines?|"
    # what a supplier sells or ships ("insulin pens and HIV antiretrovirals to 300 pharmacies")
    r"pens?|pumps?|antiretrovirals|inhalers?|test strips|strips|monitors?|therap(?:y|ies)|therapeutics|supplies|"
    r"portfolio|pipeline|biosimilars?|generics?|gene panels?|labs?|risk))"
)
# what a deal or a team "is giving me" ("giving me an ulcer", "will give us all a heart attack") is a figure of
# speech; "the stress gave her an ulcer" is still hers
_AS_A_FIGURE = "".join(
    f"(?<!{verb} {whom} )" for verb in ("give", "gives", "giving") for whom in ("me", "us", "us all", "everyone")
)
# a cause a company or charity fights ("Enron's commitment to fighting heart disease", "the fight against
# cancer"); "he's fighting cancer" is still his
_AS_A_CAUSE = (
    r"(?<!the fight against )(?<!to fighting )(?<!to fight )(?<!help fight )(?<!war on )(?<!research into )"
    r"(?<!research on )(?<!awareness of )(?<!cure for )(?<!cures for )(?<!treatments for )"
)

# parts of the body that are taken out, replaced or fixed ("get his appendix out", "had her knee replaced")
_BODY_PART = (
    r"(?:appendix|tonsils|adenoids|gall ?bladder|wisdom teeth|spleen|thyroid|ovar(?:y|ies)|uterus|womb|prostate|"
    r"kidney stones?|kidney|gallstones?|cyst|mole|polyps?|cataracts?|stitches|cast|stent|catheter|ACL|meniscus|hip|"
    r"knee|shoulder|implants)"
)
# where a body is operated on ("operating on his spine")
_OPERATED_PART = (
    r"(?:" + _BODY_PART + r"|back|spine|heart|eyes?|leg|arm|foot|hand|wrist|ankle|neck|brain|lungs?|liver|bowel|"
    r"stomach)"
)
# "after the knee reconstruction trial" is a study's: a determiner is no free word before the part, and the
# operation is no one's when a study or a market follows it
_DETERMINER = r"(?:the|this|that|these|those|our|its|your|any|every)\b"
_A_STUDY = r"(?! (?:trials?|stud(?:y|ies)|results?|data|readouts?|research|market|devices?|implants?|kits?|cohorts?)\b)"
# medical abbreviations that are also other things ("MS Teams", "TB of data"): a person must have them
_ABBREVIATION = r"(?-i:MS|IBS|COPD|RSI|MND|ALS|PCOS|POTS|CFS|CKD|GERD)"
_HAS_AN_ABBREVIATION = r"\b(?:has|had|have|got|living with|diagnosed with|his|her|my) " + _ABBREVIATION
_NOT_THE_CONDITION = (  # "has MS licences", "her MS in Computer Science"
    r"(?! (?:(?-i:[A-Z0-9])|licen[cs]es?|stack|products?|tools?|software|subscriptions?|accounts?|contracts?|"
    r"agreements?|partners?|support|certifi\w+|degrees?|thesis|dissertation|programm?e?s?|studies|course|from|in\b))"
)

# organs and tissue given or received ("donating a kidney to her brother", "waiting for a new liver"); a heart
# only as a new one ("gave his heart to the project" is devotion)
_ORGAN = (
    r"(?:kidneys?|liver|(?:a )?(?:lobe|part|piece) of (?:his|her|my|their) (?:liver|lung)|lungs?|new heart|pancreas|"
    r"cornea|corneas|bone marrow|stem cells|an organ|organs)"
)

# who is on a programme of treatment, and for how long ("three months into an outpatient ...")
_ON_A_PROGRAMME = (
    r"\b(?:on|in|into|started|starts|starting|joined|joining|completed|completing|finished|finishing|"
    r"enrolled (?:in|on)|doing|did|through|attends?|attending|attended|referred to|signed up (?:to|for)) "
    r"(?:a |an |the |his |her |my |their |another |(?:\w+ )?(?:week|month|day)s?(?: of)? )?(?:(?:\w+|\d+)[- ]"
    r"(?:week|month|day) )?(?:residential |outpatient |inpatient |day[- ]patient |intensive |structured )?"
)
# the treatments, each at least four letters long: the cue prefilter then requires one of them rather than "on "
# (IVF and CBT, three letters, would tie with it, so they have a cue of their own)
_TREATMENT = (
    r"(?:methadone|buprenorphine|suboxone|opioid substitution|substitution|detox|rehab(?:ilitation)?|drug "
    r"(?:treatment|rehab(?:ilitation)?|recovery)|alcohol (?:treatment|rehab(?:ilitation)?|recovery)|addiction "
    r"(?:treatment|recovery)|12-step|12 step|twelve-step|twelve step|chemo(?:therapy)?|radiotherapy|dialysis|cardiac "
    r"rehab(?:ilitation)?|pulmonary rehab(?:ilitation)?|stroke rehab(?:ilitation)?|fertility|eating "
    r"disorder|cognitive behavioural therapy|physio(?:therapy)?)"
)
# (looked ahead for, so that the prefilter does not settle for " plan")
_PROGRAMME = r"(?= (?:treatment )?(?:programm?e|program|course|clinic|regime|regimen|plan|cycle)s?\b)"

HEALTH = (
    (
        # living donation and transplants, whichever the organ
        r"\b(?:donat(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|receiv(?:e|es|ed|ing)|waiting for|needs|needed|getting|got) "
        r"(?:a |an |one of (?:his|her|my) |(?:his|her|my) |a new )?" + _ORGAN + r" (?:to|from)\b|\b(?:donat(?:e|es|ed|"
        r"ing)|gave|giving) (?:a |an |one of (?:his|her|my) |part of (?:his|her|my) )(?:kidney|liver|lung)\b|"
        # one person's transplant, not a hospital's ("adult liver transplant procedures", "more organ donors")
        r"\b(?:kidney|liver|heart|lung|bone marrow|stem cell|cornea|pancreas|organ) (?:transplant|donation|donor)\b"
        r"(?! (?:programm?e?s?|registry|registers?|charit(?:y|ies)|services?|units?|centres?|centers?|network|"
        r"software|system|market|research|campaign|drives?|awareness|procedures?|patients?|surgeons?|surger(?:y|ies)|"
        r"teams?|cases|operations|rates?|numbers|data|list for (?:the|our)))|\b(?:on|joined|"
        r"off) (?:the )?transplant (?:list|waiting list)\b|\bliving donor\b",
        "person",
    ),
    (r"\b" + _AS_A_FIGURE + _AS_A_CAUSE + CONDITION + r"\b" + _AS_A_MARKET + AS_A_BUSINESS_LINE, "person"),
    (ORGAN_TROUBLE + _AS_A_MARKET, "person"),
    (
        r"\b(?:off|out|home|away|back|returned|signed off|off work|laid up|in bed|down|struggling|battling|suffering|"
        r"suffers|recovering|diagnosed|been ill|ill|sick|unwell|poorly) (?:\w+ ){0,2}(?:with|from|for) "
        + ILLNESS
        + r"\b|"
        # brought home from a trip ("came back from the Lagos trip with malaria")
        r"\b(?:came|come|comes|coming|got|flew|is|was|'s) back (?:\w+ ){1,4}?with " + ILLNESS + r"\b|"
        # leaving because of it ("left after 20 minutes with a migraine", "went home early with a cold")
        r"\b(?:left|leaving|leaves|leave|went home|gone home|sent home|headed home|heading home|bailed|dropped off)"
        r"(?: (?:early|the (?:meeting|call|office|session|workshop|room|site|offsite|dinner|event)|after (?:\d+|a few|"
        r"\w+) (?:minutes|mins|hours|an hour)|after (?:lunch|the break|an hour)|halfway(?: through)?|at (?:lunch|noon|"
        r"the break))){0,2} with " + ILLNESS + r"\b|"
        # a bug only as an illness someone is laid up with ("home with a nasty bug"), never a software one
        r"\b(?:off|home|laid up|in bed|down|ill|sick|unwell|poorly) (?:sick )?with (?:a|some) (?:nasty |bad )?bug\b"
        r"(?! (?:in|on|with|report|fix|bash|bounty|tracker))",
        "person",
    ),
    (
        r"\b(?:has|had|have|got|caught|picked up|came down with|come down with|'s got|nursing) " + ILLNESS + r"\b",
        "person",
    ),
    (
        # an illness told by what it does to a body ("floored by a stomach bug", "laid low with flu"); "knocked
        # out"/"wiped out" also befall servers ("wiped out by a virus"), so those need a person as their subject
        r"\b(?:(?:floored|flattened|felled|poleaxed|laid low|struck down|bedridden|bed-?bound|confined to (?:bed|"
        r"the house)|stuck in bed|knocked (?:sideways|flat|for six))|(?:(?-i:I|[A-Z][a-z]+)|he|she)(?:'ve|'s|'d| has"
        r"| had| have| was| is| got| been)* (?:completely |totally |properly |really |absolutely )?(?:knocked|wiped) "
        r"out) (?:\w+ ){0,2}?(?:by|with) (?:" + ILLNESS + r"|(?:a|some|the|this|that) (?:nasty |bad |horrible |awful "
        r"|stomach |tummy |winter )?bug)\b(?! (?:in|on|with|report|fix|bash|bounty|tracker|season|jab|vaccine))",
        "person",
    ),
    (
        # an episode someone went through ("had, like, a full-on panic attack"); "Finance will have a panic
        # attack at this price" is a figure of speech about what may come
        r"(?<!will )(?<!'ll )(?<!would )(?<!'d )(?<!might )(?<!gonna )\b(?:had|has|have|having|gets|get|got|getting|"
        r"suffered|suffers|suffering|went into|is having|was having),? (?:[\w-]+,? ){0,3}?(?:panic|anxiety|asthma|"
        r"epileptic|angina) attacks?\b",
        "person",
    ),
    (
        # an episode told by a clause after it ("after the seizure she had at the office", "the stroke he
        # suffered in May"); "the seizure they made at customs" is a port's
        r"\bthe (?:\w+ )?(?:seizures?|strokes?|heart attacks?|panic attacks?|breakdown|miscarriage|fits?|"
        r"blackouts?|concussion|aneurysm) (?:that )?(?:he|she|I) (?:had|has had|suffered|went through)\b",
        "person",
    ),
    (
        r"\b(?:off|out|home|signed off|called in|phoned in) sick\b|\bon sick leave\b|\bsick (?:leave|note|day)\b|"
        r"\b(?:is|was|been|fell|feeling|felt|got|gets|being) (?:really |quite |very |a bit |seriously )?"
        r"(?:ill|sick|unwell|poorly)\b(?! of)(?! and tired)(?!-)(?! (?:\w{3,}ed|written|thought|paid|run|made|done|"
        r"kept|built|spent)\b)|\bunder the weather\b|\btaken ill\b|\bterminally ill\b|"
        # "he's in recovery" (addiction, an operation); "the market is in recovery" has no personal subject
        r"\b(?:he|she|I)(?:'s|'m| is| am| was|'s been| has been|'ve been) (?:now |still )?in recovery\b"
        r"(?! (?:mode|phase|plan))|\bin recovery (?:from|after) (?:\w+ ){0,2}(?:addiction|alcoholism|surgery|"
        r"an? (?:\w+ )?(?:operation|illness|injury|stroke|heart attack|overdose))\b",
        "person",
    ),
    (
        r"\b(?:in|into|out of|discharged from|admitted to|back from) (?:the )?hospital\b(?!-)(?! (?:account|customer|"
        r"sector|group|chain|trust|client|deal|market|vertical|network|procurement|system))|\bhospitali[sz]ed\b|"
        # a person rushed in; "the kit was taken to the hospital" is a delivery's
        r"\b(?:rushed|airlifted|blue-lighted) (?:straight |back )?to (?:the )?(?:hospital|A&E|ER)\b|"
        r"\btaken (?:straight )?to (?:hospital|A&E|the ER)\b|"
        r"\bin (?:A&E|the ER|intensive care|(?:the )?ICU|(?:an? )?(?:induced |medically induced )?coma|critical "
        r"condition)\b|\bon (?:a )?(?:life support|ventilator)\b",
        "person",
    ),
    (
        r"\b(?:hospital|medical|doctor'?s?|GP|dentist|dental|specialist|consultant|physio|therapy|oncology|"
        r"hearing|eye|fertility|IVF|antenatal|prenatal|midwife|chemo|dialysis|counselling|psychiatr(?:ist|y)) "
        r"appointments?\b|\bmedical (?:leave|reasons|grounds|condition|procedure|emergency|treatment)\b|"
        r"\bfor health reasons\b|\b(?:his|her|my) (?:health|doctor|therapist|GP|medication|treatment|diagnosis|"
        r"surgery|operation|condition|illness|disability|recovery|burn-?out|breakdown|symptoms|allerg(?:y|ies))\b"
        r"(?! (?:score|check|index|of\b))",
        "person",
    ),
    (
        # what is done to the body ("get his appendix out", "operating on his hip"), symptoms and medicines of
        # a condition the lists may not know ("his MS symptoms", "her new meds"), and medical abbreviations
        r"\b(?:get|gets|got|getting|having|had|has|have|needs?|needing) (?:his|her|my) "
        + _BODY_PART
        + r" (?:out|off|removed|taken out|replaced|done|fixed|operated on)\b"
        r"(?! (?:of|from) (?:the|our|a|an|this|that|their|its)\b)|\b(?:operat(?:ed|ing|es?)|operation|"
        r"surger(?:y|ies)|op) on (?:his|her|my) (?!back foot)(?:\w+ )?" + _OPERATED_PART + r"\b|"
        # the operation named by its part, with whose it is ("her knee operation", "Tom's hip surgery"); "his
        # hand operation of the crane" is manual work
        r"\b(?:his|her|my|their|(?-i:[A-Z][a-z]+)(?:'s|’s)) (?:[\w-]+ )?"
        + _OPERATED_PART
        + r" (?:surger(?:y|ies)|operations?|ops?|replacement|reconstruction|procedure)\b(?! of\b)|"
        r"\b(?:his|her|my) (?:[\w-]+ )?(?:symptoms|flare-?ups?|relapse|meds)\b(?! of\b)|"
        + _HAS_AN_ABBREVIATION
        + r"\b(?![-/.&])"
        + _NOT_THE_CONDITION
        + r"|\b"
        + _ABBREVIATION
        + r" (?:symptoms|flare-?ups?|relapse|"
        r"diagnosis|medication|meds|treatment|nurse|clinic|attacks?|fatigue)\b",
        "person",
    ),
    (
        # ("rushed in for emergency surgery", "went in for an operation": admitted for it; "off for a few weeks
        # following surgery", but not a list's "the following operations")
        r"\b(?:having|had|has|have|after|before|from|in for|scheduled for|undergo(?:ing|es)?|post-?op|"
        r"(?<!the )(?<!The )(?<!these )following|"
        r"needs?|getting|gets|get|got) (?:an? |his |her |some |minor |major |emergency |knee |hip |back |eye |heart |"
        r"keyhole |"
        r"yearly |annual |regular |routine |monthly |weekly |daily |six-monthly |quarterly |further |more |another |"
        r"shoulder |laser |preventive |preventative |elective |corrective |reconstructive |exploratory |"
        r"follow-up |cataract |spinal |dental |gastric |bariatric |cardiac )*" + _PROCEDURE + r"\b|"
        # an operation named by the part it rebuilds or replaces ("recovering from a knee reconstruction",
        # "after her ACL repair"); "a reconstruction of the ledger" names no body part
        r"\b(?:having|had|has|have|after|before|from|in for|scheduled for|booked for|undergo(?:ing|es|ne)?|needs?|"
        r"getting|gets|get|got) (?:an? |the |his |her |my |their |some )?(?:(?!"
        + _DETERMINER
        + r")[\w-]+ )?(?:"
        + _OPERATED_PART
        + r"|ACL|"
        r"breast|jaw|joint|ligament|tendon|cruciate|rotator cuff) (?:reconstruction|replacement|repair|resurfacing|"
        r"fusion|transplant)\b" + _A_STUDY,
        "person",
    ),
    (
        # a programme of treatment someone is on ("on a methadone programme since", "halfway through a cardiac
        # rehab course"); a hospital's or a charity's programme is a market (``_AS_A_MARKET``)
        _ON_A_PROGRAMME + _TREATMENT + _PROGRAMME,
        "person",
    ),
    (_ON_A_PROGRAMME + r"(?:IVF|CBT)" + _PROGRAMME, "person"),  # three letters: a cue of their own (see below)
    (
        r"\b(?:seeing|sees|saw|see|visits?|visiting|referred to|appointment with) (?:a |an |his |her |my |the )?"
        + r"(?:"
        + _BODY_FIELD
        + _SPECIALIST
        + r"|"
        + _BODY_FIELD.removesuffix("?")
        + r"(?:consultant|clinic|nurse))"
        + r"\b",
        "person",
    ),
    (
        r"\b(?:diagnosed with|tested positive|self-isolating|in isolation with|on (?:medication|meds|crutches)|"
        r"in a (?:cast|sling)|(?:broke|sprained|injured|hurt) (?:his|her|my) \w+|twisted (?:his|her|my) (?!arm\b)\w+|"
        # "Greta twisted my arm into a workshop" persuades; the arm twisted is one's own: "I twisted my arm"
        r"(?:\bi|\bi've|\bhe|\bshe) (?:has |had )?twisted (?:my|his|her) arm(?! (?:into|to|about|over|until)\b)|"
        r"(?:his|her|my) "
        r"(?:injury|broken \w+|bad back|knee|hip|back) (?:is|was|still)|allergic to (?:nuts|peanuts|shellfish|"
        r"gluten|dairy|penicillin|eggs|fish|latex|bees|wheat))\b",
        "person",
    ),
)
