"""Neutral types for what arrives to be remembered: emails, transcripts, notes.

Readers in ``adapters/`` (``.eml``/``.mbox``, WebVTT/SRT/text transcripts) turn outside formats into
:class:`InboundItem`; ``memory.ingest`` normalises, links and stores them. Like ``bot.events`` this
module depends on nothing else of ours, so both sides can import it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

ItemKind = Literal["email", "call", "meeting", "note", "voice_note"]


@dataclass(frozen=True)
class Party:
    """Someone on an email or in a transcript: a display name, an address, or both."""

    name: str | None = None
    email: str | None = None  # lower-cased

    @property
    def label(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.name or self.email or "(unknown)"


@dataclass(frozen=True)
class Attachment:
    """An attachment as listed on the message; its content is never kept."""

    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class Utterance:
    """One turn of a transcript: who spoke (when known), when (seconds from the start), what."""

    speaker: str | None
    text: str
    start: float | None = None
    end: float | None = None


@dataclass(frozen=True)
class InboundItem:
    """One interaction read from a file or a request, cleaned but not yet linked to the CRM.

    ``source_ref`` is the idempotency key (the Message-ID, or a digest of the content when there is
    none): the same item read twice is stored once. ``text`` is what was said, with quoted replies,
    signatures and markup removed; ``signature`` keeps the stripped signature block for linking."""

    source_ref: str
    kind: ItemKind
    text: str
    occurred_at: datetime | None = None  # aware; None when the source does not say
    subject: str | None = None
    sender: Party | None = None
    recipients: tuple[Party, ...] = ()
    thread_ref: str | None = None  # Message-ID of the thread's first message
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    utterances: tuple[Utterance, ...] = ()
    signature: str | None = None
    source: str | None = None  # file path (and position in an archive), for reports
    warnings: tuple[str, ...] = ()
    raw: dict[str, Any] | None = None
    author: Party | None = None  # who logged a note or voice note (one of our people), when known
    account_hint: str | None = None  # the account the sender says it is about (HTTP ``account``)
    deal_hint: str | None = None  # the opportunity id the sender says it is about (HTTP ``deal``)

    @property
    def participants(self) -> tuple[Party, ...]:
        """Sender first, then recipients, then transcript speakers not already named."""
        seen: list[Party] = [p for p in (self.sender, *self.recipients) if p is not None]
        names = {p.name for p in seen if p.name}
        for u in self.utterances:
            if u.speaker and u.speaker not in names:
                names.add(u.speaker)
                seen.append(Party(name=u.speaker))
        return tuple(seen)


@dataclass(frozen=True)
class ReadProblem:
    """A file, or one message inside an archive, that could not be read; the batch goes on."""

    source: str
    reason: str


@dataclass
class ReadResult:
    """What one file gave: the items read and the problems met (a half-readable file has both)."""

    source: str
    items: list[InboundItem] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
