"""Data-subject rights: export everything held about a person (GDPR Art. 15/20, CCPA access) and erase it
(Art. 17, CCPA deletion).

A person is found by email address: their contact row, the interactions and proposals tied to it, and
every text that mentions their email or full name (interactions, audit details, chat turns). Erasure
deletes what is theirs, scrubs mentions elsewhere, puts the address on the suppression list (as a hash)
so imports and ingestion never bring them back, and leaves an audit tombstone without personal data.
Other stores (vector memory) join through :class:`PersonalDataStore`.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from sqlalchemy import String, cast, delete, func, or_
from sqlmodel import Session, col, select

from bot.errors import DataError
from memory.models import Account, AuditEvent, Contact, ConversationTurn, Interaction, Proposal, utcnow
from memory.normalise import parse_email
from memory.suppression import is_suppressed, suppress

ERASED = "[erased]"


class PersonalDataStore(Protocol):
    """Another store that holds personal data (vector memory), keyed by contact and interaction."""

    name: str

    def export_person(self, *, contact_id: int | None, interaction_ids: Sequence[int]) -> list[dict[str, Any]]:
        """What it holds about the contact or from these interactions."""
        ...

    def erase_person(
        self, *, contact_id: int | None, deleted_ids: Sequence[int], rewritten: Sequence[Interaction]
    ) -> int:
        """Forget the contact and the deleted interactions; replace the scrubbed ones. Returns items removed."""
        ...


@dataclass(frozen=True)
class Subject:
    """The person a request is about, and the strings that identify them in free text."""

    email: str
    contact: Contact | None

    @property
    def needles(self) -> list[str]:
        names = [self.contact.name] if self.contact is not None and len(self.contact.name.split()) > 1 else []
        return [self.email, *names]


@dataclass
class ErasureReport:
    contact_deleted: int = 0
    interactions_deleted: int = 0
    interactions_scrubbed: int = 0
    proposals_deleted: int = 0
    audit_events_scrubbed: int = 0
    turns_scrubbed: int = 0
    memory_deleted: int = 0
    erasure_id: str = ""

    def summary(self) -> str:
        parts = [f"{v} {k.replace('_', ' ')}" for k, v in asdict(self).items() if k != "erasure_id" and v]
        return ", ".join(parts) if parts else "nothing was held"


def find_subject(session: Session, *, email: str) -> Subject:
    """The person behind ``email`` (raises DataError for something that is not an address)."""
    try:
        address = parse_email(email)
    except ValueError:
        raise DataError(f"{email!r} is not an email address") from None
    contact = session.exec(select(Contact).where(func.lower(Contact.email) == address)).first()
    return Subject(address, contact)


def _mentions(column: Any, subject: Subject) -> Any:
    text = func.lower(cast(column, String))
    return or_(*(text.contains(n.lower()) for n in subject.needles))


def _interactions(session: Session, subject: Subject) -> tuple[list[Interaction], list[Interaction]]:
    """(the person's own interactions, others that mention them)."""
    cid = subject.contact.id if subject.contact else None
    own = list(session.exec(select(Interaction).where(Interaction.contact_id == cid))) if cid else []
    mention = or_(_mentions(Interaction.raw_text, subject), _mentions(Interaction.subject, subject),
                  _mentions(Interaction.extracted, subject))  # fmt: skip
    others = [i for i in session.exec(select(Interaction).where(mention)) if i.id not in {o.id for o in own}]
    return own, others


def _proposals(session: Session, subject: Subject) -> list[Proposal]:
    cid = subject.contact.id if subject.contact else None
    query = select(Proposal).where(
        or_(func.lower(Proposal.recipient) == subject.email, col(Proposal.contact_id) == cid)
    )
    return list(session.exec(query))


def _audit_events(session: Session, subject: Subject, proposal_ids: Sequence[str]) -> list[AuditEvent]:
    about = or_(
        _mentions(AuditEvent.details, subject),
        (col(AuditEvent.subject_type) == "proposal") & col(AuditEvent.subject_id).in_(list(proposal_ids)),
    )
    if subject.contact is not None:
        about = or_(about, (col(AuditEvent.subject_type) == "contact") &
                    (col(AuditEvent.subject_id) == str(subject.contact.id)))  # fmt: skip
    return list(session.exec(select(AuditEvent).where(about)))


def _turns(session: Session, subject: Subject) -> list[ConversationTurn]:
    return list(session.exec(select(ConversationTurn).where(_mentions(ConversationTurn.text, subject))))


def export_person(session: Session, *, email: str, stores: Sequence[PersonalDataStore] = ()) -> dict[str, Any]:
    """Everything held about the person, as JSON-ready data."""
    subject = find_subject(session, email=email)
    contact = subject.contact
    account = session.get(Account, contact.account_id) if contact and contact.account_id else None
    own, others = _interactions(session, subject)
    proposals = _proposals(session, subject)
    ids = [i.id for i in [*own, *others] if i.id is not None]
    return {
        "subject": {
            "email": subject.email,
            "exported_at": utcnow().isoformat(),
            "suppressed": is_suppressed(session, email=subject.email),
        },  # fmt: skip
        "contact": _row(contact) if contact else None,
        "account": account.name if account else None,
        "interactions": [_row(i) for i in own],
        "interactions_mentioning": [_row(i) for i in others],
        "proposals": [_row(p) for p in proposals],
        "audit_events": [_row(a) for a in _audit_events(session, subject, [p.id for p in proposals])],
        "conversation_turns": [_row(t) for t in _turns(session, subject)],
        "memory": {
            s.name: s.export_person(contact_id=contact.id if contact else None, interaction_ids=ids) for s in stores
        },  # fmt: skip
    }


def _row(obj: Any) -> dict[str, Any]:
    """A table row as JSON-ready data (dates as ISO text), column by column."""
    values = {c.name: getattr(obj, c.name) for c in obj.__table__.columns}
    return dict(json.loads(json.dumps(values, default=lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v))))


def erase_person(
    session: Session, *, email: str, actor: str, stores: Sequence[PersonalDataStore] = ()
) -> ErasureReport:
    """Remove the person from the store, scrub mentions, suppress re-import, and leave a tombstone."""
    subject = find_subject(session, email=email)
    report = ErasureReport(erasure_id=uuid.uuid4().hex)
    own, others = _interactions(session, subject)
    proposals = _proposals(session, subject)
    for event in _audit_events(session, subject, [p.id for p in proposals]):
        event.details = {"erased": True, "erasure_id": report.erasure_id}
        session.add(event)
        report.audit_events_scrubbed += 1
    for interaction in others:
        interaction.raw_text = _scrub(interaction.raw_text, subject)
        interaction.subject = _scrub(interaction.subject, subject) if interaction.subject else interaction.subject
        interaction.extracted = json.loads(_scrub(json.dumps(interaction.extracted), subject))
        session.add(interaction)
        report.interactions_scrubbed += 1
    for turn in _turns(session, subject):
        turn.text = _scrub(turn.text, subject)
        session.add(turn)
        report.turns_scrubbed += 1
    report.interactions_deleted = _delete(session, Interaction, [i.id for i in own])
    report.proposals_deleted = _delete(session, Proposal, [p.id for p in proposals])
    if subject.contact is not None:
        session.delete(subject.contact)
        report.contact_deleted = 1
    contact_id = subject.contact.id if subject.contact else None
    deleted_ids = [i.id for i in own if i.id is not None]
    session.flush()
    report.memory_deleted = sum(
        s.erase_person(contact_id=contact_id, deleted_ids=deleted_ids, rewritten=others) for s in stores
    )
    suppress(session, email=subject.email)
    counts = {k: v for k, v in asdict(report).items() if k != "erasure_id"}
    session.add(AuditEvent(actor=actor, action="privacy.erased", subject_type="data_subject",
                           subject_id=report.erasure_id, details={**counts, "suppressed": True}))  # fmt: skip
    session.flush()
    return report


def _delete(session: Session, table: Any, ids: Sequence[Any]) -> int:
    if not ids:
        return 0
    session.execute(delete(table).where(col(table.id).in_(list(ids))))
    return len(ids)


def _scrub(text: str, subject: Subject) -> str:
    for needle in subject.needles:
        text = re.sub(re.escape(needle), ERASED, text, flags=re.IGNORECASE)
    return text
