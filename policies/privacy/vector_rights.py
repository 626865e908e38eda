"""Data-subject rights in vector memory: the chunks of a person's interactions (and of any interaction
that mentioned them) exported, deleted, or re-written from their scrubbed text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from memory.ingest.pipeline import chunks_of
from memory.models import Interaction
from memory.vector import VectorMemory


class VectorMemoryRights:
    """:class:`policies.privacy.rights.PersonalDataStore` for the Chroma collection."""

    name = "vector_memory"

    def __init__(self, vectors: VectorMemory) -> None:
        self._vectors = vectors

    def export_person(self, *, contact_id: int | None, interaction_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Every chunk that involves the contact or comes from these interactions."""
        clauses: list[dict[str, Any]] = []
        if contact_id is not None:
            clauses.append({"contact_ids": {"$contains": int(contact_id)}})
        if interaction_ids:
            clauses.append({"interaction_id": {"$in": [int(i) for i in interaction_ids]}})
        if not clauses:
            return []
        where = clauses[0] if len(clauses) == 1 else {"$or": clauses}
        found = self._vectors.collection.get(where=where, include=["documents", "metadatas"])
        return [
            {"id": cid, "text": doc, "metadata": meta}
            for cid, doc, meta in zip(found["ids"], found["documents"] or [], found["metadatas"] or [], strict=True)
        ]

    def erase_person(
        self, *, contact_id: int | None, deleted_ids: Sequence[int], rewritten: Sequence[Interaction]
    ) -> int:
        """Delete the contact's chunks and those of deleted or scrubbed interactions; re-embed the scrubbed."""
        removed = self._vectors.delete_contact(contact_id) if contact_id is not None else 0
        removed += self._vectors.delete_interactions([*deleted_ids, *(r.id for r in rewritten if r.id is not None)])
        self._vectors.upsert([c for row in rewritten for c in chunks_of(row)])
        return removed
