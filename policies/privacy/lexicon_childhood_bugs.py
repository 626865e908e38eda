"""Health cues for the common illnesses of young children, caught by a named person's child or by the person:
"Mateus's little one has hand, foot and mouth", "Ana's son is off with slapped cheek", "her daughter picked up
roseola". A relative's illness told of a named person is health data about that family.

Senses that must stay quiet: the illness named with no one having it (a leaflet, a product's protection range:
"gloves for hand, foot and mouth protection"), and a literal slapped cheek."""

from __future__ import annotations

_ILLNESS = (
    r"(?:hand,? foot,? (?:and|&) mouth(?: disease)?|hand-foot-and-mouth(?: disease)?|slapped[- ]cheek(?: syndrome|"
    r" disease)?|roseola|fifth disease|scarlatina|hand foot mouth)"
)

CHILDHOOD_BUGS = (
    (
        r"\b(?:has|had|have|got|gets|caught|catches|with|down with|off with|picked up|brought home|sick with|ill with)"
        r" (?:a (?:bad |nasty |mild )?(?:case|bout|dose) of |the )?" + _ILLNESS + r"\b",
        "person",
    ),
)
