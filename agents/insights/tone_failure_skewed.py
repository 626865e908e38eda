"""A failure told as a value shown off by an amount: "the sync puts our appointments one hour too early", "the
invoices are still two days out", "the meeting showed at 8 instead of 9". The plain-failure cues (tone_failure.py)
look for broken or wrong; here nothing is called broken, the gap itself is the fault. A gap they choose is none
("we start an hour early on Fridays", "arrived ten minutes early")."""

from __future__ import annotations

import re

_AMOUNT = r"(?:an?|one|two|three|four|five|six|ten|twelve|half an|a few|\d+)"
_UNIT = r"(?:hours?|days?|minutes?|mins?|weeks?|months?)"
SKEWED = re.compile(
    # the gap as the outcome of something of ours: "puts ... one hour too early", "still one hour off"
    r"\b(?:puts?|shows?|showed|shown|showing|sync(?:s|ed)?|displays?|displayed|books?|booked|moves?|moved|lands?"
    r"|landed|still|are|is|were|was|always|consistently)\b[^.;]{0,40}?\b"
    + _AMOUNT
    + r" "
    + _UNIT
    + r" (?:too (?:early|late)|off|out|behind|ahead)\b"
    r"|\boff by " + _AMOUNT + r" " + _UNIT + r"\b"
    # a time shown in place of the right one: "showed at 8 instead of 9"
    r"|\b(?:shows?|showed|shown|showing|appears?|appeared|displays?|displayed)(?: up)? (?:at|as|for) \d{1,2}"
    r"(?:[:.]\d\d)?(?: ?[ap]m)? instead of \d{1,2}\b",
    re.IGNORECASE,
)
