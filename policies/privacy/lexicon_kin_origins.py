"""Ethnicity cues for a family's origin told with a bare kin word, as people say it of their own parents: "Dad's
Nigerian, Igbo", "Mum is Jamaican", "Grandad was Moluccan". A relative of the speaker is identifiable through the
speaker, so what the relative's people are is special-category data (LABELS.md), as "my dad is Nigerian" is
(:mod:`.lexicon_identity`).

Senses that must stay quiet: a kin word that is a title or a name ("Dad's Army", "Mother's Day", "Mum's the word"),
a faith said the same way ("Mum's Catholic" is religion, told elsewhere), and a place the parent lives or works
("Dad's in Lagos this week"), and a make ("Mother is Italian-made")."""

from __future__ import annotations

from policies.privacy.lexicon_identity import _ORIGIN, _PEOPLES

_KIN = r"(?-i:Dad|Mum|Mom|Mam|Mama|Papa|Father|Mother|Grandad|Granddad|Grandpa|Grandma|Gran|Nan|Nana)"

KIN_ORIGINS = (
    (
        r"\b"
        + _KIN
        + r"(?:['’]s| is| was| were) (?:originally |half |half-|fully |from a )?(?:"
        + _ORIGIN
        + r"|(?-i:"
        + _PEOPLES
        + r"))\b(?![-‑])(?! (?:food|restaurant|company|firm|market|office|branch|subsidiary|team)\b)",
        "person",
    ),
)
