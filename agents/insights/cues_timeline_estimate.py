"""A later date given as the realistic estimate for signature, for ``timeline_slip``: kept apart from the MOVE table
in cues_timeline.py (near its size limit). English told to the rep ("you're looking at November before anything goes
to signature") and the Romance "left for" idiom ("a assinatura vai ficar para janeiro", "la firma queda para enero",
"la firma slitta a gennaio"); the date said is judged against the expected close like every other move.
"""

from __future__ import annotations

import re

_SIGNING = r"(?:sign\w*|signature|decision|order|contract|paperwork|approval|go-ahead)"
_ESTIMATE = re.compile(
    # "you're looking at November before anything goes to signature", "you'd be looking at January for the order"
    r"\b(?:you're|you are|you'd be|you would be|we'd be|we would be)(?: \w+){0,2}? looking at\b[^.;]{1,40}?"
    r"\b(?:before|until|till|for)\b[^.;]{0,30}\b" + _SIGNING + r"\b"
    # the signing "left for" a later time: Portuguese, Spanish, Italian
    r"|\b(?:assinatura|firma|decisão|decisión|decisione|contrato|contratto|encomenda|pedido|ordine)\b[^.;]{0,25}"
    r"\b(?:vai ficar|vão ficar|ficará|fica|vai passar|passa|va a quedar|se queda|queda|quedará|slitta|slitterà"
    r"|rimane|è rinviata|è rimandata|foi adiada|fue aplazada) (?:para|pra|a|al|per|all'|alla)\b",
    re.IGNORECASE,
)


def later_estimate(sentence: str) -> bool:
    """The sentence gives a (possibly later) date as when signing will realistically happen."""
    return _ESTIMATE.search(sentence) is not None
