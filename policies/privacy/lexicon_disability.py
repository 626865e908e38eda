"""Health cues for a disability told by the aid a person uses or what they lost (LABELS.md: health includes
disability): "uses a wheelchair", "her hearing aids", "lost a leg", "is registered blind", "has a learning
difficulty". Split from :mod:`.lexicon_health`, whose cues are illnesses, injuries and treatments.

Senses that must stay quiet: an aid with no user ("the wheelchair ramp", "a hearing aid retailer" have no
"uses"/"his" before them) and "blind" or "deaf" as a compound's first half ("blind-spot", "deaf-proof")."""

from __future__ import annotations

# aids that tell of a disability ("has had a prosthetic leg since his army days", "her wheelchair")
_AID = (
    r"(?:wheelchair|walking stick|hearing aids?|guide dog|mobility scooter|cochlear implant|prosthetic \w+|"
    r"prosthesis|artificial (?:leg|arm|limb|eye)|insulin pump|colostomy bag|stoma)"
)

DISABILITY = (
    (
        r"\b(?:uses|used|using|in|needs|relies on|wears|wearing|has|had|have|got|with) "
        r"(?:had |used |worn |been using )?an? "
        + _AID
        + r"\b|\b(?:his|her|my) "
        + _AID
        + r"\b|\bamputees?\b|\bamputat(?:ed|ion)\b|\blost (?:a|an|his|"
        r"her|my|both) (?:legs?|arms?|feet|foot|hands?|eyes?|kidney|lung)\b|\b(?:is|being|registered|"
        r"legally|partially) (?:blind|deaf|sighted|disabled)\b(?!-)|\b(?:a|his|her|my|has a|with a) (?:disability|"
        r"impairment|learning difficulty)\b",
        "person",
    ),
)
