"""Next-step wording around quotes, purchase orders and renewals, kept apart from ``next_step`` (at its size
limit). Patterns run on lower-cased text.

- Asks of us with a verb the older lists lack, or an adverb in between: "could you reissue v2 as the final",
  "can you re-quote for 14 seats", "could you extend it month-to-month", "please could you also send the W-9",
  "kindly send the final contract" (``PAPER_ASKS``, among the implicit cues).
- The writer's own check under way: "I'm checking with billing about splitting the invoice".
- A thing the customer names as what would help: "A reference visit would help a lot with the council."
- The step's label in Portuguese, Italian or Dutch: "próx passo:", "prossimo passo:", "volgende stap:"
  (``FOREIGN_LABELS``).
- "I'll let you know." closing its sentence: the customer's word that they will come back, no step of ours
  (``vague_promise``).
- Our promise naming in short ("the envelope") what the customer's ask just before named in full ("the DocuSign
  envelope"): the ask is kept with it (``echoed_ask``)."""

from __future__ import annotations

import re

_PAPER_VERBS = (
    r"re-?issue|re-?quote|re-?send|re-?do|revise|amend|split|send|share|provide|forward|prepare|confirm|update|"
    r"arrange"
)
_MEETING_NOUNS = (
    r"(?:reference |site |customer )?(?:visit|call|demo|workshop|meeting|session|walk-?through|trial|pilot|"
    r"reference|case study|letter|presentation|survey)"
)
PAPER_ASKS = (
    # the customer's condition naming what we send: "I can sign ... if you get me the paperwork by tomorrow"
    r"if you (?:can )?(?:get|send) (?:me|us) (?:the|a|an|your|our) (?:[\w-]+ ){0,2}?(?:paperwork|contract|order form|"
    r"agreement|quote|invoice|proposal|msa|sow|dpa|po\b)|"
    # ... in Spanish, Portuguese, French or German: "firmamos el lunes si nos mandan el contrato"
    r"\bsi (?:nos|me) (?:env[ií]an|mandan|hacen llegar|env[ií]as|mandas|env[ií]a|manda)\b|"
    r"\bse (?:nos|me) (?:enviarem|mandarem)\b|\bsi vous (?:nous|me) (?:envoyez|faites parvenir|transmettez)\b|"
    r"\bwenn sie (?:uns|mir) (?:\w+ ){1,4}?(?:schicken|senden|zusenden|übermitteln)\b|"
    r"(?:could|can|would) you (?:(?:please|also|kindly|maybe|perhaps) )*(?:re-?issue|re-?quote|split|amend)\b|"
    # a term or a paper extended: "could you extend it month-to-month", "would you extend the current term"
    r"(?:could|can|would) you (?:(?:please|also|kindly|maybe|perhaps) )*extend (?:it|them|(?:the|our|your|this) "
    r"(?:[\w-]+ ){0,2}?(?:term|subscription|contract|validity|quote|offer|trial|licen[cs]es?|agreement|renewal|pilot|"
    r"deadline))\b|"
    r"(?:could|can|would) you (?:(?:please|kindly) )?(?:also|maybe|perhaps) (?:" + _PAPER_VERBS + r")\b|"
    r"please could you (?:(?:also|kindly) )?(?:" + _PAPER_VERBS + r")\b|"
    r"kindly (?:" + _PAPER_VERBS + r"|revert with|share with us)\b|"
    # our own check under way, what it is about named: not "I'm just checking in"
    r"(?:i'm|i am|we're|we are) (?:now |also |still )?(?:checking|double-checking|confirming|finding out) "
    r"(?:with (?:[\w-]+ ){1,3})?(?:about|on whether|whether|if|how)\b|"
    # a visit asked for: "can we visit one of your customers", "could we come and see a live site"
    r"(?:can|could|may) we (?:please )?(?:visit|come and see|go and see)\b|"
    # what would help, named as a meeting or a paper opening its sentence: "A reference call would really help"
    r"(?:(?<=[.!?:] )|(?<=\n))(?:a|an) (?:[\w-]+ ){0,2}?" + _MEETING_NOUNS + r" (?:[\w-]+ ){0,4}?"
    r"would (?:really |also |certainly )?help\b"
)

FOREIGN_LABEL_WORDS = ("passo", "passi", "stap")  # the cheap test's words
FOREIGN_LABELS = r"(?:pr[oó]x(?:\.|imos?)?\s+pass(?:os?|i)|prossim[oi]\s+pass[oi]|volgende\s+stap(?:pen)?)\s*:"

_VAGUE = re.compile(
    r"\s+(?:let you know|get back to you|be in touch|keep you posted)(?:\s+(?:soon|then))?\s*(?:[.!]|$)"
)


def vague_promise(low: str, end: int) -> bool:
    """Whether the "I'll"/"we'll" ending at ``end`` only promises word later, with nothing named or dated."""
    return _VAGUE.match(low, end) is not None


# our promise of a paper named by its last word: "I'll send the envelope to you this afternoon"
_SHORT_PROMISE = re.compile(
    r"\b(?:i'll|i will|we'll|we will) (?:send|share|forward|get) (?:the|that|your) ([a-z][\w-]+)\b"
)


def echoed_ask(lows: list[str], i: int) -> int | None:
    """The sentence before sentence ``i`` that asked under a fuller name for the paper ``i`` promises ("If you send
    the DocuSign envelope to me ..." / "I'll send the envelope to you"), or None."""
    m = _SHORT_PROMISE.search(lows[i]) if i > 0 else None
    if m is None:
        return None
    j = i - 1
    while j > 0 and not re.search(r"[a-z]", lows[j]):
        j -= 1  # a bare separator between the lines: " / "
    fuller = re.compile(
        r"\b(?:send|share|forward|get)\b[^.?!]{0,20}\bthe (?:[\w-]+ ){1,2}" + re.escape(m.group(1)) + r"\b"
    )
    return j if fuller.search(lows[j]) else None
