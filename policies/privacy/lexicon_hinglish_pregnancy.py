"""Health cues for a pregnancy told in Hinglish by its month ("unki wife ka nauvaan mahina chal raha hai",
"bhabhi ka saatvaan mahina hai") or by the due date the doctor gave ("doctor ne delivery ki date 20 tareekh di hai").

Senses that must stay quiet: a project's or a quarter's month ("project ka nauvaan mahina chal raha hai") and a
doctor's appointment ("doctor ne Monday ka time diya"): so the month must be a wife's or a relative's, and the date a
delivery's."""

from __future__ import annotations

_WHOSE = (
    r"(?:(?:unki|uski|meri|inki|apni|teri|hamari) (?:wife|biwi|patni|bahu|beti|behen|bhabhi|didi)|wife|biwi|patni|"
    r"bahu|bhabhi)"
)
_NTH = r"(?:paanch|chhat|chhath|saat|aath|nau|[5-9])(?:va|vaa|van|vaan|wan|waan|th)"

HINGLISH_PREGNANCY = (
    # the wife or relative named in the match is whose it is
    (r"\b" + _WHOSE + r" ka " + _NTH + r" mahina\b", "self"),
    (r"\bdelivery ki (?:date|tareekh|tarikh)\b|\bdoctor ne (?:\w+ ){0,2}?delivery\b", "person"),
)
