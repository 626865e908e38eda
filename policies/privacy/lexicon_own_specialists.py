"""Health cues for a person's own specialist doctor ("his cardiologist isn't thrilled", "Maya's oncologist said")
and a device fitted in them ("the stent they put in last year", "the pacemaker the surgeons fitted").
:mod:`.lexicon_health` has seeing a specialist ("seeing his cardiologist") and having a stent ("had a stent").

Senses that must stay quiet: specialists as customers or contacts ("their cardiologists use the app", "Dana's
oncologist contact at Mercy") and devices as products ("the stent they manufacture"): so the specialist is
singular and owned by one person, and the device put in, not made."""

from __future__ import annotations

_SPECIALIST = (
    r"(?:cardiologist|oncologist|neurologist|rheumatologist|endocrinologist|nephrologist|hepatologist|"
    r"ha?ematologist|psychiatrist|urologist|gastroenterologist|pulmonologist|obstetrician|gyn(?:a)?ecologist)"
)
_NOT_A_CONTACT = (
    r"(?! (?:friend|customers?|clients?|accounts?|contacts?|colleagues?|buddy|partners?|prospects?|leads?|"
    r"champions?|users?)\b)"
)
_DEVICE = r"(?:stent|pacemaker|shunt|defibrillator|heart valve|cochlear implant)"

OWN_SPECIALISTS = (
    (r"(?:\b(?:his|her|my)|(?-i:\b[A-Z][a-z]+)['’]s) " + _SPECIALIST + r"\b" + _NOT_A_CONTACT, "person"),
    (
        r"\b(?:the|a|his|her|my) " + _DEVICE + r"s? (?:they|the doctors?|the surgeons?|the hospital|he|she|I) "
        r"(?:put|fitted|implanted|inserted|placed|had put|had fitted)\b",
        "person",
    ),
)
