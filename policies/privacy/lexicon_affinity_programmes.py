"""Ethnicity cues for a person's place in a programme, network or scheme open to Black or other racialised
staff: "Chiamaka got a place on the Black Leaders mentoring programme", "he joined the Black Professionals
Network", "selected for the BAME talent scheme". Eligibility tells the person's racial origin.

Senses that must stay quiet: the programme with no one's place in it ("the Black Leaders programme is hiring
mentors", "Isdom sponsors the Black Founders fund"), "Black Friday", and someone who speaks at or sponsors it."""

from __future__ import annotations

_GROUP = (
    r"(?:(?-i:Black)(?: (?-i:British|African|Caribbean|Asian|and Minority Ethnic|& Minority Ethnic))?|"
    r"(?-i:BAME|BME|POC|BIPOC|Latinx|Latina|Latino|Hispanic|Asian|Indigenous|Aboriginal|Māori|Maori|Pasifika))"
)
_WHAT = (
    r"(?:(?-i:[A-Z])\w+ ){0,2}(?:\w+ )?(?:programm?e|network|scheme|fellowship|cohort|ERG|employee resource group|"
    r"staff network|mentoring|accelerator|leadership course|talent pool)s?"
)

AFFINITY_PROGRAMMES = (
    (
        r"\b(?:got|won|has|have|had|landed|secured|offered|given|took up) (?:a |her |his |their )?(?:place|spot|seat)"
        r" (?:on|in|at|onto) (?:the |an? |(?-i:[A-Z])\w+(?:'s|’s) )?" + _GROUP + r" " + _WHAT + r"\b"
        r"|\b(?:joined|joins|joining|selected for|accepted (?:on|onto|into|to)|enrolled (?:in|on)|a member of|part of|"
        r"chosen for|admitted to|nominated for) (?:the |an? |(?-i:[A-Z])\w+(?:'s|’s) )?"
        + _GROUP
        + r" "
        + _WHAT
        + r"\b",
        "person",
    ),
)
