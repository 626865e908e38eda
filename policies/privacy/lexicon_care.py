"""Health cues told by what a person is treated with or where: medicines by generic or brand name, devices
worn or used at home, the wards and hospices people stay in, and flare-ups of a chronic condition.

The same words are also a market or a commodity ("lithium prices", "insulin pens to 300 pharmacies", "the
hospice sector", "a flare-up of tensions"), so each needs a person's verb or possessive before it."""

from __future__ import annotations

# psychiatric medicines, and those of the chronic conditions a rep hears about (diabetes, thyroid, heart,
# epilepsy, HIV, cancer, autoimmune); a few are also commodities or brands ("lithium", "Lyrica")
_PSYCHIATRIC = (
    r"lithium|sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|duloxetine|mirtazapine|"
    r"bupropion|trazodone|amitriptyline|nortriptyline|quetiapine|olanzapine|risperidone|aripiprazole|clozapine|"
    r"haloperidol|lamotrigine|valproate|sodium valproate|carbamazepine|methylphenidate|Ritalin|Concerta|Adderall|"
    r"lisdexamfetamine|Vyvanse|Elvanse|atomoxetine|diazepam|lorazepam|clonazepam|alprazolam|Xanax|Valium|"
    r"zopiclone|zolpidem|pregabalin|gabapentin|Prozac|Zoloft|Lexapro|Wellbutrin|Seroquel|Abilify|Lamictal"
)
_CHRONIC = (
    r"metformin|levothyroxine|thyroxine|warfarin|apixaban|rivaroxaban|clopidogrel|atorvastatin|simvastatin|"
    r"statins|amlodipine|ramipril|lisinopril|bisoprolol|beta[- ]blockers|methotrexate|prednisolone|prednisone|"
    r"hydroxychloroquine|tamoxifen|letrozole|anastrozole|Herceptin|antiretrovirals|(?-i:PrEP)|Truvada|"
    r"semaglutide|Ozempic|Wegovy|Mounjaro|tirzepatide|(?-i:HRT)|adalimumab|Humira|infliximab|biologics|"
    r"immunosuppressants|anticoagulants|chemo tablets|oxygen therapy|morphine|oxycodone|codeine|tramadol|"
    r"levetiracetam|Keppra|insulin injections|iron tablets|anti-?sickness (?:meds|tablets|pills)|"
    # the biologics given by infusion or injection at a hospital (bowel, joint, skin, MS, cancer)
    r"Remicade|Inflectra|Stelara|ustekinumab|Entyvio|vedolizumab|Ocrevus|ocrelizumab|Tysabri|natalizumab|"
    r"rituximab|Rituxan|MabThera|Keytruda|pembrolizumab|Opdivo|nivolumab|Enbrel|etanercept|Simponi|Cimzia|"
    r"Dupixent|dupilumab|Xolair|Actemra|tocilizumab|Benlysta|Prolia|denosumab"
)
# the antivirals and antibiotics of a passing illness ("on Paxlovid till Sunday", "started amoxicillin"): a minor
# illness is health too (LABELS.md)
_ACUTE = (
    r"Paxlovid|nirmatrelvir|molnupiravir|Lagevrio|Tamiflu|oseltamivir|Relenza|zanamivir|Xofluza|baloxavir|"
    r"remdesivir|acyclovir|aciclovir|valacyclovir|valaciclovir|Valtrex|amoxicillin|amoxycillin|Augmentin|"
    r"co-amoxiclav|penicillin|flucloxacillin|doxycycline|azithromycin|Zithromax|Z-?pa(?:c)?k|clarithromycin|"
    r"erythromycin|ciprofloxacin|cefalexin|cephalexin|nitrofurantoin|trimethoprim|metronidazole|"
    r"clindamycin|antivirals|antihistamines|salbutamol|albuterol|Ventolin|ibuprofen|paracetamol|acetaminophen"
)
_MEDICINE = r"(?:" + _PSYCHIATRIC + "|" + _CHRONIC + "|" + _ACUTE + r")"
# a person put on, kept on or taken off a medicine, or its dose changed ("just started on lithium", "tapering
# off sertraline", "his warfarin dose"); "bullish on lithium" and "lithium battery" are a market's
_ON_A_MEDICINE = (
    r"\b(?:(?:is|was|'s|been|be|being|went|go|goes|going|put|stays?|stayed|kept|back|still|now|started|starts|"
    r"starting|start|restarted|switched|weaned|came|coming|come|taken|took) (?:\w+ )?(?:on|onto|off)|taking|takes|"
    r"take|took|"
    # a course begun or ended with the medicine as its object ("started sertraline last week")
    r"started|starts|starting|restarted|stopped|stops|stopping|quit|"
    r"prescribed|tapering(?: off)?|weaning (?:\w+ )?off|(?:mg|milligrams|dose|doses|dosage|course|prescription) "
    r"of|(?:his|her|my|their)(?: daily| new| usual| regular| evening| morning)?|(?:daily|weekly|monthly) "
    r"(?:dose|jab|injection)s? of) (?:a |an |some |low-dose |high-dose |\d+ ?mg (?:of )?)?"
)
_NOT_A_COMMODITY = (
    r"(?![\w-])(?! (?:batter(?:y|ies)|mines?|mining|miners?|suppl(?:y|ies|iers?)|prices?|pricing|market|stocks?|"
    r"shares|production|producers?|deposits?|reserves?|refin\w+|exports?|imports?|demand|sales|revenues?|"
    r"business|portfolio|franchise|launch|patents?|generics?|manufactur\w+|distribut\w+|contracts?|tenders?|"
    r"orders?|shipments?|inventory|stockpiles?))"
)

# devices a person lives with: breathing, heart, glucose and mobility aids ("his CPAP machine", "needs her
# inhaler"); "our CPAP product line" is a catalogue's
_DEVICE = (
    r"(?:C-?PAP|BiPAP|APAP)(?: machine| mask)?|oxygen (?:tank|concentrator|cylinder|mask)|(?:continuous )?"
    r"glucose monitor|(?-i:CGM)|Libre sensor|Dexcom|insulin (?:pen|pump)|inhaler|EpiPen|epi-pen|adrenaline pen|"
    r"nebuli[sz]er|TENS machine|heart monitor|Holter monitor|defibrillator vest|ICD implant|ostomy bag|"
    r"feeding tube|(?:knee|back|neck|wrist|ankle|leg) brace|Zimmer frame|walking frame|rollator|"
    r"(?:home )?dialysis machine|hearing implant|cochlear processor|prosthetic (?:limb|leg|arm)"
)
_NOT_A_PRODUCT = (
    r"(?! (?:product|products|line|range|catalogue|catalog|market|sales|orders?|shipments?|stock|inventory|"
    r"recall|suppliers?|distributors?|manufacturers?|vendors?|business|portfolio|pricing))"
)

# wards and homes a person is cared in ("an inpatient at the eating disorder unit", "moved into a hospice");
# a supplier's work there is business ("at the oncology unit to install the screens")
_WARD = (
    r"(?:psychiatric|psych|mental health|eating disorder|detox|addiction|stroke|cardiac|oncology|cancer|maternity|"
    r"neonatal|dialysis|burns|spinal|high dependency|intensive care|palliative|respiratory) (?:ward|unit|"
    r"hospital|clinic|centre|center|facility)"
)
_NOT_A_JOB_THERE = (
    r"(?! (?:to (?:fit|install|deliver|fix|demo|pitch|survey|inspect|meet|set up|service|repair|upgrade|train)|"
    r"for (?:the |a |an )?(?:install\w*|demo|survey|pilot|meeting|audit|handover|tour|site visit|delivery|"
    r"rollout|go-live)|(?:project|account|contract|tender|deal|rollout|pilot|sites?|team)\b))"
)
_NOT_A_SECTOR = (
    r"(?! (?:sector|market|customers?|accounts?|chain|group|clients?|deal|contract|project|sites?|network|"
    r"providers?|software|system|funding|charit(?:y|ies)|trust|staff))"
)

# clinics a person is seen at as a patient ("my appointment at the fertility clinic ran over", "back from the pain
# clinic"); a visit there for work is business (``_NOT_A_JOB_THERE``), the clinic as a customer too (``_NOT_A_SECTOR``)
_CLINIC = (
    r"(?:fertility|(?-i:IVF)|pain|memory|sexual health|(?-i:GUM|STI|HIV)|antenatal|ante-natal|prenatal|fracture|"
    r"diabetes|diabetic|asthma|allergy|sleep|menopause|gender identity|eating disorder|mental health|psychiatric|"
    r"oncology|cancer|chemo(?:therapy)?|dialysis|renal|cardiology|heart|neurology|rheumatology|dermatology|eye|"
    r"audiology|(?-i:ENT)|urology|gyn(?:a)?ecology|obstetric|maternity|breast|physio(?:therapy)?|orthop(?:a)?edic|"
    r"addiction|methadone|stroke|respiratory|ha?ematology|hepatology|endocrinology|epilepsy|migraine|"
    r"(?-i:IBD|MS)) (?:clinic|outpatients?|unit|centre|center)"
)
_SEEN_AT = (
    r"\b(?:(?:his|her|my|their|(?-i:[A-Z][a-z]+)'s) (?:\w+ )?(?:appointments?|appt|consultation|scan|check-?up|"
    r"session|review|follow-?up|treatment|bloods|blood tests?|visit|procedure)|(?:an? |another |the )?(?:appointment|"
    r"appt|consultation|scan|check-?up|follow-?up)s?|seen|being seen|treated|referred|back from|home from|"
    r"discharged from|(?:is|was|'s|’s|been|be|sat|sitting|waiting|waited|stuck|spent (?:\w+ ){0,3}?)(?: \w+){0,2}? "
    r"(?:in|at)) (?:at |to |in |from )?(?:the |a |an |his |her |my |their )?(?:(?-i:[A-Z])[\w'’.-]* )?"
)

# the everyday short names of chronic conditions, which flare ("endo flare-up", "a bad fibro day")
_CHRONIC_SHORT = (
    r"(?:endo|endometriosis|fibro|fibromyalgia|(?-i:IBD|IBS|RA|MS|ME|POTS|PCOS)|colitis|crohn'?s|lupus|gout|"
    r"arthritis|rheumatoid|eczema|psoriasis|asthma|migraine|sciatica|pain|autoimmune|"
    r"thyroid|vestibular|tinnitus|vertigo|allergy|hay fever)"
)

# an infusion or injection of a named medicine, in the languages a calendar is kept in ("infusione Remicade",
# "perfusion de Keytruda", "her Entyvio infusion"); "the Remicade infusion market" is a commodity's
_INFUSION = (
    r"\b(?:infusions?|infusione|infusioni|infusión|infusão|perfusion|Infusion|injections?|iniezione|inyección)"
    r"(?: (?:of|di|de|da|do|con|mit))? (?:\w+ )?"
    + _MEDICINE
    + r"\b"
    + _NOT_A_COMMODITY
    + r"|\b(?:his|her|my|their|(?-i:[A-Z][a-z]+)['’]s|an?|the|next|weekly|monthly) (?:\w+ )?"
    + _MEDICINE
    + r"[- ](?:infusion|injection|drip)s?\b"
    + _NOT_A_COMMODITY
)

CARE = (
    (r"\b" + _ON_A_MEDICINE + _MEDICINE + r"\b" + _NOT_A_COMMODITY, "person"),
    (_INFUSION, "person"),
    (
        r"\b(?:his|her|my|their|(?-i:[A-Z][a-z]+)'s|(?:son|daughter|wife|husband|partner|mum|dad|mother|father|"
        r"baby|child|kid)'s|uses|used|using|needs|needed|relies on|wears|wearing|with|carries|carrying|"
        r"forgot|brought|bring|has|had|have|got|replacement|replaced|refill|refilled|spare|a second) "
        r"(?:a |an |the |his |her |my |their |new |own )*(?:" + _DEVICE + r")s?"
        r"\b" + _NOT_A_PRODUCT,
        "person",
    ),
    (
        r"\b(?:(?:an? )?in-?patient|admitted|sectioned|(?:is|was|'s|been|be|being|stays?|stayed|staying|spent|"
        r"spending|spends) (?:\w+ ){0,3}?(?:in|at)) (?:in |at |to |into )?(?:a |an |the )?(?:(?-i:[A-Z])[\w'’.-]* )?"
        + _WARD
        + r"\b"
        + _NOT_A_JOB_THERE
        + r"|\b(?:is|was|'s|been|be|being|as) an? in-?patient\b(?! (?:system|software|records?|beds?|wards?|"
        r"services?|data|flow))",
        "person",
    ),
    (_SEEN_AT + _CLINIC + r"\b" + _NOT_A_JOB_THERE + _NOT_A_SECTOR, "person"),
    (
        r"\b(?:moved|moving|moves|move|went|gone|going|go|admitted|transferred|taken|discharged) (?:in)?to "
        r"(?:a |the )?(?:[\w'’.-]+ ){0,3}?hospice\b" + _NOT_A_SECTOR + r"|\b(?:in|receiving|needs|getting) "
        r"(?:a |the )?hospice(?: care)?\b" + _NOT_A_SECTOR + r"|\b(?:receiving|needs|getting|in|on) "
        r"(?:palliative|end-of-life|end of life) care\b" + _NOT_A_SECTOR,
        "person",
    ),
    (
        r"\b(?:a |an |his |her |my |bad |another |nasty |(?-i:[A-Z][a-z]+)'s )?"
        + _CHRONIC_SHORT
        + r" flare(?:-?ups?|s|d)?\b(?! (?:of|in|between|over|at|on the)\b)",
        "person",
    ),
)
