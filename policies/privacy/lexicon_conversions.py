"""Religion cues for a person's coming to a faith in the words its own community uses, which the "converted to"
cues of :mod:`.lexicon_religion` miss: "reverted to Islam last year" (Muslims speak of a return, not a
conversion), "took her shahada", "embraced Catholicism", "was received into the Orthodox Church".

Senses that must stay quiet: a thing going back to an earlier state ("reverted to the old pricing", "the build
reverted to v2"), an embrace of a plan or a market ("embraced the Islamic finance market"), and a faith as a
subject taught ("a course on Islam")."""

from __future__ import annotations

_FAITH = (
    r"(?-i:Islam|Catholicism|Judaism|Buddhism|Hinduism|Sikhism|Christianity|Orthodoxy|Protestantism|the Catholic "
    r"Church|the Orthodox Church|the Church)"
)

CONVERSIONS = (
    (
        # "revert" is the Muslim word for a convert, so only Islam follows it
        r"\b(?:reverted|reverting|revert|reverts) to (?-i:Islam)\b|\b(?:an? )?(?-i:Muslim) revert\b|"
        r"\b(?:took|taken|takes|take|taking|said|recited) (?:his|her|their|my|the) shahada\b|"
        r"\b(?:embraced|embracing|embraces|embrace) " + _FAITH + r"\b(?! (?:market|sector|calendar|finance)\b)|"
        r"\b(?:was|were|got|been|being) (?:formally )?received into " + _FAITH + r"\b",
        "person",
    ),
)
