"""Religion cues for an observance told by its time or in a rep's other languages: the Sabbath as the hours a
person keeps free ("won't travel from Friday sundown until Saturday nightfall"), Friday prayers in Malay and
Indonesian ("pergi solat Jumaat", "ikut sholat Jumat"), and a Sikh's initiation ("his Amrit ceremony").

Senses that must stay quiet: the hours of a shop or a maintenance window ("the site is closed from Friday
evening until Saturday night"), "Amritsar" the city, and a prayer room as a venue's facility ("surau tersedia")."""

from __future__ import annotations

_DUSK = r"(?:sundown|sunset|dusk)"
_NIGHT = r"(?:nightfall|sundown|sunset|dark|three stars)"

OBSERVANCES = (
    (
        # the Sabbath's bounds: from Friday's sunset to Saturday's dark
        r"\bFriday (?:at |from )?" + _DUSK + r"\b[^.;\n]{0,20}?\b(?:until|till|til|to|through|and) (?:after )?"
        r"Saturday (?:at |after )?" + _NIGHT + r"\b",
        "person",
    ),
    (r"\b(?:solat|sholat|shalat|salat|sembahyang) (?:Jumaat|Jumat|Jum'at|Jum’at)\b", "people"),
    (
        r"\bAmrit (?:ceremony|sanskar|sanchar|initiation|chhakna|chakhna)\b|\b(?:took|taken|take|takes|taking) "
        r"(?:the )?Amrit\b",
        "person",
    ),
)
