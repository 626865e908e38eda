"""A rival's bid named by its possessive alone, for ``competitor_mentioned``: the noun left out ("they already have
Lumora's and NorthPeak's in", "Stackline's came in on Monday", "we've got Brightwave's on file"), which the rival
cues (cues.RIVAL_ACTIVE) miss because no bid, quote or demo is said.
"""

from __future__ import annotations

import re

_AP = "['\u2019]s"


def elided_bid(sentence: str, name: str) -> bool:
    """The rival's possessive stands for a bid they hold: in, on file, arrived, or simply had."""
    own = rf"\b{re.escape(name)}{_AP}(?: and [A-Z][\w-]*{_AP})?"
    held = (
        own + r" (?:already |now |also )?(?:in|on file|on the table|came in|arrived|landed|submitted)\b"
        rf"|\b(?:have|has|had|got|received|holding|hold)(?: already| now| also)? (?:[A-Z][\w-]*{_AP} and )?"
        + own
        + r"(?=\s*(?:[,.;]|$| and\b| in\b| too\b| already\b| as well\b))"
    )
    return re.search(held, sentence) is not None
