"""A figure the customer turned down as too dear: "the 18k one from May was too rich", "$20k is way too much
for them". It is an earlier or rejected price, not the deal's value, and ranks below any other figure."""

from __future__ import annotations

import re

# said right after the figure: what it was (a quote, an option, from when), then judged too dear
_TOO_DEAR_AFTER = re.compile(
    r"(?:\s+(?:one|quote|offer|version|price|figure|proposal|option|package))?(?:\s+(?:from|in|of|back in)\s+"
    r"[\w ]{1,15}?)?\s+(?:was|is|were|are|felt|seemed|looked)\s+(?:(?:way|far|much|a bit|a little|slightly|just)\s+)?"
    r"too\s+(?:rich|high|much|expensive|steep|pricey|dear)\b",
    re.IGNORECASE,
)


def turned_down(sentence: str, end: int) -> bool:
    """Whether the figure ending at ``end`` in ``sentence`` is judged too dear straight after it."""
    return bool(_TOO_DEAR_AFTER.match(sentence, end))
