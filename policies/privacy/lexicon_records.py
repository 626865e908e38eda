"""Cues for records about a person's body and past: genetic and biometric data (Art. 9) and criminal
convictions and offences (Art. 10).

Business senses that must not match: "fingerprint login", "Kofi's face on the banner", "company DNA",
"genetic testing kits", "criminally underpriced", "background check on us", "charged twice for the licence"."""

from __future__ import annotations

from policies.privacy.lexicon_health import _any

_BIOMETRIC = (
    r"(?:fingerprints?(?: templates?| scans?)?|thumbprints?|face(?: scans?| ID| templates?| prints?)?|facial "
    r"(?:scans?|templates?|data|geometry|biometrics)|iris(?: scans?| templates?)?|retina(?: scans?)?|palm(?: prints?|"
    r" veins?)?(?: scans?)?|voice ?prints?|voice (?:samples?|templates?|profiles?)|biometrics?(?: data| templates?|"
    r" profiles?| scans?)?)"
)
# what a person has (no enrolling verb): the print or scan, not the face or voice itself ("Kofi's face is
# on the banner", "a smile on his face")
_BIOMETRIC_HELD = (
    r"(?:fingerprints?(?: templates?| scans?)?|thumbprints?|face (?:scans?|ID|templates?|prints?|data|profiles?)|"
    r"facial (?:scans?|templates?|data|geometry|biometrics)|iris (?:scans?|templates?)|retina scans?|palm (?:prints?|"
    r"veins?|scans?)|voice ?prints?|voice (?:samples?|templates?|profiles?)|biometrics?(?: data| templates?| "
    r"profiles?| scans?)?)"
)
# the stored data itself, never the feature ("fingerprint templates", not "fingerprint login")
_BIOMETRIC_DATA = (
    r"(?:(?:fingerprint|thumbprint|face|facial|iris|retina|palm|voice|biometric) (?:templates?|scans?|prints?|data|"
    r"samples?|profiles?)|fingerprints|voice ?prints?)"
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
_NOT_A_MARKET_FOR_TESTS = (
    r"(?! (?:kits?|products?|market|business|compan(?:y|ies)|vendors?|labs?|services?|partners?|partnerships?|"
    r"platforms?|providers?|workflows?|customers?|clients?|revenue|sales|pipeline|software|data|forums?|"
    r"programm?e?s?|capacity|volumes?|companies|start-?ups?|sector|industry|space))"
)
GENETIC_BIOMETRIC = (
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
        r"\bhereditary (?:condition|disease|disorder)\b|\b(?:his|her|my) (?:(?:whole|full)[- ])?(?:genome|exome|"
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
        + r"s?\b(?! (?:(?:are |were |is |was )?all over|(?:are|were|is|was) on)\b)",
        "person",
    ),
    (
        # someone enrolling ("Sue and Dan both enrolled voice templates"); then a data set that holds a named
        # person's ("the fingerprint templates for all pickers, Noah's own included")
        r"(?:(?-i:\b(?!(?:The|Their|Our|Your|Its|This|That|These|Those|All|Every|Each)\b)[A-Z][a-z]+)|\b(?-i:I)|"
        r"\b(?:he|she|both|each))\b (?:\w+ ){0,2}?(?:re-?)?(?:enrol(?:l)?ed|registered|recorded|re-recorded|scanned|"
        r"submitted|captured|uploaded|set up) (?:(?:a|an|the|new|their|his|her|my|own) )*" + _BIOMETRIC + r"\b",
        "person",
    ),
    (
        _BIOMETRIC_DATA + r"\b[^.!?\n]{0,80}?\b(?:(?:(?:[A-Z][a-z]+'s|his|her|my) own|mine|hers|his) included|"
        r"including (?:[A-Z][a-z]+'s|his|hers|her|mine|my))\b",
        "self",
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
        r"under (?:criminal |police )investigation\b|under investigation (?:for|over|into)|being investigated "
        r"(?:by (?:the )?police|for|over)|"
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
        r"(?:trial|sentencing)\b|\b(?:his|her|my) (?:sentencing|arraignment|parole hearing|criminal trial)\b|"
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
)
