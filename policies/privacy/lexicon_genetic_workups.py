"""Genetic-biometric cues for a person's genetic work-up and biometric enrolment: a predictive test for a hereditary
disease ("got tested for Huntington's", "was tested for the BRCA genes"), exome or genome sequencing that is
someone's ("his son's exome sequencing", "the genome sequencing finally gave her a diagnosis"), and a biometric
enrolled for one person ("Femi's iris enrolment", "her palm-vein registration").

Senses that must stay quiet: sequencing as a lab's product or a market ("our genome sequencing platform",
"exome sequencing costs"), a product's biometric feature with nobody enrolled ("where the face-unlock template is
stored"), and enrolment on a course ("enrolled in the Iris training")."""

from __future__ import annotations

# the hereditary diseases a predictive or carrier test is taken for
_HEREDITARY = (
    r"(?:the )?(?:Huntington['’]?s?|HD gene|BRCA ?[12]?(?: genes?| mutations?)?|BRCA genes|Lynch syndrome|"
    r"cystic fibrosis|CF gene|Tay-Sachs|sickle[- ]cell(?: trait)?|thalassa?emia|fragile X|ha?emochromatosis|"
    r"Factor V Leiden|spinal muscular atrophy|muscular dystrophy|APOE4?|the gene)"
)
_TESTED = (
    r"(?:got|get|gets|getting|was|were|been|being|is|be|having|had|has|have|went to get|finally got|finally) "
    r"(?:\w+ )?(?:tested|screened)"
)
_OWNER = (
    r"(?:his|her|my|their|(?-i:[A-Z][\w-]+)['’]s)(?: (?:son|daughter|baby|kid|child|boy|girl|husband|wife|partner|"
    r"mum|mom|dad|father|mother|brother|sister)['’]s)?"
)
_SEQUENCING = r"(?:whole[- ])?(?:exome|genome|genomic|WES|WGS)(?: sequencing| test(?:ing)?| panel| analysis)"
_FOUND = r"(?:diagnos\w+|found|showed|revealed|confirmed|identified|came back|picked up|explained|gave)"
# a firm's or a product's ("Laura's genome sequencing startup", "Mike's face template library")
_NOT_A_BUSINESS = (
    r"(?! (?:startups?|company|companies|firm|business|platform|lab|labs|kits?|products?|services?|pipeline|costs?|"
    r"market|library|libraries|SDK|API|module|engine|vendor|team|tool|tools|feature|format)\b)"
)
_TRAIT = r"(?:iris|retina|retinal|palm[- ]?vein|finger[- ]?vein|fingerprints?|face|facial|voice|hand[- ]geometry)"

GENETIC_WORKUPS = (
    (
        # the test itself is told; the disease after it stays its own health cue ("since her dad has it")
        r"\b" + _TESTED + r" for (?=" + _HEREDITARY + r"\b)|\b(?:predictive|carrier|genetic|gene) test(?:ing)? "
        r"for (?=" + _HEREDITARY + r"\b)",
        "person",
    ),
    (
        r"\b" + _OWNER + r" " + _SEQUENCING + r"\b" + _NOT_A_BUSINESS + r"|"
        r"\b(?:the |an? )?" + _SEQUENCING + r" (?:\w+ ){0,3}?" + _FOUND + r"\b|"
        r"\b(?:diagnos\w+|answer) (?:\w+ ){0,3}?(?:from|through|after|via|by) (?:the |an? |his |her |their )?"
        + _SEQUENCING
        + r"\b",
        "person",
    ),
    (
        # a person's own biometric enrolled ("Femi's iris enrolment", "enrolled her iris at the gate")
        r"\b"
        + _OWNER
        + r" "
        + _TRAIT
        + r"(?:[- ]scan)? (?:enrol(?:l)?ment|registration|template|capture)s?\b"
        + _NOT_A_BUSINESS
        + r"|"
        r"\b(?:re-?)?enrol(?:l)?(?:ed|s|ing)? (?:his|her|their|my) " + _TRAIT + r"(?:es|s)?\b",
        "person",
    ),
)
