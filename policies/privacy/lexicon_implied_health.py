"""Health told by implication rather than named: the ward a person lies on, the organ they wait for, a
pregnancy told by its scan, the aids a disability needs, and an injury named by the body part it hit.

Business senses that must not match: "we installed screens on the cardiac ward", "the kidney transplant
waiting list software", "a 12-week sprint", "broke the back of the migration", "twisted my arm".
"""

from __future__ import annotations

# the speciality a ward or unit is named by ("on the cardiac ward", "in the coronary care unit")
_SPECIALITY = (
    r"(?:cardiac|cardiology|coronary care|heart|oncology|cancer|haematology|hematology|maternity|labou?r|"
    r"antenatal|postnatal|neonatal|stroke|renal|kidney|dialysis|liver|transplant|psychiatric|psych|mental health|"
    r"burns|orthop(?:a)?edic|trauma|surgical|respiratory|acute medical|geriatric|isolation|intensive care|"
    r"high dependency|spinal|neurology|neuro|palliative)"
)
# a visit to a ward for work is business, as is the ward as an account
_NOT_WORK = (
    r"(?! (?:to (?:fit|install|deliver|fix|demo|pitch|survey|inspect|meet|set up|service|repair|upgrade|train)|"
    r"for (?:the |a |an )?(?:install\w*|demo|survey|pilot|meeting|audit|handover|tour|site visit|delivery|"
    r"rollout|go-live)|(?:project|account|contract|tender|deal|rollout|pilot|sites?|team|staff|nurses|manager|"
    r"beds|screens|kit|refurb\w*)\b))"
)
_ORGAN = r"(?:kidney|liver|heart|lung|lungs|pancreas|cornea|bone marrow|stem cell|organ)"
# aids worn or used for a disability, in the plural or bare ("wears hearing aids", "relies on lip-reading")
_ASSISTIVE = (
    r"(?:hearing aids|hearing aid|cochlear implants?|crutches|a white cane|a walking cane|a guide dog|"
    r"a wheelchair|a screen[- ]reader|screen[- ]readers?|a stairlift|a mobility scooter|a prosthesis|braille|"
    # a monitor worn on the body for a condition ("wearing a 48h heart monitor after some palpitations")
    r"an? (?:\d+ ?(?:h|hr|hour)s? |\d+-hour |\d+-day )?(?:heart|holter|Holter|cardiac|ECG|glucose|"
    r"blood[- ]pressure|insulin) (?:monitor|pump))"
)
_BODY = (
    r"(?:disc|disk|vertebra|vertebrae|ACL|MCL|cruciate(?: ligament)?|ligaments?|meniscus|tendon|achilles|"
    r"hamstring|rotator cuff|collarbone|clavicle|wrist|ankle|hip|femur|tibia|fibula|ribs?|pelvis|shoulder|elbow|"
    r"knee|kneecap|jaw|skull|spine|neck|leg|arm|foot|hand|fingers?|toes?|nose|cheekbone|eye socket|back|"
    r"retina|eardrum)"
)
_INJURED = (
    r"(?:herniated|slipped|ruptured|prolapsed|bulging|torn|tore|tearing|broke|broken|breaking|fractured|fracturing|"
    r"dislocated|dislocating|sprained|spraining|shattered|cracked|crushed|injured|damaged|detached|"
    r"perforated)"
)

IMPLIED_HEALTH = (
    (
        # lying on a ward named by its speciality ("has been on the cardiac ward since Sunday", "moved to the
        # stroke unit"); a supplier's visit there is business (``_NOT_WORK``)
        r"\b(?:is|was|'s|’s|been|be|being|still|now|lying|stuck|staying|stayed|spent|spending|moved|transferred|"
        r"admitted|discharged|released|home|out|back) (?:\w+ ){0,3}?(?:on|in|to|into|onto|from|off|at) (?:the |a )?"
        r"(?:hospital's |(?-i:[A-Z])[\w'’.-]* )?"
        + _SPECIALITY
        + r" (?:ward|unit|wing|bay|(?-i:ICU|HDU|CCU))s?\b"
        + _NOT_WORK,
        "person",
    ),
    (
        # waiting for a donor organ ("on the waiting list for a donor kidney", "waiting for a new liver")
        r"\b(?:on|joined|added to|put on|placed on|moved up|top of|off|waiting on) (?:the |a )?(?:national |organ |"
        r"transplant |donor )?(?:waiting )?list for (?:a |an )?(?:new |donor |matching |suitable )?"
        + _ORGAN
        + r"(?: transplant| donor| match)?\b|\b(?:waiting|waits|waited|hoping|needs|needed|need) (?:for |on )?"
        r"(?:a |an )?(?:new |donor |matching |suitable )" + _ORGAN + r"(?: transplant| donor| match)?\b",
        "person",
    ),
    (
        # a pregnancy told by its scan ("her 20-week scan", "the dating scan", "at 12 weeks")
        r"\b(?:\d{1,2}|twelve|twenty)[- ]weeks?[- ](?:scan|ultrasound|anomaly scan|appointment with the midwife)\b|"
        r"\b(?:dating|anomaly|nuchal|gender|growth|baby|pregnancy|sonogram) scan\b",
        "person",
    ),
    (
        # aids that tell of a disability, plural or bare ("wears hearing aids", "relies on lip-reading")
        # (a product that works with screen readers is compatible, no one's aid)
        r"\b(?<!works )(?<!work )(?<!working )(?<!compatible )(?<!tested )(?<!integrates )(?<!interoperable )"
        r"(?:uses|used|using|wears|wore|wearing|needs|needed|relies on|relied on|depends on|has|had|got|with|"
        r"on) (?:two |both |new |his |her |my )?" + _ASSISTIVE + r"\b(?! (?:market|product|vendor|maker|sales|"
        r"supplier|compatib\w+|support|testing|integration|users))|\b(?:lip-?read(?:s|ing|er)?|reads? lips)\b|"
        r"\b(?:needs|uses|relies on|brings|book|booked|booking|arrange|requested|asked for|with) "
        r"(?:an? |his |her )?(?:(?-i:BSL|ASL|"
        r"Auslan) |sign[- ]language )interpreters?\b",
        "person",
    ),
    (
        # an injury named by the body part, whose it is said ("herniated a disc", "a torn ACL", "cracked two
        # ribs"); the idioms ("broke the back of it", "break a leg") and a list with no owner ("bruised eyes,
        # broken nose" in a joke) name no one's injury
        r"\b(?:(?:a|an|his|her|my|their|both|two|three|several)(?: (?:bad|badly|nasty|serious|seriously))? "
        r"(?:(?:left|right|lower|upper) )?" + _INJURED + r"|" + _INJURED + r" (?:a|an|his|her|my|their|both|two|"
        r"three|several|one of (?:his|her|my)))"
        r" (?:(?:left|right|lower|upper) )?" + _BODY + r"\b(?! (?:of|off)\b)|"
        r"\b(?:a|an|his|her|my) (?:bad |nasty |serious )?(?:whiplash|concussion|hernia|stress fracture|"
        r"torn ligament|frozen shoulder|tennis elbow|sciatica)\b",
        "person",
    ),
)
