"""Ingestion's privacy step: an item's special-category details are redacted before it is stored in
SQL, embedded in vector memory or read by the extractor. The composition root applies it to every
item it hands to ``memory.ingest`` (memory cannot import policies)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from bot.ingest_events import InboundItem
from policies.privacy.redact import redact


def redact_item(item: InboundItem, *, allowed: Iterable[str] = ()) -> InboundItem:
    """``item`` with its text, subject and transcript turns redacted; unchanged when nothing is sensitive."""
    keep = tuple(allowed)
    text = redact(item.text, allowed=keep)
    subject = redact(item.subject, allowed=keep) if item.subject else None
    turns = [(u, redact(u.text, allowed=keep)) for u in item.utterances]
    if not (text.changed or (subject and subject.changed) or any(r.changed for _, r in turns)):
        return item
    return replace(
        item,
        text=text.text,
        subject=subject.text if subject else item.subject,
        utterances=tuple(replace(u, text=r.text) for u, r in turns),
        raw=None,  # the source payload still holds the original words
    )


def redact_items(items: Iterable[InboundItem], *, allowed: Iterable[str] = ()) -> Iterator[InboundItem]:
    """:func:`redact_item` over a stream of items."""
    keep = tuple(allowed)
    return (redact_item(item, allowed=keep) for item in items)
