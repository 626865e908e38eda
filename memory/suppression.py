"""The suppression list: email addresses (as hashes) that must never be imported or ingested again."""

from __future__ import annotations

import hashlib

from sqlmodel import Session, select

from memory.models import SuppressedContact


def email_hash(email: str) -> str:
    """The SHA-256 hex digest of the trimmed, lower-cased address: how the list stores it."""
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


def suppress(session: Session, *, email: str, reason: str = "erasure") -> SuppressedContact:
    """Put ``email`` on the list (idempotent)."""
    key = email_hash(email)
    row = session.get(SuppressedContact, key)
    if row is None:
        row = SuppressedContact(email_sha256=key, reason=reason)
        session.add(row)
        session.flush()
    return row


def is_suppressed(session: Session, *, email: str) -> bool:
    """Whether ``email`` was erased on request and must not come back."""
    return session.get(SuppressedContact, email_hash(email)) is not None


def suppressed_hashes(session: Session) -> set[str]:
    """Every hash on the list, for loaders that check many rows."""
    return set(session.exec(select(SuppressedContact.email_sha256)))
