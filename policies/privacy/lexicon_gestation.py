"""Health cues for a pregnancy told by how far along it is (LABELS.md: health includes pregnancy): "she's 30
weeks along", "Mia is about 20 weeks gone". (Trimesters are in :mod:`.lexicon_conditions`.)

Senses that must stay quiet: a project's progress ("we're 12 weeks along in the rollout", "the build is six
weeks along with the vendor")."""

from __future__ import annotations

_WEEKS = r"(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)"

GESTATION = (
    (
        # a woman, by pronoun or name, so many weeks along, and not "along in/with" a piece of work
        r"\b(?:she|(?-i:[A-Z][a-z]+))(?:'s|’s| is| was) (?:about |nearly |almost |now |only |already |just )?"
        + _WEEKS
        + r" weeks (?:along|gone)\b(?! (?:in|with|on|into|through|the)\b)",
        "person",
    ),
)
