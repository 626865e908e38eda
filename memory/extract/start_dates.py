"""A date said as when the service starts, not when the customer signs: "the licence start date is the first of
July, that's fixed", "go-live is 1 March", "the subscription would begin on the 15th". Near a signing word (or as
the answer to "when do you sign?") it is still no close date (LABELS.md: when the customer expects to sign)."""

from __future__ import annotations

import re

_WHAT = r"(?:licen[cs]es?|subscriptions?|service|contract|term|access|billing|rollout|roll-out)"
_STARTS = re.compile(
    r"\b(?:" + _WHAT + r"\s+(?:start|begin|commencement|effective)(?:s|ning)?(?:\s+date)?"
    r"|(?:" + _WHAT + r"\s+)?(?:go-?live|start|commencement)\s+date|go-?live|" + _WHAT + r"\s+(?:would|will)\s+"
    r"(?:start|begin))(?:\s+(?:is|will be|would be|was set for|is set for|of))?(?:\s+(?:on|from))?\s*$",
    re.IGNORECASE,
)


def service_start(sentence: str, start: int) -> bool:
    """Whether the date starting at ``start`` in ``sentence`` is said as the day the service starts."""
    return bool(_STARTS.search(sentence, max(0, start - 50), start))
