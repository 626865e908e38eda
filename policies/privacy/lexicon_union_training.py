"""Trade-union cues for a person on the training for a union office: "away on a SIPTU shop-steward training
course", "she's doing her union rep induction", "completed the Unite workplace-rep course". Training for the
office is held by whoever holds (or is about to hold) it.

Senses that must stay quiet: a course sold, run or written for a union or about dealing with stewards ("sold a
shop-steward training course to SIPTU", "a management course on working with shop stewards")."""

from __future__ import annotations

from policies.privacy.lexicon_union_names import UNION_NAME

_OFFICE = (
    r"(?:shop[- ]stewards?|union[- ](?:rep|representative|steward|delegate|organi[sz]er)s?|"
    r"(?:workplace|health[- ]and[- ]safety|learning|branch)[- ]reps?|chief[- ]steward)"
)
_ON = (
    r"(?:on|attending|attends|attended|doing|did|does|completed|completing|finished|finishing|passed|booked on|"
    r"starts?|started|starting|away on|off on)"
)
_WHOSE = r"(?:a|an|the|his|her|my|their|this week's|next week's)"
_TRAINING = r"(?:training|course|induction|refresher|accreditation|certification|module|programme|program)"

UNION_TRAINING = (
    (
        r"\b"
        + _ON
        + r" "
        + _WHOSE
        + r" (?:(?=(?-i:[A-Z0-9]))"
        + UNION_NAME
        + r" )?"
        + _OFFICE
        + r"['’]? (?:(?:training|induction|refresher|intro(?:duction)?|foundation|basic|advanced) )?"
        + _TRAINING
        + r"\b",
        "person",
    ),
)
