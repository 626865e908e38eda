"""Health cues for a support group someone attends: a twelve-step fellowship by name ("her Gamblers Anonymous
meeting", "goes to Cocaine Anonymous"), its short form as a meeting in the languages a rep's calendars are
kept in ("NA-møde", "AA-Treffen", "reunión de NA"), and a carers' group for a relative's condition ("going to a
Parkinson's carers' group since her dad's diagnosis"). (Alcoholics and Narcotics Anonymous by their full names,
and "AA meetings", are in :mod:`.lexicon_health`.)

Senses that must stay quiet: a fellowship or a carers' group as an organisation a firm deals with ("Gamblers
Anonymous renewed their licences", "we sponsor the dementia carers' group"), a ticket queue ("the Tier-2 support
group") and a region's meeting ("the NA sales meeting": North America), so the short forms need a possessive
or a compound meeting word that is not English."""

from __future__ import annotations

_FELLOWSHIP = (
    r"(?:Gamblers|Cocaine|Crystal Meth|Marijuana|Overeaters|Sex Addicts|Sex and Love Addicts|Pills|Heroin|"
    r"Nicotine|Benzodiazepines|Opioids?|Alcoholics|Narcotics) Anonymous"
)
# the organisation as a party to business, not a meeting someone goes to
_AS_AN_ORG = (
    r"(?! (?:(?:UK|USA|US|International|World Services|head office|charity|trust)\b|(?:has|have|is|was|are|"
    r"renewed|signed|bought|wants|asked|uses|funds|sponsors?)\b))"
)
# the twelve-step short forms, capitalised ("NA", "GA"), as a meeting in Danish, Norwegian, Swedish, German,
# Dutch, Spanish, Portuguese, Italian and French
_SHORT = r"(?-i:AA|NA|GA|CA|OA)"
_MEETING_ABROAD = r"(?:m(?:ø|ö)de[rt]?|m(?:ø|ö)te[tn]?|Treffen|Gruppe|bijeenkomst|vergadering|groep)"
_MEETING_ROMANCE = r"(?:reuni(?:ón|ão|on)|r[ée]union|riunione|encontro|grupo|gruppo|groupe)"
# a condition a relative has, for which carers and families meet
_CONDITION = (
    r"(?:Parkinson'?s|Alzheimer'?s|dementia|cancer|stroke|(?-i:MND|ALS|MS|ADHD)|motor neurone disease|"
    r"multiple sclerosis|autism|Huntington'?s|schizophrenia|bipolar|eating disorders?|mental health|brain injury|"
    r"Down'?s syndrome|learning disabilit(?:y|ies))"
)

SUPPORT_GROUPS = (
    (
        # going to a fellowship, or one's own meeting of it ("her Gamblers Anonymous meeting")
        r"\b(?:his|her|my|their|(?-i:[A-Z][a-z]+)['’]s) (?:weekly |regular |usual |local |evening |first )?"
        + _FELLOWSHIP
        + r"\b|\b(?:goes|go|going|went|gone|attends?|attending|attended|joined|joins|back|started|starts) (?:to )?"
        r"(?:an? |the |his |her |my |their )?(?:local |weekly |regular )?"
        + _FELLOWSHIP
        + r"\b"
        + _AS_AN_ORG
        + r"|\b"
        + _FELLOWSHIP
        + r" (?:meetings?|group|session|sponsor)s?\b",
        "person",
    ),
    (
        # "NA-møde", "AA-Treffen", "GA-möte", "reunión de AA", "réunion des NA", "his NA meeting"
        r"\b"
        + _SHORT
        + r"-"
        + _MEETING_ABROAD
        + r"\b|\b"
        + _MEETING_ROMANCE
        + r" (?:de |des |dos |dei |degli )?"
        + _SHORT
        + r"\b|\b(?:his|her|my) "
        + _SHORT
        + r" (?:meeting|group|sponsor)s?\b",
        "person",
    ),
    (
        # a carers' or family group for a condition, attended ("going to a Parkinson's carers' group")
        r"\b(?:goes|go|going|went|gone|attends?|attending|attended|joined|joins|started|starts|at|to|from) "
        r"(?:to )?(?:an? |the |his |her |my |their |a local |the local )?(?:local |weekly |monthly )?"
        + _CONDITION
        + r" (?:carers?['’]?|caregivers?['’]?|famil(?:y|ies)['’]?|relatives?['’]?|partners?['’]?|parents?['’]?) "
        r"(?:support )?(?:group|circle|meeting|session)s?\b",
        "person",
    ),
)
