"""Genetic-biometric cues for people enrolled on a reader that knows them by their body: "3 users enrolled on the
GTK 500 fingerprint sign-in so far - Pat Lowry, Ines Duarte", "Omar got enrolled in the face-recognition
clock-in yesterday", "IT registered Omar for the fingerprint scanner", "the palm-vein login enrolment of the
night shift". Enrolled, a person's print or face is stored to identify them (LABELS.md: fingerprint, face, iris
or voice templates used for identification).

Senses that must stay quiet: the feature itself ("the fingerprint login is off by default", "fingerprint sign-in
ships in v3"), and enrolment on a course or a plan ("enrolled on the sales course", "enrolled in the pension
plan")."""

from __future__ import annotations

_BODY = r"(?:fingerprint|finger-?print|thumbprint|face|facial|face-?recognition|palm|palm-?vein|iris|retina|voice)"
_READER = (
    r"(?:sign-?ins?|log-?ins?|logons?|unlock|scanners?|readers?|terminals?|clock-?ins?|time ?clocks?|access|"
    r"authentication|auth|recognition|ID|verification|check-?in|system|pilot)"
)

SIGN_IN_ENROLMENT = (
    (
        r"\b(?:(?:re-?)?enroll?ed|got enroll?ed|(?:re-?)?registered|set up) (?:(?:him|her|them|(?-i:[A-Z][a-z]+)) )?"
        r"(?:on|in|onto|into|for|with|to) (?:the |our "
        r"|their |a |an )?(?:[\w-]+ ){0,3}?" + _BODY + r"[- ](?:[\w-]+ )?" + _READER + r"\b|"
        r"\b" + _BODY + r"[- ](?:[\w-]+ )?" + _READER + r" (?:enrol(?:l)?ment|registration)s? (?:of|for) "
        r"(?:\w+ ){0,2}?(?:users?|staff|people|(?-i:[A-Z][a-z]+))\b",
        "people",
    ),
)
