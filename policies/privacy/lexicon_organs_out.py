"""Health cues for an organ taken out, told the everyday way: "they took my gallbladder out", "had his spleen
removed", "got her appendix out". The organ and the verb give the operation; whose it is, the possessive.

Senses that must stay quiet: a document's appendix moved ("took the appendix out of the deck", "had her appendix
removed from the RFP"), and organs as a product's or a market's words ("the gallbladder removal market")."""

from __future__ import annotations

_ORGAN = (
    r"(?:gall ?bladder|appendix|spleen|thyroid|adenoids|uterus|womb|ovary|ovaries|kidney|prostate|"
    r"colon|bowel|tonsils|gallstones|kidney stones?)"
)
_WHOSE = r"(?:my|his|her|their|your|(?-i:[A-Z][a-z]+)['’]s)"
# "out of the deck", "removed from the RFP": a document's part moved, not a body's
_NOT_A_DOCUMENT = r"(?! (?:of|from)\b)"

ORGANS_OUT = (
    (
        r"\b(?:took|take|takes|taking|taken|had|has|have|having|got|get|gets|getting|needs?|needed) "
        + _WHOSE
        + r" "
        + _ORGAN
        + r" (?:out|removed|taken out)\b"
        + _NOT_A_DOCUMENT
        + r"|\b"
        + _WHOSE
        + r" "
        + _ORGAN
        + r" (?:was|were|got|had to be|has been|is being) (?:removed|taken out)\b"
        + _NOT_A_DOCUMENT,
        "person",
    ),
)
