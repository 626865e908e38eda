"""Health cues for what someone died of, told after the death ("her dad passed in October - it was ALS",
"he died of MND", "lost her mum to COPD last year"). LABELS.md counts relatives, so a parent's cause of death
is special-category data about the family it is told of. A bare abbreviation or a flu needs this death before
it: on its own "MS" is a product and "the flu" a season (:mod:`.lexicon_health` takes "has ALS").

Senses that must stay quiet: a deal or a machine that died ("the deal died of neglect", "the server died - it
was the MS Teams update"), and a death with no cause ("her grandmother passed away last week")."""

from __future__ import annotations

from policies.privacy.lexicon_health import ILLNESS

_DIED = (
    r"(?:died|dies|passed away|passed on|passed|lost (?:him|her|them|his \w+|her \w+|my \w+|their \w+)|"
    r"(?:his|her|my|their) (?:\w+ )?death)"
)
# how the cause is joined to the death: "of", "from", "to", or a later "- it was"
_OF = r"(?:of|from|to|(?:[-–—,:;] )?it was(?: from)?|was caused by|(?:the )?cause was)"
# the conditions known by their letters; a capital after them is a product ("MS Teams", "COPD Hub")
_ABBREVIATED = r"(?-i:ALS|MND|MS|COPD|CKD|CJD|SIDS)(?![\w-])(?! (?-i:[A-Z0-9]))"

DEATH_CAUSES = (
    (
        r"\b"
        + _DIED
        + r"\b(?: [^.!?\n]{0,40}?)? "
        + _OF
        + r" (?:complications of |complications from )?(?:"
        + _ABBREVIATED
        + r"|"
        + ILLNESS
        + r"\b)",
        "person",
    ),
)
