"""Our paperwork turned down by the customer's own desk or system, a failure of ours for tone_failure.py: "the portal
says your registration has been rejected twice", "AP have bounced that too", "Rejected once more, same reason", "Third
rejection", "the portal rejected your bank letter again". Buying through procurement, the failures a customer reports
are often of this kind, and praise beside them ("Grand. Really smooth so far.") is sarcasm as beside a crash.

Only what a supplier sends counts (registration, invoice, bank letter, certificate, supplier form); their own request
turned down ("our board rejected the budget request") or a rival's bid rejected is no failure of ours.
"""

from __future__ import annotations

import re

_PAPER = (
    r"(?:registration|invoice|supplier (?:form|registration|set-?up|application|record)|vendor (?:form|registration"
    r"|set-?up|application|record)|bank (?:details|letter|document|form|statement)|certificate(?: of insurance)?"
    r"|insurance (?:certificate|document)|w-?9|w-?8|tax form|upload|onboarding (?:form|documents?|pack))s?"
)
_TURNED_DOWN = r"(?:rejected|bounced|refused|declined|kicked (?:it |them )?back|sent (?:it |them )?back|returned)"
_DESK = (r"(?:ap|accounts payable|procurement|purchasing|the portal|their portal|our portal|the system|our system"
         r"|finance|compliance|vendor management|supplier management)")  # fmt: skip
REJECTED = re.compile(
    # "your registration has been rejected twice", "the invoice was bounced" (not "our budget request was rejected")
    rf"\b(?:your|the) (?:[\w'-]+ ){{0,2}}?{_PAPER} (?:has |have |had |was |were |is |are |got |keeps? getting"
    rf" |has just |was just )?(?:been |being )?{_TURNED_DOWN}\b"
    # "AP have bounced that too", "the portal rejected your bank letter again"
    rf"|\b{_DESK} (?:has |have |had |just |then |also )*{_TURNED_DOWN} (?:it|that|them|this|your (?:[\w'-]+ )?"
    rf"{_PAPER}|the (?:[\w'-]+ )?{_PAPER})\b"
    # the paperwork understood, opening the sentence: "Rejected again, same reason.", "Bounced a third time."
    rf"|(?:^|(?<=[.!?]\s)){_TURNED_DOWN} (?:again|once more|twice|three times|a (?:second|third|fourth|fifth) time)\b"
    # counted: "Third rejection, same reason.", "another bounce from AP"
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|another) (?:rejection|bounce)\b",
    re.IGNORECASE,
)
