"""Health cues for care for dementia where a person lives: a memory-care wing, a dementia unit or home that
someone moves into or lives in ("moving my mum into the memory-care wing", "he's in memory care now").

Senses that must stay quiet: the wing or home as a customer or a site ("Rosewood's memory-care wing ordered 40
tablets", "moving the tablets into the dementia unit for the install"), and memory care as a market ("memory
care is a growing vertical")."""

from __future__ import annotations

# the kind of care, and the part of a home it is given in
_CARE = r"(?:memory[- ]care|dementia[- ]care|dementia|Alzheimer'?s(?:[- ]care)?)"
_PLACE = r"(?:wings?|units?|wards?|floors?|homes?|facilit(?:y|ies)|residences?|houses?|centres?|centers?|suites?)"
# a relative or a person moved ("moving my mum into", "placed her in", "moved Dad to")
_RELATIVE = (
    r"(?:mum|mom|mother|dad|father|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|nan|nana|aunt|"
    r"uncle|parents?|husband|wife|partner|father-in-law|mother-in-law)"
)
_MOVED_ONE = (
    r"(?:him|her|them|me|(?:my|his|her|their|our) (?:\w+ )?" + _RELATIVE + r"|(?-i:[A-Z][a-z]+)|" + _RELATIVE + r")"
)
# a visit for work, or the place as an account
_NOT_WORK = (
    r"(?! (?:to (?:fit|install|deliver|fix|demo|pitch|survey|inspect|meet|set up|service|repair|upgrade|train)|"
    r"for (?:the |a |an )?(?:install\w*|demo|survey|pilot|meeting|audit|handover|tour|site visit|delivery|"
    r"rollout|go-live)|(?:project|account|contract|tender|deal|rollout|pilot|market|sector|vertical|research|"
    r"charity|awareness|fundraisers?|walks?|runs?|gala|events?|appeal|staff|team|nurses|managers?|customers?|clients?|beds|screens|kit|tablets|software|system)\b))"
)

_INTO = r" (?:now |finally |permanently )?(?:in|into|to) (?:a |an |the )?(?:(?-i:[A-Z])[\w'’.-]* )?" + _CARE
# (a capital after it is a charity's or a firm's name: "the Alzheimer's Society walk")
_END = r"\b(?! (?-i:[A-Z]))" + _NOT_WORK

MEMORY_CARE = (
    (
        # someone moved in ("moving my mum into the memory-care wing", "placed Dad in a dementia home")
        r"\b(?:moved|moving|moves|move|placed|placing|places|place|put|putting|puts|admitted|admitting|transferred|"
        r"transferring|taking|took|taken) " + _MOVED_ONE + _INTO + r"(?: " + _PLACE + r")?" + _END,
        "person",
    ),
    (
        # someone who lives there, said of a person ("she's in memory care now") or of the place ("lives in a
        # dementia unit"); "Sunrise is moving into memory care" is a firm's new market, so a bare kind of care
        # needs a person as the subject
        r"\b(?:he|she|I|" + _RELATIVE + r")(?:'s|’s| is| was| has| had| been| now)*(?: (?:moved|moving|living|gone|"
        r"going|staying|settled|settling))?" + _INTO + r"(?: " + _PLACE + r")?" + _END + r"|\b(?:moved|moving|moves|"
        r"went|gone|lives|living|lived|staying|stays|settled|settling)" + _INTO + r" " + _PLACE + _END,
        "person",
    ),
)
