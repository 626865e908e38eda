"""Criminal-record cues for what a vetting check turned up about the person it was run on: "the background
check came back with a 2019 theft conviction", "her DBS check flagged a caution", "vetting showed an assault
charge". A check is always run on someone, so the match is its own person ("self").

Senses that must stay quiet: a clean result ("came back clean", "came back with no convictions"), a policy
about checks in general ("background checks may reveal convictions"), and a check run on a firm
("the supplier due-diligence check flagged a sanctions hit")."""

from __future__ import annotations

_CHECK = (
    r"(?:background|criminal (?:record|records|history)|police|DBS|CRB|Disclosure|pre-employment|vetting) "
    r"(?:check|screen|screening|report)s?|(?:the |his |her |their )?vetting"
)
_TURNED_UP = (
    r"(?:came back with|came back showing|returned|showed|shows|flagged|turned up|revealed|found|threw up|"
    r"surfaced|listed)"
)
# an article, a number or a whose makes it one finding, not "no convictions" or "any convictions"
_ONE_FINDING = r"(?:a|an|one|two|three|his|her|their|\d{4}) "
_OFFENCE = (
    r"(?:[\w-]+ ){0,3}?(?:convictions?|cautions?|arrests?|criminal charges?|offen[cs]es?|(?-i:DUI|DWI|OWI)s?|"
    r"criminal record)"
)

VETTING = (
    (
        r"\b(?:" + _CHECK + r") (?:\w+ ){0,6}?" + _TURNED_UP + r" " + _ONE_FINDING + _OFFENCE + r"\b",
        "self",
    ),
)
