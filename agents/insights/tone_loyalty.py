"""Mock gratitude for being made to pay for their loyalty, sarcasm with no failure of ours beside it: "thanks so much
for rewarding our loyalty" after a price rise, "what a way to treat long-standing customers", "so much for loyalty".
The other sarcasm cues (tone_sarcasm.py) need a failure the customer reports; a renewal uplift is no failure, yet
the thanks is plainly bitter. Thanks with a gift named ("thanks for rewarding our loyalty with the 5% discount"),
a loyalty scheme ("honouring our loyalty pricing") or warm words after it ("..., really generous") stay sincere."""

from __future__ import annotations

import re

_LOYAL = r"(?:loyal|long-?standing|long-?time|existing|old|repeat|faithful|your (?:loyal|long-?standing|oldest|best))"
MOCK_LOYALTY = re.compile(
    r"\b(?:thanks?|thank you)(?: (?:so|very) much| a lot| heaps| ever so much)? for (?:rewarding|repaying|honou?ring"
    r"|recogni[sz]ing|valuing|appreciating|thanking us for) (?:our|my) (?:loyalty|custom|business|(?:\w+ )?years"
    r"(?: with you)?)\b(?! (?:with|by|through|via)\b| (?:discount|pricing|price|rate|bonus|scheme|programme|program"
    r"|tier|credit|points)s?\b)"
    rf"|\b(?:what a|such a|nice|great|lovely|fine|wonderful) way to (?:reward|treat|thank|repay) {_LOYAL}"
    r"|\bso much for (?:customer |our |your )?loyalty\b"
    rf"|\bthat's how you (?:reward|treat|thank|repay) {_LOYAL}",
    re.IGNORECASE,
)
_WARM_AFTER = re.compile(r"\b(?:generous|kind|appreciated?|great|lovely|helps?|helpful|happy|glad|delighted|love)\b",
                         re.IGNORECASE)  # fmt: skip


def mock_loyalty(sentence: str) -> bool:
    """The sentence thanks them bitterly for what their loyalty earned them."""
    m = MOCK_LOYALTY.search(sentence)
    return m is not None and _WARM_AFTER.search(sentence, m.end()) is None
