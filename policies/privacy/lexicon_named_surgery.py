"""Health cues for an operation named by its body part and its kind together, with no article before it:
"recovering from heart bypass surgery", "off for knee reconstruction surgery", "hip replacement surgery
in May". The part and the kind are what make it a body's; the person gate finds whose.

Senses that must stay quiet: the operation as a market, a product or a hospital's service ("the hip
replacement surgery market", "our knee reconstruction surgery module"), and surgery as a figure ("it isn't
brain surgery").

A bypass or a stent is also named by its part or its count after an article or whose it is ("who had the heart
bypass", "after his triple bypass", "since her coronary stent"); a bare "the bypass" is a road or a workaround
("after the bypass opened", "a bypass of the approval step")."""

from __future__ import annotations

_PART = (
    r"(?:heart|cardiac|coronary|knee|hip|spinal|spine|back|shoulder|brain|eye|gastric|bowel|(?-i:ACL)|gall ?bladder|"
    r"hernia|kidney|lung|liver|ankle|wrist|sinus|jaw|neck|elbow|valve|cataract|retina|thyroid|bladder|breast)"
)
_KIND = (
    r"(?:bypass|replacement|reconstruction|fusion|repair|removal|valve|transplant|laser|keyhole|decompression|"
    r"tumou?r|stent|ligament|cartilage|disc|cancer)"
)
_NOT_A_BUSINESS = (
    r"(?! (?:market|module|robots?|devices?|sector|segment|kits?|tools?|software|suite|units?|centres?|centers?|"
    r"wards?|waiting lists?|volumes?|rates?|lists?|teams?|trials?|codes?|billing|pathways?|products?|demos?)\b)"
)

_BYPASS_PART = r"(?:heart|cardiac|coronary|gastric|arterial|femoral|double|triple|quadruple|(?:two|three|four)-way)"
_BYPASS_BEFORE = (
    r"\b(?:had|has had|have had|having|after|since|following|before|from|recovering from|recovered from|in for|"
    r"booked for|scheduled for|needs?|needed|undergo(?:ing|es|ne)?|underwent|post) "
)

NAMED_SURGERY = (
    (
        r"\b" + _PART + r" " + _KIND + r"(?: " + _KIND + r")? (?:surgery|operation|op|procedure)\b" + _NOT_A_BUSINESS,
        "person",
    ),
    (
        _BYPASS_BEFORE
        + r"(?:the |an? |his |her |my |(?-i:[A-Z][a-z]+)(?:'s|’s) )?(?:(?:emergency|planned|recent|scheduled) )?"
        + r"(?:"
        + _BYPASS_PART
        + r" )+(?:bypass|stent)(?:es|s)?\b"
        + _NOT_A_BUSINESS
        + r"|"
        + _BYPASS_BEFORE
        + r"(?:his|her|my|(?-i:[A-Z][a-z]+)(?:'s|’s)) (?:emergency )?(?:bypass|stent)(?:es|s)?\b(?! of\b)",
        "person",
    ),
)
