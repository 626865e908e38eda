"""Health cues for an operation named by its body part and its kind together, with no article before it:
"recovering from heart bypass surgery", "off for knee reconstruction surgery", "hip replacement surgery
in May". The part and the kind are what make it a body's; the person gate finds whose.

Senses that must stay quiet: the operation as a market, a product or a hospital's service ("the hip
replacement surgery market", "our knee reconstruction surgery module"), and surgery as a figure ("it isn't
brain surgery")."""

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

NAMED_SURGERY = (
    (
        r"\b" + _PART + r" " + _KIND + r"(?: " + _KIND + r")? (?:surgery|operation|op|procedure)\b" + _NOT_A_BUSINESS,
        "person",
    ),
)
