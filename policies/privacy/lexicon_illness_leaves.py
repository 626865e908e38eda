"""Health cues for leave named after the illness that causes it: "Derek is on stress leave", "she went on
burnout leave", "back from convalescent leave", "on stress-related leave". :mod:`.lexicon_health` has sick and
medical leave; these name a mental or physical cause instead.

Senses that must stay quiet: the leave as a policy or a form's type ("our stress leave policy", "add a
'burnout leave' absence type"), counted over staff ("how many are on stress leave" is a group's): so it must be
someone's, on it or taking it."""

from __future__ import annotations

_CAUSE = (
    r"(?:stress|stress-related|burn-?out|psychiatric|convalescent|convalescence|recuperation|recuperative|"
    r"post-?op(?:erative)?|surgical|disability|injury|sickness|mental-health)"
)

ILLNESS_LEAVES = (
    (
        r"\b(?:on|taking|take|takes|took|taken|went on|gone on|going on|started|starts|begins?|back from|"
        r"returned from|returning from|returns from|signed off on|put on) (?:(?:a|an|his|her|my|some|extended|"
        r"long-term|short-term|indefinite|paid|unpaid|another|more|further|a period of|a spell of) ){0,2}"
        + _CAUSE
        + r"[- ]leave\b",
        "person",
    ),
)
