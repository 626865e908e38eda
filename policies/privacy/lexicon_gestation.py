"""Health cues for a pregnancy told by how far along it is (LABELS.md: health includes pregnancy): "she's 30
weeks along", "Mia is about 20 weeks gone", and in Spanish or Portuguese "está de 30 semanas", "está com sete
meses". (Trimesters are in :mod:`.lexicon_conditions`.)

Senses that must stay quiet: a project's progress ("we're 12 weeks along in the rollout", "the build is six
weeks along with the vendor"), and weeks that are a delay or a holiday ("el pedido está de 3 semanas de
retraso", "está com 3 semanas de férias")."""

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
    (
        # Spanish and Portuguese say a pregnancy by "being of" so many weeks or months; what follows with
        # "de"/"en"/"sin" makes them a delay, a holiday or a backlog instead, unless it is the pregnancy's own
        # ("de gestación"); a baby "is of" its months too ("o bebê está com 3 meses")
        r"(?<!beb[êée] )(?<!nen[êe] )\b(?:est[áa]|estaba|estava|ya est[áa]|j[áa] est[áa]) (?:de|com) "
        r"(?:unas? |umas? |casi |quase )?(?:\d{1,2}|[^\W\d_]+) (?:semanas|meses)\b(?! (?!de (?:embarazo|gravidez|"
        r"gesta[çc][ãa]o|gestaci[óo]n)\b)(?:de|en|em|sin|sem|con|fuera|fora)\b)",
        "person",
    ),
)
