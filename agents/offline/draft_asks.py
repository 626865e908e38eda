"""A message for a customer asked for without a drafting verb in the imperative: "could Konmatfix get a recap of
today's call?", "would be great if something went out to them", "mind replying to them?", "help me say it nicely to
them". Patterns run on ``normalised`` text; agents.offline.actions reads them as draft requests."""

from __future__ import annotations

import re

_MESSAGE = (
    r"(?:recap|summary|follow-?up|note|email|e-mail|message|reply|answer|response|update|thank-?you(?: note)?"
    r"|heads-?up|confirmation|reminder|line|quick word|written answer)"
)
_TO_THEM = r"(?:them|him|her|the customer|the client|[\w'&-]+(?: [\w'&-]+)?)"

INDIRECT_DRAFT = re.compile(
    # the customer as the one who gets it: "could Konmatfix get a recap", "can Hatfan have a short thank-you note"
    rf"^ (?:could|can|should|shall|would) [\w'&-]+(?: [\w'&-]+)? (?:get|have|receive) (?:a|an|some|our)"
    rf"(?: [\w'-]+){{0,2}}? {_MESSAGE} "
    # wished to have gone out: "would be great if something went out to them", "be good if a note went to Zoomit"
    rf"| (?:great|good|nice|ideal|helpful|best|fine|ok|okay|perfect|lovely) if (?:something|a note|an email|a message"
    rf"|a reply|an answer|a response|a line|word) (?:went|goes|could go|can go|got sent|was sent|were sent)"
    rf" (?:out )?to {_TO_THEM} "
    # "mind replying to them?", "could you get back to Sumace", "pls write back to her"; not "they didn't mind replying"
    r"|(?<! didn't)(?<! didnt)(?<! don't)(?<! dont)(?<! wouldn't)(?<! doesn't) (?:mind|could you|can you|would you"
    r"|will you|pls|please) (?:just |quickly )?(?:replying|responding|writing back|getting back|answering|emailing"
    rf"|reply|respond|write back|get back) (?:to )?{_TO_THEM} "
    # the rep wants the words: "help me say it nicely to them", "help me word this for Singletechno"
    r"| help me (?:say|word|phrase|put|tell|explain|break|write|get across) (?:it|this|that|the news|them)?"
    r"(?: [\w'-]+){0,2}? (?:to|for) "
)


def asks_indirectly(t: str) -> bool:
    """Whether ``t`` (normalised) asks for a customer message in one of the indirect ways above."""
    return INDIRECT_DRAFT.search(t) is not None
