"""Health cues for a bout named by its clinical kind: "migraine aura again", "a migraine attack", "her cluster
headache attacks", "vestibular migraine episode". A plain "migraine" needs a verb to be someone's
(:mod:`.lexicon_health`); the aura or the attack is a body's in any sentence with a person in it.

Senses that must stay quiet: the bout as a market or a product ("migraine-attack relief products", "the
migraine aura simulator app", "migraine attack patients")."""

from __future__ import annotations

_NOT_A_MARKET = (
    r"(?![- ](?:relief|patients|simulators?|apps?|trackers?|products?|medications?|drugs?|market|research|"
    r"trials?|clinics?|studies|study)\b)"
)

BOUT_KINDS = (
    (
        r"\b(?:(?:vestibular|ocular|retinal|hemiplegic|menstrual|cluster headache|cluster|tension headache) )?"
        r"(?:migraines?|headache) (?:auras?|attacks?|episodes?)\b" + _NOT_A_MARKET,
        "person",
    ),
)
