"""The next step a pasted mail thread's newest message asks for, when ``next_step`` found none there: a step in the
quoted history is older news ("> I'll come back to you"), and a request phrased as a mail phrases it still counts:

- "Please register the deal for us", "Please make sure the invoice is dated before the 29th";
- a modal question naming who should act: "Can Lucy send the API documentation to our dev team?";
- a deliverable someone is waiting for: "Luis is expecting the pricing breakdown by Friday";
- their step waiting on ours: "The PO will be issued once we receive the revised quote";
- the person to work with next: "Mateo Ruiz will be your contact for the setup";
- a request or step label in Spanish, Polish, Turkish or German: "¿nos lo envías esta semana?", "Proszę przesłać
  umowę", "Sonraki adım: ...", "Als Nächstes bräuchten wir einen Termin"."""

from __future__ import annotations

import re

from memory.extract.text import lowered, quoted_history, sentences

# run on the lower-cased newest message
_REQUEST = re.compile(
    r"\b(?:please|pls|kindly) (?:register|make sure|ensure|remember to|update|add|include|issue|raise|invoice|"
    r"date|submit|upload|countersign|register)\b"
    r"|^[ \t]*(?:can|could|would|will) [a-zà-ÿ'-]+ (?:please )?(?:send|share|provide|forward|prepare|set up|book|"
    r"schedule|arrange|run|walk)\b"
    r"|\b(?:is|are|'s|'re) (?:still )?(?:expecting|waiting for|waiting on) (?:the|a|an|your|our)\b"
    r"|\bonce (?:we|i) (?:receive|get|have) (?:the|a|an|your)\b"
    r"|\bwill be your (?:main |point of )?contact for\b"
    r"|\benv[ií]as\b|\bmandas\b|\bprosz[eę] (?:o |przesłać|wysłać|przygotować)"
    r"|\bsonraki adım\b|\bals nächstes\b"
)
# a polite formula, no step: "please note", "please find attached", "please don't hesitate"
_FORMULA = re.compile(
    r"\bplease (?:note|find|see|don't hesitate|do not hesitate|let (?:me|us) know if|ignore|disregard|excuse)\b"
)
_HEADER_LINE = re.compile(r"^[ \t]*[\w-]{2,12}[ \t]?:[^\n]*@")
# a pasted mail: a sender line with an address ("From: X <x@acme.example>", "Von:", "De:", "Od:", "Kimden:")
_SENDER = re.compile(r"^[ \t>]*(?:From|Von|De|Van|Od|Da|Kimden)[ \t]?:[^\n]*@", re.MULTILINE)


def mail_step(text: str, found: str | None) -> str | None:
    """``found`` (the step ``next_step`` read), or the newest message's own request when ``found`` is none or stands
    in the quoted history."""
    if "@" not in text or _SENDER.search(text) is None:
        return found  # no mail pasted: the note's own step reader has the say
    history = quoted_history(text)
    if found is not None and 0 <= text.find(found) < history:
        return found
    low = lowered(text[:history])
    step = None
    for offset, sentence in sentences(text[:history], semicolons=False):
        part = low[offset : offset + len(sentence)]
        if _REQUEST.search(part) and not _FORMULA.search(part) and not _HEADER_LINE.match(part):
            step = sentence.strip()
    return step or found
