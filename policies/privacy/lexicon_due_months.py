"""Health cues for a pregnancy told by when the baby is due, with "expecting" and no baby after it: "she's
expecting in May", "pretty sure shes expecting by like march", "Tom and his wife are expecting in the spring".
:mod:`.lexicon_pregnancy` takes "expecting a baby" and "expecting her first".

Senses that must stay quiet: expecting a thing by a date ("she's expecting the PO by March", "he's expecting
a decision in May": a word comes between), and a firm or a team expecting ("we're expecting in Q2", "Finance is
expecting by Friday": no she, he or couple, and a quarter or a weekday is no due date)."""

from __future__ import annotations

from policies.privacy.names import FEMALE, MALE

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|(?:the )?(?:spring|summer|autumn|fall|winter)|the new year)"
)
# a person by a known given name: "Finance is expecting by March" is a team's
_GIVEN = r"(?-i:" + "|".join(sorted(sorted(MALE | FEMALE), key=len, reverse=True)) + r")"
# who expects: she or he (with a partner), a couple, or a named person; "shes"/"hes" as notes type them
_WHO = (
    r"(?:\bshe(?:'s| is| was|s)|\bhe and (?:his|her) (?:wife|husband|partner|missus|fianc[ée]e?)(?: are| were|'re)|"
    r"\b(?:she and \w+|\w+ and (?:his|her) (?:wife|husband|partner))(?: are| were)|"
    r"\b" + _GIVEN + r"(?:'s| is))"
)
_HEDGE = r"(?:(?:like|around|maybe|probably|prob|about|sometime|some time|roughly|apparently|now|also) )*"

DUE_MONTHS = (
    (
        _WHO + r" " + _HEDGE + r"expecting,? " + _HEDGE + r"(?:by|in|around|early|late|mid-?|end of|due in|for|come) "
        r"" + _HEDGE + r"(?:early |late |mid-?|the end of )?" + _MONTH + r"\b"
        # a thing expected comes after the date ("expecting in March the signed PO")
        r"(?! (?:the|a|an|our|their|his|her|your|that|this|some|any|\d)\b)",
        "person",
    ),
)
