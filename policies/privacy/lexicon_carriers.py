"""Genetic cues for a variant a person carries, said with the gene before the person: "the cystic fibrosis
mutation she carries", "the BRCA2 variant that Omar carries".

Senses that must stay quiet: what a population or a product carries ("the mutation most carriers never
notice", "the gene panel carries 120 variants") and a vehicle's load ("the van he carries the samples in")."""

from __future__ import annotations

CARRIERS = (
    (
        # the carrier is looked ahead to, outside the cue, so that a name there counts as the person
        r"\b(?:mutation|gene|variant|allele|deletion)s? (?:that |which )?(?=(?:she|he|they|I|(?-i:[A-Z][a-z]+)) "
        r"(?:carr(?:y|ies|ied)|has inherited|inherited)\b)",
        "person",
    ),
)
