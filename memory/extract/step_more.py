"""More next-step wording, kept apart from ``next_step`` (at its size limit). Patterns run on lower-cased text.

- Asks of the customer's side for a meeting or for their paper moved on: "could we do a call next Thursday to walk
  through your roadmap", "please get the signature routed through legal" (``MORE_ASKS``, among the implicit cues).
- What an "I'll"/"we'll" says that is no step: the record kept on our side ("I'll mark it as Won on our side") or
  what the writer will then know ("after that I'll know whether ...") (``not_a_step``).
- A meeting proposed or agreed in bare words: "shall we meet on 9 August", "we agreed a follow-up call on the 19th".
- Labels that lead the step: "My follow-up: ...", "Open item: ..." (``MORE_LABELS``).
- A meeting asked of us or offered ("could you hold a scoping workshop", "happy to do a debrief call"), and a paper
  or meeting asked in French, Dutch or German ("pouvez-vous nous envoyer le contrat", "kun je een demo plannen")."""

from __future__ import annotations

import re

_MEETING = r"(?:call|meeting|demo|session|walk-?through|workshop|webinar|training|presentation|debrief|visit)\b"
MORE_ASKS = (
    # a meeting proposed together: "could we do a call next thursday", "can we have a short session on sso"; not
    # "could we do better on price" (no meeting named)
    r"(?:could|can|shall) we (?:please )?(?:do|have|hop on|jump on|get on) (?:a|an) (?:quick |short |brief |\w+ )?"
    r"(?:call|meeting|demo|session|walk-?through|workshop|review)\b|"
    # the deal's paper moved on, asked of someone: "please get the signature routed through legal", "pls get the po
    # raised"; not "please get back to me" (no paper named)
    r"(?:please|pls|plz) (?:get|have) (?:the|this|our|your) (?:signature|contract|order form|po|purchase order|"
    r"paperwork|agreement|msa|sow)\b|"
    # a meeting proposed in a bare verb: "shall we meet on 9 August to confirm the seat count?"
    r"(?:could|can|shall|should) we (?:please )?(?:meet|get together|sit down)\b|"
    # a meeting both sides agreed on: "we agreed a follow-up call on 19 December"; not a past one that happened
    r"(?:we|they|she|he) (?:agreed|settled) (?:on )?(?:a|an|the) (?:[\w-]+ ){0,2}?(?:call|meeting|demo|session|"
    r"workshop|review|visit|check-?in|catch-?up|follow-?up)\b|"
    # a colleague's promise to give the customer something: "Mira will get you a sandbox this week", "Raj'll set them
    # up with a trial login"; not what a thing would bring ("that will get you a better rate")
    r"(?<!\bit)(?<!\bthat)(?<!\bthis)(?<!\bwhich)(?<!\bwhat)(?<!\bthey)(?<!\bthere)"
    r"(?: will|['’]ll) (?:get|give|find|line up|set) (?:you|them|him|her)(?: up)?(?: with)? "
    r"(?:a|an|the|some|your|their|his|her|access)\b|"
    # a meeting asked of us: "could you hold a scoping workshop", "can you run a webinar for the regional team"
    r"(?:could|can|would) you (?:please )?(?:hold|run|host|organi[sz]e|arrange|plan|schedule|book|set up|give|do) "
    r"(?:us |me |them )?(?:a|an|the|some) (?:[\w-]+ ){0,2}?" + _MEETING + r"|"
    # ... or offered by them: "I'm happy to do a short debrief call", "we'd be glad to host a site visit"
    r"(?:i'm|i am|we're|we are|i'd be|we'd be|i would be|we would be) (?:happy|glad|willing) to (?:do|have|hold|"
    r"host|join|set up|arrange|give|run) (?:a|an|the) (?:[\w-]+ ){0,2}?" + _MEETING + r"|"
    # asked in French, Dutch or German: "pouvez-vous nous envoyer le contrat", "kun je een demo plannen",
    # "könnten Sie uns das Angebot schicken"
    r"(?:pouvez|pourriez|peux|pourrais)[- ](?:vous|tu) (?:nous |me |m['’])?(?:envoyer|transmettre|faire parvenir|"
    r"organiser|planifier|préparer|proposer)\b|"
    r"(?:kun|kan|kunt|kunnen) (?:je|u|jij|jullie) (?:ons |me |mij )?(?:een|de|het|die|dat) [\w -]{2,40}?"
    r"(?:sturen|plannen|inplannen|regelen|opsturen|toesturen|maken|organiseren)\b|"
    r"(?:können|könnten) sie (?:uns |mir )?(?:bitte )?(?:\w+ ){1,4}?(?:schicken|senden|zusenden|vorbereiten|planen)\b"
)
# said after "I'll"/"we'll": the stage recorded on our side, or what the writer will then know
_NO_STEP_AFTER = re.compile(
    # ... or kept where it is: "I'll keep this in Prospecting until then", "we'll leave the opp at Engaging"
    r"\s+(?:mark|log|move|set|flag|book|update|put|keep|leave|hold|park)\s+"
    r"(?:it|this(?: one)?|the (?:deal|opp\w*)|that)\s+(?:as |to |in |at |down as )?"
    r"(?:won|lost|engaging|prospecting|closed[- ](?:won|lost))\b"
    # ... and nothing more in the clause: "I'll move this to Engaging and set up trial accounts" has its step
    r"(?:\s+(?:on|in) (?:our|my) (?:side|end|crm|system))?"
    r"(?=\s*(?:[.!;)\n]|$)|,? (?:once|when|after|until|till|for now|for the moment)\b)"
    r"|\s+(?:then |now )?(?:know|see|find out|have a (?:better |clearer )?idea)\s+(?:whether|if)\b"
)
MORE_LABEL_WORDS = ("open item", "open point")  # the cheap test's words ("follow" is there already)
MORE_LABELS = r"(?:my|our) follow[- ]ups?\s*:|(?:^|(?<=\n)|(?<=\d\. ))\s*open (?:items?|points?)\s*:"


def not_a_step(low: str, end: int) -> bool:
    """Whether what follows an "I'll"/"we'll" ending at ``end`` is bookkeeping or knowledge, no step."""
    return _NO_STEP_AFTER.match(low, end) is not None
