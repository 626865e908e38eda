"""Cues for the other special categories: ethnicity, sexual orientation, genetic/biometric data and
criminal records (trade-union membership is in :mod:`.lexicon_unions`).

Business senses that must not match: "Black Friday", "white-label", "the Asian market", "400 Gay Street",
"fingerprint login", "Kofi's face on the banner", "company DNA", "criminally underpriced", "background
check on us"."""

from __future__ import annotations

from policies.privacy.lexicon_beliefs import _FAITH
from policies.privacy.lexicon_health import _any

_PEOPLES = (
    r"Kurdish|Kurd|Roma|Romani|Romanichal|Sinti|Yenish|Gypsy|Traveller|Sami|Sámi|Uyghur|Tamil|Berber|Amazigh|"
    r"Kabyle|Tuareg|Māori|Maori|Aboriginal|Indigenous|First Nations|Inuit|Inuk|Native American|African[- ]American|"
    r"Afro-[A-Z]\w+|Black|Hispanic|Latino|Latina|Latinx|Chicano|Chicana|Asian|East Asian|South Asian|British Asian|"
    r"Desi|mixed[- ]race|Mixed[- ]race|biracial|Caucasian|Arab|Pashtun|Hazara|Yoruba|Igbo|Zulu|Hmong|Han Chinese|"
    r"Rohingya|Tatar|Chechen|Circassian|Sindhi|Punjabi|Gujarati|Bengali|Somali|Eritrean|Palestinian|Armenian|"
    r"Tibetan|Kashmiri|Baloch|Assyrian|Yazidi|Bedouin|Dalit|Brahmin|Native Hawaiian|Pacific Islander|Samoan|Tongan|"
    r"Alaska Native|Torres Strait Islander|M[ée]tis|Cherokee|Navajo|Lakota|Sioux|Ojibwe|Cree|Mohawk|Apache|Hopi|"
    r"Quechua|Aymara|Mapuche|Mayan|Zapotec|Garifuna|Ainu|Hakka|Hausa|Fulani|Akan|Ashanti|Kikuyu|Maasai|Xhosa|"
    r"Amhara|Oromo|Tigrayan|Sherpa|Basque|Sorbian"
)
_ETHNIC = r"(?-i:" + _PEOPLES + r")s?"
# "ancestry" as a product's ("one of those ancestry DNA sites")
_NOT_A_SERVICE = r"(?! (?:DNA|sites?|websites?|tests?|kits?|services?|compan(?:y|ies)|apps?|databases?|platforms?))"
# after "his family is", a people's name is one in any case and any of the usual languages ("his family es
# mapuche"); "travellers" there is more likely a hobby
_FAMILY_IS = (
    r"\b(?:his|her|my|[A-Z][a-z]+'s) (?:family|parents|grandparents|mother|father|mum|dad|ancestors) (?:is|are|was|"
    r"were|es|son|era|eran|est|sont|ist|sind|é|são|è|sono|zijn|er|är) (?:originally |all |both |mostly |partly )?"
)
ETHNICITY = (
    (
        _FAMILY_IS
        + r"(?:(?!(?:\w+ )?"
        + _FAITH
        + r")(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?\b|(?:"
        + _PEOPLES.replace("Traveller|", "")
        + r")s?\b)",
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
        r"\b(?:of|with) (?:\w+ )?(?:[A-Z]\w+ )?(?:descent|heritage|ancestry|ethnic origin|ethnic background)\b"
        + _NOT_A_SERVICE
        + r"|"
        r"(?-i:\b[A-Z][a-z]+) (?:immigrants?|refugees?|migrants?)\b|\b(?:immigrant|refugee|migrant) (?:family|"
        r"parents|background|roots)\b|\b(?:came|fled|arrived) (?:\w+ ){0,5}as (?:a )?refugees?\b|"
        r"\b(?:ancestry|DNA)\b.{0,60}\b(?:\d+ ?%|a quarter|a third|half|an eighth|mostly|partly) (?-i:[A-Z][a-z]+)|"
        r"\b(?:his|her|my) caste\b|\bcaste (?:discrimination|background)\b|\b(?:his|her|my|their) (?:ethnicity|"
        r"ethnic (?:background|origin|group)|race|racial background|heritage|ancestry)\b(?! (?:kit|test|DNA|results?|"
        r"site|app|account|subscription))|\b(?:person|woman|man) of "
        r"colou?r\b|\bethnic minority\b",
        "person",
    ),
    (
        # a family that lived through a people's persecution ("his grandparents survived the Armenian genocide")
        r"\b(?:survived|survivors? of|fled|escaped|lived through|died in|killed in|perished in|murdered in|lost "
        r"(?:\w+ ){1,3}in|descendants? of (?:survivors of )?|remembers?|commemorat(?:es?|ing)) (?:the )?(?-i:(?!Great )"
        r"[A-Z][a-z]+) (?:genocide|massacres?|deportations?|pogroms?|expulsions?|ethnic cleansing)\b|"
        r"\b(?:Holocaust|Shoah|Nakba|Porajmos) survivors?\b|\b(?:survived|lived through|fled|escaped) the "
        r"(?-i:Holocaust|Shoah|Nakba|Porajmos)\b",
        "person",
    ),
)

# "Gay" mid-sentence or before a capital is a name ("400 Gay Street", "Randy Gay's desk", "talked to Gay")
_NOT_A_PROPER_NOUN = r"(?!(?-i:Gay|Queer)(?:'s\b| [A-Z]))(?!(?<=\w )(?-i:Gay|Queer)\b)"
ORIENTATION = (
    (
        r"(?-i:\b(?P<owner>[A-Z][a-z]+)'s|\b(?P<pronoun>[Hh]is|[Hh]er|[Hh]e's|[Ss]he's)) "
        r"(?:new |late |ex-|ex |former |long-term |longtime )?(?P<rel>"
        r"husband|boyfriend|fianc[ée]e?|hubby|wife|girlfriend|missus|partner|spouse)\b(?:,? (?-i:(?P<other>"
        r"[A-Z][a-z]+)))?",
        "couple",
    ),
    (
        _NOT_A_PROPER_NOUN
        + r"\b(?:gay|lesbian|bisexual|homosexual|pansexual|asexual|queer)\b(?! (?:bars? |clubs? )?(?:market|"
        r"marketing|customers?|segment))|\bsame-sex (?:partner|spouse|marriage|wedding|couple)\b|"
        r"\b(?:came|coming|come) out (?:as|to (?:his|her|their|the) (?:team|family|colleagues|parents))\b|"
        r"\b(?:isn't|is not|not) out at work\b|\b(?:transgender|trans (?:woman|man)|non-binary)\b|"
        r"\bLGBT\w*\+? (?:network|group|community|colleagues?|staff network)\b|\b(?:met|meets|meeting|dating|"
        r"dates?|hook(?:ed|ing)? up|profile|matched) (?:\w+ ){0,3}on Grindr\b",
        "person",
    ),
    (
        # a partner in the languages a rep meets ("Javier vino con su novio, Andrés", "ihre Frau"); whose partner
        # is the possessive's gender where it has one (German, Dutch), else the last person named before
        r"\b(?P<poss>su|sa|son|seu|sua|suo|zijn|haar|sein|seine|seinem|seinen|seiner|(?-i:ihr|ihre|ihrem|ihren|"
        r"ihrer)) (?:nuevo |nueva |novo |nova |nouveau |nouvelle |neuer |neue |ex-?|ex )?(?P<rel>novio|novia|"
        r"esposo|esposa|marido|mujer|copain|copine|mari|femme|compagnon|compagne|namorado|namorada|fidanzato|"
        r"fidanzata|ragazzo|ragazza|marito|moglie|Ehemann|Ehefrau|Mann|Frau|Lebensgef[äa]hrter?|"
        r"Lebensgef[äa]hrtin|echtgenoot|echtgenote|vrouw|man)\b(?:,? (?-i:(?P<other>[A-Z][a-z]+)))?",
        "couple",
    ),
    (
        # a date with someone of the dater's own gender ("first date with a guy he met on Hinge"); the
        # dater is the pronoun that follows, else the last person named before (:func:`same_sex_couple`)
        # (not "agree a date with the guy from legal", not "went out with a guy from IT for lunch")
        r"\b(?:(?:first|second|third|blind|hot|romantic|dinner) dates? with|(?:on|going on|went on) a (?:\w+ )?date "
        r"with|dating) (?:a|an|this|some|another|the) (?:[\w-]+ )?(?P<rel>guy|man|bloke|dude|boy|"
        r"woman|girl|lady|gal)\b(?: (?:(?:that|who|whom) )?(?P<dater>he|she)\b)?",
        "couple",
    ),
)

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
    r"(?:[\w-]+ )?(?:genetic|paternity|maternity|ancestry|carrier|prenatal|genome|exome|zygosity|kinship|"
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
        r"\b(?:carries|carry|carrier of|carrier for|tested positive for|inherited) (?:the |a |an )?(?:\w+ ){0,3}"
        r"(?:gene|mutation|variant)s?\b|\bDNA (?:sample|swab|test|results?)s?\b"
        + _NOT_A_PRODUCT
        + r"|\b(?:his|her|my|[A-Z][a-z]+'s) (?:\w+ )?DNA kit\b|\bDNA kit results?\b|\bancestry test\b|"
        r"\bancestry kit results?\b|\b(?:his|her|my) ancestry kit\b|"
        r"\bhereditary (?:condition|disease|disorder)\b|\b(?:his|her|my) (?:genome|DNA results|genetic (?:results?|"
        r"profile|condition|disorder|makeup))\b|\b(?:his|her|my|[A-Z][a-z]+'s) "
        + _GENE_TEST
        + r"|\b(?:genetic|DNA|gene|paternity) "
        + _NOT_COMPUTING
        + r"(?:[\w-]+ )?(?:test|testing|screening) (?:results? )?(?:came back|confirmed|revealed|showed|indicated|"
        r"detected|ruled out|was positive|was negative|were positive|were negative)\b|"
        r"\bpaternity test\b",
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
        + r"|fingers?|thumbs?)\b|\b(?:his|her|my|[A-Z][a-z]+'s) (?:own )?"
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
