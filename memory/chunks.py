"""What the vector memory stores: an interaction cut into overlapping pieces of text, each with what it is
about (account, deal, contacts, kind, time). Apart from ``memory.vector`` so that ingestion can cut and
name chunks without importing chromadb.

Chunk ids derive from the interaction's ``source_ref``, so writing the same interaction again changes
nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

CHUNK_WORDS = 180  # ~240 word pieces: inside the model's 256-token window
CHUNK_OVERLAP = 30


@dataclass(frozen=True)
class Chunk:
    """A piece of one interaction, with what it is about."""

    id: str
    text: str
    interaction_id: int
    kind: str
    occurred_at: datetime
    source_ref: str
    account_id: int | None = None
    deal_id: int | None = None
    contact_ids: tuple[int, ...] = ()

    def metadata(self) -> dict[str, Any]:
        meta: dict[str, Any] = {
            "interaction_id": self.interaction_id,
            "kind": self.kind,
            "ts": int(self.occurred_at.timestamp()),
            "source_ref": self.source_ref[:500],
        }
        if self.account_id is not None:
            meta["account_id"] = self.account_id
        if self.deal_id is not None:
            meta["deal_id"] = self.deal_id
        if self.contact_ids:
            meta["contact_ids"] = list(self.contact_ids)
        return meta


def chunk_id(source_ref: str, index: int) -> str:
    return hashlib.sha1(source_ref.encode()).hexdigest()[:24] + f":{index}"


def split_text(text: str, *, words: int = CHUNK_WORDS, overlap: int = CHUNK_OVERLAP) -> list[str]:
    """Pieces of at most ``words`` words, overlapping a little so no sentence is only cut in half."""
    tokens = text.split()
    if len(tokens) <= words:
        return [" ".join(tokens)] if tokens else []
    step = words - overlap
    return [" ".join(tokens[i : i + words]) for i in range(0, len(tokens) - overlap, step)]


def make_chunks(
    *, text: str, interaction_id: int, source_ref: str, kind: str, occurred_at: datetime,
    account_id: int | None, deal_id: int | None, contact_ids: Sequence[int] = (), header: str = "",
) -> list[Chunk]:  # fmt: skip
    """The chunks of one interaction; ``header`` (e.g. the subject) leads the first."""
    pieces = split_text(text) or ([header] if header else [])
    if header and pieces and pieces[0] != header:
        pieces[0] = f"{header}\n{pieces[0]}"
    return [
        Chunk(
            chunk_id(source_ref, i),
            piece,
            interaction_id,
            kind,
            occurred_at,
            source_ref,
            account_id,
            deal_id,
            tuple(sorted(set(contact_ids))),
        )  # fmt: skip
        for i, piece in enumerate(pieces)
    ]
