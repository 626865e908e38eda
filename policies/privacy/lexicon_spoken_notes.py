"""Cues for what a voice note's auto-transcript says the way speech recognition writes it: no punctuation, no
capitals, treatments split in two ("starting radio therapy monday", "on chemo therapy"), an organ's trouble said
vaguely ("for the prostate thing", "her thyroid issue"), and a relative's fingerprint used to pay or sign in ("her
two boys pay for school lunch with a fingerprint scan").

Senses that must stay quiet: a radio or a therapy as a business ("the radio ad", "therapy clinics as a segment"),
and a fingerprint feature of a product or a workforce ("techs would rather use fingerprint login", "staff can pay
for lunch with a fingerprint scan"): so the payer must be someone's own (a possessive) or "he"/"she"/"I"."""

from __future__ import annotations

# a treatment the recogniser split in two
_SPLIT_TREATMENT = r"\b(?:radio|chemo|immuno) therapy\b"
# an organ's trouble named vaguely, as one says it aloud
_ORGAN_THING = (
    r"\b(?:the|his|her|my) (?:prostate|thyroid|kidney|bowel|bladder|gall ?bladder|colon|cervical|liver|lung) "
    r"(?:thing|issue|problem|scare|trouble|stuff)s?\b"
)
# whose the payer is: a possessive before a child or relative, or a person's pronoun
_PAYER = (
    r"(?:\b(?:his|her|my|our) (?:(?:two|three|four|\w+) )?(?:kids?|boys?|girls?|sons?|daughters?|children|child|"
    r"twins|wife|husband|mum|mom|dad|mother|father)\b(?: [\w,]+){0,4}?|\b(?:he|she|I)\b(?: \w+){0,2}?)"
)
_PAY = r"(?:pays?|paid|paying|buys?|bought|buying|checks? in|checked in|clocks? in|clocked in|signs? in|signed in)"
_WITH_PRINT = (
    r"(?: for)?(?: [\w-]+){0,3}? with (?:a |an |his |her |their |my )?(?:fingerprint|thumbprint|finger print|"
    r"palm|face|iris)(?: scans?| prints?| reader)?\b"
)

SPOKEN_HEALTH = (
    (_SPLIT_TREATMENT, "person"),
    (_ORGAN_THING, "person"),
)
SPOKEN_BIOMETRIC = ((_PAYER + r" (?:\w+ )?" + _PAY + _WITH_PRINT, "self"),)
