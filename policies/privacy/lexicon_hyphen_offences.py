"""Criminal-record cues for an offence written with hyphens before what it led to: "an old drunk-and-disorderly
conviction", "his hit-and-run charge", "a breach-of-the-peace caution". The spaced forms are in
:mod:`.lexicon_criminal`; these are the same offences, hyphenated as people write them when they use them as an
adjective.

Senses that must stay quiet: a hyphenated word that is no offence before "conviction" in the sense of a belief
("a deeply-held conviction", "his long-standing convictions")."""

from __future__ import annotations

import re

from policies.privacy.lexicon_criminal import _CRIME

# the offence with its inner spaces as hyphens; at least one hyphen, so the spaced forms stay where they are
_HYPHENATED = re.sub(r"(?<=[a-z]) (?=[a-z])", "-", _CRIME)

HYPHEN_OFFENCES = (
    (
        r"\b(?=[\w]+-)" + _HYPHENATED + r" (?:convictions?|charges?|arrests?|cautions?|records?|offen[cs]es?)\b",
        "person",
    ),
)
