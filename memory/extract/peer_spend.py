"""What another customer paid for its own purchase, said to set the scene: "he mentioned Acme paid around 60k for
theirs", "Globex spent roughly $80,000 on their own rollout". The figure is the peer's, not this deal's value
(LABELS.md: other accounts mentioned in passing are ignored), so it is set aside like a reference customer's spend.
Both sides are needed: a paying verb before the figure and "theirs"/"their own"/"a similar ..." after it; "they paid
the 12k for the seats" or "the renewal is the 6,786 they paid last year" stay as they are."""

from __future__ import annotations

import re

_PAID_BEFORE = re.compile(
    r"\b(?:paid|payed|spent|spends|pays|forked out|shelled out|dropped|got (?:it|theirs|them) for)\b"
    r"(?:\s+(?:about|around|roughly|approx\.?|approximately|like|maybe|some|nearly|almost|close to|just over|"
    r"just under|over|under|~)){0,2}\s*[$€£~]?\s*$",
    re.IGNORECASE,
)
_THEIRS_AFTER = re.compile(
    r"^[^,.;:!?\n]{0,30}?\b(?:for|on)\s+(?:theirs|their own\b|(?:a|something) similar\b|the same (?:thing|setup|"
    r"package|rollout|project)\b)",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"[$€£~]?\s?\d[\d.,]*")


def peer_spend(sentence: str, start: int) -> bool:
    """Whether the figure starting at ``start`` in ``sentence`` is what another firm paid for its own purchase."""
    if not _PAID_BEFORE.search(sentence, max(0, start - 45), start):
        return False
    figure = _FIGURE.match(sentence, start)  # "$80,000": its own commas close no clause
    return _THEIRS_AFTER.match(sentence[figure.end() if figure else start : start + 60]) is not None
