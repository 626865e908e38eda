"""Religion cues for a pilgrimage or a rite told as a trip ("going to the Kumbh Mela", "flying to Umrah next
week", "for the holy dip"). :mod:`.lexicon_religion` has the pilgrimage made or returned from ("went on Hajj",
"back from Umrah").

Senses that must stay quiet: the festival as a market or an event handled ("crowd-management contract for the
Kumbh Mela", "the Hajj travel agency wants a demo"): so it needs a verb of going, the dip a verb of taking."""

from __future__ import annotations

# (chat writes the two Meccan pilgrimages in lower case: "off to umrah with her mum")
_GATHERING = r"(?:(?-i:Kumbh Mela|Maha Kumbh|Ardh Kumbh|Amarnath Yatra|Char Dham Yatra|Arba'?een)|hajj|umrah)"

PILGRIM_TRIPS = (
    (
        r"\b(?:going|goes|go|went|gone|heading|headed|travel(?:l?ing|s|l?ed)?|off|flying|flies|flew|leaving|"
        r"leaves|left) (?:\w+ )?(?:to|for) (?:the )?" + _GATHERING + r"\b",
        "person",
    ),
    (r"\b(?:take|takes|taking|took|taken|for) (?:a |the |his |her |their |my )?holy dip\b", "person"),
)
