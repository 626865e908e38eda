"""Health cues for an injury named by the body part it hit and whose it is: "her hand injury", "Tom's knee
fracture", "my shoulder strain", "his left wrist sprain". (How an injury was done is :mod:`.lexicon_burns`;
broken and sprained limbs as verbs are :mod:`.lexicon_health`.)

Senses that must stay quiet: a firm's or a site's figures about such injuries ("Acme's hand injury rate",
"the plant's back injury claims"), and the safety work against them ("her hand injury prevention talk")."""

from __future__ import annotations

_PART = (
    r"(?:hand|finger|thumb|wrist|arm|elbow|shoulder|neck|back|spine|hip|knee|leg|ankle|foot|toe|head|eye|"
    r"hamstring|calf|groin|rib|collarbone|shin|achilles|ACL|rotator cuff)"
)
_HURT = r"(?:injury|injuries|fracture|fractures|sprain|strain|wound|tear|break)"
# what a company counts or does about injuries is not anyone's injury
_NOT_HERS = (
    r"(?! (?:rates?|statistics|stats|figures|numbers|claims?|prevention|polic(?:y|ies)|training|programmes?|"
    r"programs?|data|reports?|cover|insurance|protocols?|risks?|trends?|awareness|compensation|lawyers?|cases|"
    r"clinic|specialists?|products?|market|guidelines))"
)

PART_INJURIES = (
    (
        r"\b(?:his|her|my|their|(?-i:[A-Z][a-z]+)(?:'s|’s)) (?:(?:left|right|lower|upper|bad|old|recent|nasty) ){0,2}"
        + _PART
        + r" "
        + _HURT
        + r"\b"
        + _NOT_HERS,
        "person",
    ),
)
