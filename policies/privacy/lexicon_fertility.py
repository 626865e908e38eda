"""Health cues for fertility treatment a named person is going through, told by its steps: "in the middle of an
egg-freezing cycle", "she's freezing her eggs", "her embryo transfer is on Tuesday", "they start IUI next week".
(IVF by name is in :mod:`.lexicon_health`.)

Senses that must stay quiet: the treatment as a line of business or a benefit ("egg-freezing clinics", "our plan
covers egg freezing benefits"), and eggs frozen as food."""

from __future__ import annotations

FERTILITY = (
    (
        r"\b(?:egg[- ]freezing|(?:freez(?:e|es|ing)|froze|frozen) (?:her|my|their|some of her|some of my) eggs|"
        r"egg retrieval|embryo transfer|ovarian stimulation|(?-i:IUI)|intrauterine insemination)\b"
        r"(?! (?:clinics?|market|startups?|sector|industry|benefits?|polic(?:y|ies)|coverage|apps?|business|companies|"
        r"providers?|costs? (?:in|across))\b)",
        "person",
    ),
)
