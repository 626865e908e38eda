"""A figure spelled in words that counts people or things, not money: "a hundred and twenty reps", "two hundred
and forty employees", "twelve hundred users". A digit count under a thousand is never money anyway ("120 reps"); a
spelled one carries a scale word ("hundred"), which alone would make it read as a sum."""

from __future__ import annotations

import re

# the counted noun straight after the figure (a filler or an adjective may come between): "a hundred and twenty
# reps, um, spread over", "three hundred field engineers"; not "a hundred and twenty thousand dollars"
_COUNTED_AFTER = re.compile(
    r"[,]?\s+(?:(?:um|uh|er|or so|odd|full[- ]time|field|inside|sales|support|active|named|concurrent)[,]?\s+){0,2}"
    r"(?:reps|representatives|salespeople|sellers|agents|employees|staff|people|users|seats|heads|engineers|"
    r"technicians|techs|drivers|nurses|doctors|students|members|customers|clients|stores|shops|branches|offices|"
    r"sites|locations|clinics|schools|vehicles|trucks|devices|laptops|workers|consultants|analysts|developers)\b",
    re.IGNORECASE,
)
_SIGN_BEFORE = re.compile(r"(?:[$€£]|\b(?:usd|eur|gbp|dollars?))\s*$", re.IGNORECASE)


def spelled_count(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``..``end`` in ``sentence``, spelled in words, counts people or things."""
    figure = sentence[start:end].strip()
    if not figure or figure[0].isdigit() or _SIGN_BEFORE.search(sentence, max(0, start - 6), start):
        return False
    return _COUNTED_AFTER.match(sentence, end) is not None
