"""A seat held for a party on a Dutch council or parliament ("zit namens de Partij voor de Dieren in
Provinciale Staten", "gemeenteraadslid voor de VVD", "Statenlid namens GroenLinks"), which
:mod:`.lexicon_campaign_seats` did not read: serving a party names the party one stands for.

Senses that must stay quiet: a firm presenting to a council ("presentatie voor de gemeenteraad"), and a
council as a customer ("namens de gemeente in overleg") which names no party."""

from __future__ import annotations

_BODY = (
    r"(?:Provinciale Staten|de gemeenteraad|gemeenteraad|de Tweede Kamer|de Eerste Kamer|het Europees Parlement|"
    r"de deelraad|het waterschap)"
)

COUNCIL_SEATS = (
    (
        r"\bnamens (?:de |het )?(?-i:[A-Z][\w'-]*)(?: [\w'-]+){0,3} in " + _BODY + r"\b|"
        r"\b(?:gemeenteraadslid|raadslid|Statenlid|Kamerlid|fractievoorzitter|wethouder|lijsttrekker) "
        r"(?:voor|van|namens) (?:de |het )?(?-i:[A-Z][\w'-]+)",
        "person",
    ),
)
