"""Cues for records about a person's body: genetic and biometric data (GDPR Art. 9).

Business senses that must not match: "fingerprint login", "Kofi's face on the banner", "company DNA",
"genetic testing kits"."""

from __future__ import annotations

_BIOMETRIC = (
    r"(?:fingerprints?(?: templates?| scans?)?|thumbprints?|face(?: scans?| ID| templates?| prints?)?|facial "
    r"(?:scans?|templates?|data|geometry|biometrics)|iris(?: scans?| templates?)?|retina(?: scans?)?|palm(?: prints?|"
    r" veins?)?(?: scans?)?|voice ?prints?|voice (?:samples?|templates?|profiles?)|biometrics?(?: data| templates?|"
    r" profiles?| scans?)?|(?:hand|finger|palm|vein|gait|retinal|ear)[- ](?:geometry|vein|pattern|shape)s?"
    r"(?: templates?| scans?| data| profiles?)?|gait (?:templates?|scans?|data|profiles?|signatures?))"
)
# what a person has (no enrolling verb): the print or scan, not the face or voice itself ("Kofi's face is
# on the banner", "a smile on his face")
# the other traits a reader or camera identifies a person by ("hand-geometry template", "finger-vein scan")
_OTHER_TRAIT = r"(?:(?:hand|finger|palm|vein|gait|retinal|ear)[- ](?:geometry|vein|pattern|shape)s?|gait)"
_BIOMETRIC_HELD = (
    r"(?:fingerprints?(?: templates?| scans?)?|thumbprints?|face (?:scans?|ID|templates?|prints?|data|profiles?)|"
    r"facial (?:scans?|templates?|data|geometry|biometrics)|iris (?:scans?|templates?)|retina scans?|palm (?:prints?|"
    r"veins?|scans?)|voice ?prints?|voice (?:samples?|templates?|profiles?)|biometrics?(?: data| templates?| "
    r"profiles?| scans?)?|" + _OTHER_TRAIT + r" (?:templates?|scans?|data|profiles?))"
)
# the stored data itself, never the feature ("fingerprint templates", not "fingerprint login")
_BIOMETRIC_DATA = (
    r"(?:(?:fingerprint|thumbprint|face|facial|iris|retina|palm|voice|biometric) (?:templates?|scans?|prints?|data|"
    r"samples?|profiles?)|" + _OTHER_TRAIT + r" (?:templates?|scans?|data|profiles?)|fingerprints|voice ?prints?)"
)
# "genetic algorithm tests" are software's
_NOT_COMPUTING = r"(?!(?:algorithms?|programming|optimi[sz]\w*|search)\b)"
# a test of someone's genes by any name ("his DNA paternity test", "Marek's genetic test"; "his DNA test" is
# read elsewhere)
_GENE_TEST = (
    r"(?:[\w-]+?[ -])?(?:genetic|paternity|maternity|ancestry|carrier|prenatal|genome|exome|zygosity|kinship|"
    r"sibling(?:ship)?|twin) " + _NOT_COMPUTING + r"(?:[\w-]+ )?"
    r"(?:test|testing|screening|results?|sequencing|analysis|report)\b(?! (?:kits?|products?|services?|labs?|"
    r"business|market|platform|company|offering|panels?|portfolio|division|unit|team|customers?|partners?|vendors?|"
    r"capabilit\w+|pipeline|solutions?))"
)
# a test sold, not taken ("DNA test kits", "DNA swab products")
_NOT_A_PRODUCT = (
    r"(?! (?:kits?|products?|market|business|compan(?:y|ies)|vendors?|brands?|sales|range|line|customers?|"
    r"orders?|shipments?|panels?|labs?|services?))"
)
# tests of an unborn child's genes ("her NIPT came back low-risk"); not the product ("NIPT kits")
_PRENATAL_TEST = (
    r"(?:NIPT|amnio(?:centesis)?|chorionic villus sampling|carrier screening)\b(?! (?:kits?|"
    r"products?|market|services?|labs?|platforms?|business|panels?|portfolio|customers?))"
)
# a multi-gene panel or screen taken by someone ("our son's genetic panel", "her gene panel came back"); "our
# genetic panel portfolio" is a lab's
_RELATIVE_OWNER = (
    r"(?:son|daughter|baby|newborn|infant|toddler|twins?|child|kid|wife|husband|partner|mother|father|mum|dad|brother|"
    r"sister|niece|nephew|grandson|granddaughter|stepson|stepdaughter)'s"
)
_GENE_PANEL = (
    r"\b(?:(?:his|her|my|our|their|(?-i:[A-Z][a-z]+)'s|" + _RELATIVE_OWNER + r") (?:[\w-]+ )?(?:genetic|gene|"
    r"genomic|DNA|hereditary cancer|cardiac gene) (?:panel|screen)s?\b|\b(?:genetic|gene|genomic|DNA) "
    r"(?:panel|screen)s? (?:results? )?(?:came back|showed|confirmed|revealed|found|detected|flagged|picked up|"
    r"was positive|was negative)\b)"
)
_NOT_A_MARKET_FOR_TESTS = (
    r"(?! (?:kits?|products?|market|business|compan(?:y|ies)|vendors?|labs?|services?|partners?|partnerships?|"
    r"platforms?|providers?|workflows?|customers?|clients?|revenue|sales|pipeline|software|data|forums?|"
    r"programm?e?s?|capacity|volumes?|companies|start-?ups?|sector|industry|space))"
)
# what a biometric is made of when a system derives it ("her selfie", "Omar's call recordings")
_SOURCE = (
    r"(?:selfies?|photos?|photographs?|pictures?|headshots?|portraits?|passport (?:photo|scan)s?|ID (?:photo|scan)s?|"
    r"face|voice|voice (?:notes?|recordings?|samples?|memos?)|(?:call )?recordings?|fingerprints?|thumbprints?|"
    r"iris|irises|eyes?|palm|video)"
)
# the template a system makes of a person ("a face template", "a voiceprint", "a faceprint", "a face embedding")
_TEMPLATE = (
    # (a hand scanner's too: "the hand-scan template", "her hand geometry template", "his finger-vein template")
    r"(?:(?:face|facial|voice|biometric|iris|fingerprint|speaker|gait|palm|retina|hand[- ]?scan|hand[- ]geometry|"
    r"(?:palm|finger)[- ]vein)[- ]?(?:templates?|prints?|"
    r"profiles?|signatures?|embeddings?|models?|IDs?|vectors?)|faceprints?|voiceprints?)\b"
)
_OWNER = r"(?:his|her|my|their|your|(?-i:[A-Z][\w-]+)(?:'s|’s|'|’))"
# a template made from or for a named person, whatever verb makes it ("Beatriz's selfie got turned into a face
# template", "built a voiceprint from his call recordings", "made Omar a face template"); "each visitor's selfie
# is turned into a face template" is the product's
_MADE = (
    r"(?:turn(?:s|ed|ing)?|convert(?:s|ed|ing)?|made|make|makes|making|process(?:es|ed|ing)?|transform(?:s|ed|ing)?|"
    r"encod(?:es|ed|ing|e)|enrol(?:l)?(?:s|ed|ing)?|fed|feed(?:s|ing)?|run|ran|built|build(?:s|ing)?|creat(?:es|ed|"
    r"ing|e)|generat(?:es|ed|ing|e)|deriv(?:es|ed|ing|e)|extract(?:s|ed|ing)?|comput(?:es|ed|ing|e)|set up|issu(?:es|"
    r"ed|ing|e)|register(?:s|ed|ing)?|us(?:es|ed|ing|e))"
)
_MADE_INTO_TEMPLATE = (
    r"\b" + _OWNER + r" (?:[\w-]+ )?" + _SOURCE + r" (?:\w+ ){0,3}?" + _MADE + r" (?:in)?to (?:create |build |make |"
    r"generate )?(?:a |an |the |his |her |their )?(?:new )?"
    + _TEMPLATE
    + r"|\b"
    + _TEMPLATE
    + r" (?:\w+ ){0,2}?"
    + _MADE
    + r" (?:from|out of|off|using) "
    + _OWNER
    + r" (?:[\w-]+ )?"
    + _SOURCE
    + r"\b|\b"
    + _MADE
    + r" (?:a|an|"
    r"the) (?:new )?"
    + _TEMPLATE
    + r" (?:from|out of|off|using) "
    + _OWNER
    + r" (?:[\w-]+ )?"
    + _SOURCE
    + r"\b|\b"
    + r"(?:"
    + _MADE
    + r"|set|sets|setting|gave|give|gives|giving) "
    r"(?:him|her|me|(?-i:[A-Z][a-z]+))(?: up)?(?: with)? (?:a|an|his|her|their) (?:own |new )?"
    + _TEMPLATE
    + r"|\b"
    + _TEMPLATE
    + r" (?:was |were |has been |had been |got |gets |is being )?"
    + _MADE
    + r" for (?:him|her|me|"
    r"(?-i:[A-Z][a-z]+)\b(?![ '’](?-i:[A-Z])|['’]s))(?! (?:gate|door|system|app|site|office|building)s?\b)"
)
GENETIC_BIOMETRIC = (
    (_MADE_INTO_TEMPLATE, "person"),
    (
        r"\b(?:had|has|have|having|did|done|took|take|taking|got|get|getting|waiting for|awaiting|results? of|"
        r"booked|do|doing) (?:a |an |his |her |my |some |the |their )?(?:genetic|DNA|gene|BRCA[12]?) "
        + _NOT_COMPUTING
        + r"(?:[\w-]+ )?(?:test|testing|screening|results?|analysis)\b|"
        r"\b(?:genetic|gene|BRCA[12]?|APOE4?|Huntington'?s) (?:test|testing|"
        r"screening) (?:results?|came back|was positive|was negative|showed)\b|\b(?:his|her|my|[A-Z][a-z]+'s) "
        r"(?:BRCA[12]?|APOE4?|Huntington'?s|carrier) (?:test|screening|status|results?)\b|"
        r"\bBRCA[12]?(?:[- ]positive| mutation| carrier| gene)\b|"
        r"\b(?:carries|carry|carrier of|carrier for|tested positive for|inherited) (?:the |a |an )?(?:[\w'’\"-]+ ){0,3}"
        r"(?:gene|mutation|variant)s?\b|\bDNA (?:sample|swab|test|results?)s?\b"
        + _NOT_A_PRODUCT
        + r"|\b(?:his|her|my|[A-Z][a-z]+'s) (?:\w+ )?DNA kit\b|\bDNA kit results?\b|\bancestry test\b|"
        r"\bancestry kit results?\b|\b(?:his|her|my) ancestry kit\b|"
        r"\bhereditary (?:condition|disease|disorder)\b|"
        + _GENE_PANEL
        + r"|\b(?:his|her|my) (?:(?:whole|full)[- ])?(?:genome|exome|"
        r"DNA results|genetic (?:results?|profile|condition|disorder|makeup))\b|\b(?:his|her|my|[A-Z][a-z]+'s) "
        + _GENE_TEST
        + r"|\b(?:genetic|DNA|gene|paternity) "
        + _NOT_COMPUTING
        + r"(?:[\w-]+ )?(?:test|testing|screening) (?:results? )?(?:came back|confirmed|revealed|showed|indicated|"
        r"detected|ruled out|was positive|was negative|were positive|were negative)\b|"
        r"\bpaternity test\b|"
        # a diagnosis or finding that came through a gene test ("diagnosed through genetic testing"); "revenue
        # from genetic testing" and "labs with genetic testing needs" are a market's
        r"\b(?:through|via|by|after|following|thanks to) (?:a |an |the |his |her |my |their |some )?(?:prenatal |"
        r"newborn |routine )?(?:genetic|genomic|DNA|gene|exome|genome) " + _NOT_COMPUTING + r"(?:test(?:s|ing)?|"
        r"screening|sequencing|analysis)\b" + _NOT_A_MARKET_FOR_TESTS,
        "person",
    ),
    (
        # a prenatal gene test; relatives found through DNA ("an ancestry DNA site matched them")
        r"\b"
        + _PRENATAL_TEST
        + r"|\b(?:DNA|genetic|ancestry|23andMe|AncestryDNA|MyHeritage)\b (?:[\w-]+ ){0,3}?(?:matched|linked|"
        r"connected) (?:them|him|her|me|us|(?-i:[A-Z][a-z]+))\b|\b(?:a|the|their|his|her|my) DNA match(?:es)?\b|"
        r"\b(?:DNA|genetic|ancestry) "
        + _NOT_COMPUTING
        + r"(?:[\w-]+ ){0,2}(?:showed|shows|revealed|confirmed|proved|found) (?:that )?(?:they|he|she|I|we|"
        r"(?-i:[A-Z][a-z]+))\b(?:'re|'s| are| were| is| was| had| have)? (?:\w+ ){0,2}(?:related|siblings|"
        r"half-\w+|brothers|sisters|cousins|twins|father|mother|parents?)\b",
        "person",
    ),
    (
        r"\b(?:enrol(?:l)?(?:ed|s|ing)?|registered|register|scanned|captured|stored|submitted|provided|took|taken|"
        r"added|set up|uploaded|recorded|build|builds|built|building|create|creates|created|creating|train|trained|"
        r"training) (?:\w+ ){0,2}(?:his|her|my|their|your|[A-Z][a-z]+'s) (?:own |left |right |"
        r"index |middle |ring |little |other ){0,2}(?:"
        + _BIOMETRIC
        + r"|fingers?|thumbs?)\b|\b(?:his|her|my|[A-Z][a-z]+'s) (?:(?:own|enrolled|stored|registered|saved|raw|"
        r"scanned|captured|original|reference|encoded|master|archived) ){0,2}"
        + _BIOMETRIC_HELD
        # prints "all over" or "on" a deal are a figure of speech; a template or scan "on the time clock" is stored
        + r"s?\b(?!(?:(?<=print)|(?<=prints)) (?:(?:are |were |is |was )?all over|(?:are|were|is|was) on)\b)",
        "person",
    ),
    (
        # a voice, face or eye itself enrolled, which makes it a template ("has enrolled her voice for voice ID");
        # a voice recorded or trained is a promo's or a singer's, so only with what it now identifies her for
        r"\b(?:re-?)?enrol(?:l)?(?:ed|s|ing)? (?:\w+ ){0,2}?(?:his|her|my|their|your|[A-Z][a-z]+'s) (?:own )?"
        r"(?:voice|face|eyes?|irises)\b|\b(?:register(?:ed|s|ing)?|record(?:ed|s|ing)?|set(?:s|ting)? up|"
        r"captur(?:e|ed|es|ing)|train(?:ed|s|ing)?) (?:his|her|my|their|your|[A-Z][a-z]+'s) (?:own )?(?:voice|face)"
        r"\b(?= (?:\w+ ){0,3}?(?:for|with|as|so) (?:[\w'’-]+ ){0,4}?(?:voice|face|facial|speaker)[- ]?(?:ID|"
        r"recognition|verification|authentication|biometrics?|unlock|login|sign-in)\b)",
        "person",
    ),
    (
        # someone enrolling ("Sue and Dan both enrolled voice templates"); then a data set that holds a named
        # person's ("the fingerprint templates for all pickers, Noah's own included")
        # (any tense: "had to register a fingerprint at reception", "will enrol her voiceprint"); "Users enrol
        # a fingerprint" is a product's
        r"(?:(?-i:\b(?!(?:The|Their|Our|Your|Its|This|That|These|Those|All|Every|Each|Users|Staff|Employees|"
        r"Customers|Visitors|Guests|Workers|Members|Drivers|Patients|Admins|Everyone|Anyone|People)\b)[A-Z][a-z]+)|"
        r"\b(?-i:I)|\b(?:he|she|both|each))\b (?:\w+ ){0,2}?(?:re-?)?(?:enrol(?:l)?(?:ed|s|ing)?|register(?:ed|s|"
        r"ing)?|record(?:ed|s|ing)?|re-recorded|scan(?:ned|s|ning)?|submit(?:ted|s|ting)?|captur(?:e|ed|es|ing)|"
        r"upload(?:ed|s|ing)?|set(?:s|ting)? up) "
        r"(?:(?:a|an|the|new|their|his|her|my|own) )*" + _BIOMETRIC + r"\b",
        "person",
    ),
    (
        # a trait held enrolled, the verb after it ("has his face enrolled for the express lanes", "got her
        # fingerprints registered with the gym", "Ana's iris is enrolled at the border"); "his face registered
        # surprise" has no auxiliary, and "had his eyes scanned" may be an optician's
        r"\b(?:has|had|have|having|got|gets|getting|get) (?:his|her|my|their|your) (?:own )?(?:(?:face|voice|eyes?|"
        r"irises|iris|retinas?|hands?|palms?|fingers?|thumbs?|fingerprints?|thumbprints?) (?:\w+ )?(?:re-?)?"
        r"(?:enrol(?:l)?ed|registered)|(?:face|fingerprints?|thumbprints?|irises|iris|palm(?: ?prints?| veins?)?) "
        r"(?:\w+ )?(?:scanned|captured|stored|on file|saved|taken|recorded))\b|\b(?:his|her|my|their|"
        r"(?-i:[A-Z][a-z]+)['’]s) (?:own )?(?:face|voice|irises|iris|retinas?|fingerprints?|thumbprints?|"
        r"palm ?prints?) (?:is|was|are|were|has been|have been|had been|got|gets|will be) "
        r"(?:now |already |also )?(?:re-?)?(?:enrol(?:l)?ed|registered|stored|on file)\b"
        r"(?= (?:for|with|in|on|at|so|to|as)\b)",
        "person",
    ),
    (
        # a person's place in a trusted-traveller scheme, which enrols their iris, face or fingerprints ("signed
        # up for CLEAR", "has Global Entry"); the scheme's own news names no one
        r"\b(?:signed up (?:for|to)|enrol(?:l)?ed (?:in|on|for|with)|registered (?:for|with)|joined|got|has|have|"
        r"approved for|applied for) (?-i:CLEAR|Global Entry|NEXUS|SENTRI|Privium|Registered Traveller)\b|"
        # or in any scheme that lets a trait stand for a ticket or a card ("signed up for face entry at the
        # stadium", "enrolled in palm payment"); using Face ID on a phone, or selling the gates, enrols no one
        r"\b(?:signed up (?:for|to)|enrol(?:l)?ed (?:in|on|for|with|into)|registered (?:for|with)|opted (?:in ?to|"
        r"into)) (?:the |a |an |his |her |my |their )?(?:[\w'’-]+ )?(?:face|facial|fingerprint|finger|palm|iris|"
        r"biometric)[- ](?:recognition[- ])?(?:entry|boarding|check-?in|payments?|pay|access|gates?|lanes?|"
        r"tickets?|ticketing)\b(?! (?:turnstiles?|systems?|products?|readers?|terminals?|kiosks?|hardware|vendors?|"
        r"suppliers?|market|solutions?|technology|tech|rollout|project|pilot|contract|deal)\b)",
        "person",
    ),
    (
        # ("..., and that includes Moses's from when he was on site"): the owner's alone, not a thing of theirs
        _BIOMETRIC_DATA + r"\b[^.!?\n]{0,80}?\b(?:(?:(?:[A-Z][a-z]+'s|his|her|my) own|mine|hers|his) included|"
        r"including (?:[A-Z][a-z]+'s|his|hers|her|mine|my)|(?:includes|included|include) (?:[A-Z][a-z]+'s|his|"
        r"hers|mine)(?!'s)(?= *(?:[.,;:!?)]|$| (?:from|too|as well|and|since|when|which|that|among|back|in|on)\b))|"
        r"(?:[A-Z][a-z]+'s|his|hers|mine) (?:among them|too|as well)\b)\b",
        "self",
    ),
    (
        # the act of enrolling, as a rep walks someone through it ("Okay Ana, place your right thumb flat on the
        # reader", "he pressed his palm to the scanner", "read the passphrase three times to train her voiceprint")
        r"\b(?:place|places|placed|placing|put|puts|putting|press|presses|pressed|pressing|rest|rests|rested|hold|"
        r"holds|held|lay|lays|laid|roll|rolls|rolled|rolling|scan|scans|scanned|scanning) (?:his|her|my|their|your) "
        r"(?:(?:right|left|index|middle|ring|little|other|whole) ){0,2}(?:thumbs?|fingers?|fingertips?|palms?|hands?|"
        r"index finger)\b (?:(?:flat|firmly|gently|again|once more|down) )?(?:on|onto|against|to|over|across|on to) "
        r"(?:the|a|our|this) (?:\w+ )?(?:reader|scanner|sensor|pad|terminal|clock|glass|plate|device)\b|"
        r"\b(?:look|looks|looked|looking|stare|stares|stared) (?:straight |directly )?(?:in|into|at) (?:the|a) "
        r"(?:iris|retina|face|facial)[- ](?:scanner|camera|reader|sensor)\b|\b(?:read|reads|reading|say|says|said|"
        r"saying|repeat|repeats|repeated|repeating) (?:\w+ ){0,3}?(?:passphrase|phrase|sentence)s? (?:\w+ ){0,4}?"
        r"(?:to|for|so (?:we|it) can) (?:enrol|register|record|create|train|build|set up) (?:his|her|my|your|the) "
        r"voice ?(?:prints?|templates?|profiles?)\b",
        "person",
    ),
)
