"""Health cues for care that goes on at set intervals, and for a doctor's word on someone's medicines: "gets
blood drawn monthly for it", "has bloods taken every six weeks", "goes in for infusions every month", "neuro
says it's the new meds", "my GP thinks it's the tablets". Regular draws or a specialist blaming medication
reveal a condition even when it is not named.

Senses that must stay quiet: a clinic's or a product's routine ("the trial draws blood monthly from 200
patients", "our phlebotomy app books draws every month"), a donation ("gives blood every few months"), and a
specialist's word on anything but medicines ("the neuro team says it's the new release")."""

from __future__ import annotations

_WHO_GETS = (
    r"(?:gets?|getting|got|has|have|having|had|needs?|needing|goes? in for|going in for|went in for|"
    r"(?:is|'s|’s|am|'m|are) (?:still )?(?:on|having|getting))"
)
_DRAWN = (
    r"(?:(?:his|her|my|their) )?(?:blood|bloods) (?:drawn|taken|done|checked|tested|monitored)|"
    r"(?:(?:his|her|my|their) )?(?:blood (?:tests|draws|work)|infusions|transfusions|B12 (?:jabs|injections))"
)
_EVERY = (
    r"(?:every (?:week|month|fortnight|day|other (?:week|month|day)|(?:two|three|four|six|eight|\d{1,2}) "
    r"(?:weeks|months|days))|monthly|weekly|fortnightly|daily|twice a (?:week|month)|once a (?:week|month))"
)
_SPECIALIST = (
    r"(?:neuro|neurologist|GP|doctor|doc|consultant|cardiologist|cardio|oncologist|psychiatrist|rheumatologist|"
    r"derm|dermatologist|endo|endocrinologist|specialist)"
)
_MEDICINE = r"(?:meds|medication|medicines?|tablets|pills|dose|dosage|prescription|jabs|injections)"

MONITORING = (
    (r"\b" + _WHO_GETS + r" (?:" + _DRAWN + r") (?:\w+ ){0,2}?" + _EVERY + r"\b", "person"),
    (
        r"\b(?:(?:his|her|my|their|the) )?" + _SPECIALIST + r" (?:says|said|thinks|thought|reckons|reckoned|suspects|"
        r"believes) (?:it's|it’s|its|it is|it was) (?:(?:his|her|my|their|the) )?(?:new |old |latest |changed )?"
        + _MEDICINE
        + r"\b",
        "person",
    ),
)
