"""A forward the customer fences off in their own cover words: "Nothing in here changes our plans", "none of this
applies to us", "just for interest, no impact on our side". A news item about other firms passed on for interest
names freezes and departures that are not theirs; the cover says so, so the forwarded mail is not read as evidence.
A cover that lets it in ("this lands on us too") is the default and needs nothing."""

from __future__ import annotations

import re

_FENCED = re.compile(
    r"\b(?:nothing|none) (?:of (?:this|that|it)|in (?:here|there|this|it|that)|here|below)\b[^.;]{0,25}"
    r"\b(?:changes?|affects?|applies|concerns?|touch(?:es)?|impacts?)\b(?: (?:us|our|for us|anything|on our))?"
    r"|\b(?:this|it|that|none of (?:this|it|that))(?: (?:doesn't|does not|won't|will not))"
    r" (?:change|affect|apply to|concern|touch|impact) (?:us|our (?:plans?|project|deal|order|purchase|timeline)"
    r"|anything (?:for us|on our side|here))\b"
    r"|\bno (?:impact|bearing|effect) on (?:us|our (?:plans?|project|deal|order|purchase|timeline|side))\b"
    r"|\b(?:changes|means) nothing for (?:us|our (?:plans?|project|deal|order|purchase|timeline))\b"
    r"|\b(?:not|nothing) to do with us\b",
    re.IGNORECASE,
)


def forward_fenced_off(cover: str) -> bool:
    """The customer's own words around a forward say it does not concern them or this deal."""
    return _FENCED.search(cover) is not None
