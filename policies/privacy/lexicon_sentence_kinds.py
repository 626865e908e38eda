"""Criminal-record cues for a sentence named by its kind rather than its length: "serving an intermittent
sentence", "doing a weekend sentence", "finished his conditional sentence", and an offence named as the
Canadian and American courts do ("for the impaired driving thing", "an impaired-driving charge").

Senses that must stay quiet: a sentence of writing ("finished her sentence", "a long sentence in the contract")
and impaired driving as a product's or a campaign's subject ("impaired-driving detection", "a campaign against
impaired driving"): so the sentence must be served under a kind only a court gives, and the offence must be
someone's (a charge, a conviction, or "for the ... thing")."""

from __future__ import annotations

_KIND = (
    r"(?:intermittent|weekend|suspended|custodial|conditional|deferred|community|prison|jail|probationary|"
    r"house[- ]arrest|concurrent|consecutive|non-custodial)"
)
_SERVE = (
    r"(?:serving|serves|served|serve|doing|did|done|finishing|finished|completing|completed|starting|started|"
    r"begins?|began|got|gets|received|given|handed)"
)
_IMPAIRED = r"(?:impaired|drugged|drug-impaired|alcohol-impaired)[- ]driving"

SENTENCE_KINDS = (
    (r"\b" + _SERVE + r" (?:a|an|his|her|my|their) (?:\w+[- ]){0,2}?" + _KIND + r" sentence\b", "person"),
    (
        r"\b(?:for|over|after) (?:the|an?|his|her|my) " + _IMPAIRED + r"(?: (?:thing|charge|conviction|arrest|"
        r"offen[cs]e|case))?\b|\b" + _IMPAIRED + r" (?:charges?|convictions?|arrests?|offen[cs]es?)\b",
        "person",
    ),
)
