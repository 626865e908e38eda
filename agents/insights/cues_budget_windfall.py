"""Money reallocated that reached the buyer: a windfall, not a squeeze.

"Finance has reallocated the unspent trade-show budget, and part of it has landed on my desk" moves money *to*
the customer's side (not "finance clawed back our unspent budget", which takes it away), and so does a cut that fell
on other spend "which frees the money for your GTX Pro". A budget cue in such a sentence is good news (the squeeze is
elsewhere only when the money leaves: "reallocated to the warehouse, nothing left for this").
"""

from __future__ import annotations

import re

# the money arrived with the speaker or their team: "landed on my desk", "come my way", "ended up in our pot"
_ARRIVED = re.compile(
    r"\b(?:land(?:ed|s|ing)?|come|came|coming|end(?:ed|s)? up|gone|went|fallen|fell|passed|handed|given|freed up)"
    r"\b[^.;]{0,25}?\b(?:on my desk|on our desk|my way|our way|to me|to my team|with me|in(?:to)? my (?:pot|budget"
    r"|lap|hands)|in(?:to)? our (?:pot|budget|lap|team)|for (?:me|my team|my department) to spend)\b",
    re.IGNORECASE,
)

# the cut fell on other spend and freed money for this purchase: "the freeze hit our Lumora renewal and we've cancelled
# it, which actually frees the money for your GTX Pro" (freed for another project is still a squeeze on this one)
_FREED_FOR_THIS = re.compile(
    r"\bfre(?:es?|ed|eing)(?: up)? (?:the |that |this |some |our |enough )?(?:money|budget|funds|funding|cash)"
    r"(?: up)? (?:for|towards?|to spend on) (?:you\b|yours?\b|this (?:deal|purchase|project|order|one)\b"
    r"|the (?:seats|licen[cs]es|order|purchase|upgrade)\b|(?:the |your )?(?:GTX|GTK|MG)\b)",
    re.IGNORECASE,
)


def windfall(sentence: str) -> bool:
    """The sentence moves money towards the customer's side rather than away from this deal."""
    if re.search(r"\b(?:nothing|none|no money|zero)\b", sentence, re.IGNORECASE):
        return False  # "the leftover budget went to the warehouse, leaving nothing for this"
    return _ARRIVED.search(sentence) is not None or _FREED_FOR_THIS.search(sentence) is not None
