"""The next step when the customer owns it, kept apart from ``next_step`` (at its size limit).

- Their paper under way, said in the progressive: "Lena is raising the purchase order", "he's getting us a slot on
  their steering agenda".
- Their promise to send us something of theirs: "she'll send you our markup", "they will forward us the vendor form".
- German: a paper of ours they still need ("davor bräuchten wir noch Ihre Referenzliste").
- A meeting recap's action list under a German, French or Spanish heading ("Aufgaben:", "Actions :", "Tareas:").
All patterns read lower-cased text."""

from __future__ import annotations

_PAPER = (
    r"(?:po|purchase order|requisition|order form|contract|paperwork|nda|sow|msa|dpa|redlines?|mark-?ups?|"
    r"comments|approval|sign-?off|budget approval|agenda|vendor form|supplier form|security review)"
)
THEIR_STEP = (
    # their own paper under way: "is raising the po internally", "'s getting us on the agenda of their board"
    r"(?:\b(?:he|she|they|it)|\b[a-z][\w'-]+)(?:'s|'re| is| are) (?:now |already |currently |busy )?"
    r"(?:raising|issuing|processing|submitting|preparing|drafting|arranging|getting|sending(?: over)?) "
    r"(?:us |you )?(?:(?:on|onto|into) )?(?:the|a|an|our|their|his|her) (?:[\w-]+ ){0,3}?" + _PAPER + r"\b|"
    # their promise to send us something of theirs: "she'll send you our redlines", "he will forward us the form"
    r"\b(?:he|she|they)(?:'ll| will) (?:also |then |soon )?(?:send|share|forward|return|email|get) "
    r"(?:you|us|me|over|across) (?:the|our|their|his|her|a|an|some)\b|"
    # German: a paper of ours they still need: "vorher bräuchten wir noch ihre iso-zertifikate"
    r"\b(?:bräuchten|brauchen|benötigen|benötigten) wir (?:noch |dann |zuerst |vorher )*"
    r"(?:ihre?[nm]?|die|das|den|eine?[nm]?)\b"
)
# a meeting recap's action list headed in German, French, Spanish: "Aufgaben:", "Actions à mener :", "Tareas:"
ACTION_HEADINGS = r"aufgaben|to-?dos?|maßnahmen|nächste schritte|actions? (?:à mener|à faire)|tareas|acciones"
ACTION_WORDS = ("aufgaben", "maßnahmen", "à mener", "à faire", "tareas", "acciones")  # the cheap test's words
