"""Notes logged in chat: "log: just met Cancity, they want 20 seats at 45k, decision by end of month".

Slack, Teams and the console all reach this through the pipeline, so they behave the same: the note is
ingested like any other (author = the person who wrote it, linked to the account it names or else to
one of their deals), and the answer says what was understood, with the proposed deal update as a card
to confirm. A voice message without a transcript cannot be logged (no speech recognition here); the
person is told to paste the transcript.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlmodel import Session

from bot.events import IncomingMessage, Reply
from bot.ingest_events import InboundItem, Party
from memory.ingest import Ingestor, Outcome
from memory.models import Account, Deal, Interaction, User, utcnow
from policies.deal_updates import display
from policies.privacy.ingest import redact_item
from policies.update_cards import update_card_for

if TYPE_CHECKING:
    from memory.vector import VectorMemory

_PREFIX = re.compile(r"^\s*(?:log(?:\s+(?:a\s+)?note)?|note)\s*[:\-–]\s*", re.IGNORECASE)
NO_TRANSCRIPT = (
    "I can't listen to audio, so I can't log a voice message by itself. Paste its transcript after `log:` "
    "(e.g. `log: <what you said>`) and I'll log it as a voice note."
)
EMPTY = 'What should I log? Write it after `log:`, e.g. "log: just met Cancity, they want 20 seats at 45k".'


def note_text(text: str) -> str | None:
    """The note in a chat message that starts with ``log:`` (or ``note:``); None for any other message."""
    found = _PREFIX.match(text or "")
    return text[found.end() :].strip() if found else None


class NoteLogger:
    """Ingests chat notes; the vector memory (optional) is opened on first use."""

    def __init__(self, engine: Engine, vectors: Callable[[], VectorMemory] | None = None) -> None:
        self._engine = engine
        self._vectors = vectors

    def log(self, *, user_id: int, note: str, message: IncomingMessage) -> Reply:
        """Store ``note`` as written by ``user_id`` and answer with what was understood."""
        audio = [a for a in message.attachments if a.startswith(("audio/", "video/"))]
        if not note:
            return Reply(text=NO_TRANSCRIPT if audio else EMPTY, kind="error")
        with Session(self._engine) as session:
            user = session.get(User, user_id)
            if user is None:
                return Reply(text="I don't know you any more; ask an admin to link your account.", kind="error")
            author = Party(name=user.name, email=user.email)
        item = InboundItem(
            source_ref=_source_ref(message, user_id, note), kind="voice_note" if audio else "note", text=note,
            occurred_at=_when(message.today), author=author,
            source=f"chat:{message.platform}:{message.conversation_id}",
        )  # fmt: skip
        vectors = self._vectors() if self._vectors is not None else None
        (outcome,) = Ingestor(self._engine, vectors).ingest([redact_item(item)])
        return self._reply(outcome)

    def _name(self, user_id: int) -> str | None:
        with Session(self._engine) as session:
            user = session.get(User, user_id)
            return user.name if user else None

    def _reply(self, outcome: Outcome) -> Reply:
        if outcome.status == "failed":
            return Reply(text=f"I couldn't log that note: {outcome.reason}. Nothing was stored.", kind="error")
        if outcome.status == "suppressed":
            return Reply(text="I didn't keep that note: it names someone who asked to be erased.", kind="error")
        if outcome.interaction_id is None:
            return Reply(text="I already logged that note.")
        with Session(self._engine) as session:
            row = session.get(Interaction, outcome.interaction_id)
            assert row is not None
            where = _where(session, row)
            card = update_card_for(session, interaction_id=outcome.interaction_id) if outcome.proposed else None
            understood = _understood((row.extracted or {}).get("update") or {})
        again = outcome.status == "duplicate"
        first = f"{'I already logged that note' if again else 'Logged your note'}{where}."
        if row.account_id is None and row.deal_id is None:
            first += (" I couldn't tell which account it is about, so it is kept unlinked; start a note with the "
                      'account\'s name ("log: Cancity ...") to link it.')  # fmt: skip
        read = f"I read: {understood}." if understood else "I found no deal facts in it (amount, date, stage)."
        lines = [first, read]
        if card is not None and card.open_for_decision:
            mine = row.logged_by_id is not None and card.owner == self._name(row.logged_by_id)
            lines.append("Confirm the deal update below, edit it, or dismiss it; nothing changes until you do."
                         if mine else f"It is {card.owner}'s deal: they (or their manager) confirm the update below; "
                         "nothing changes until then.")  # fmt: skip
        data: dict[str, Any] = {"interaction_id": row.id, "status": outcome.status}
        return Reply(text="\n\n".join(lines), update_cards=(card,) if card else (), data=data)


def _understood(update: dict[str, Any]) -> str:
    parts = []
    if update.get("stage"):
        parts.append(f"stage {update['stage']}")
    if update.get("amount") is not None:
        parts.append(f"amount {display('amount', update['amount'])}")
    if update.get("close_date"):
        parts.append(f"close date {update['close_date']}")
    if update.get("competitors"):
        parts.append("competitors " + ", ".join(update["competitors"]))
    contacts = [str(c["name"]) for c in update.get("contacts") or [] if isinstance(c, dict) and c.get("name")]
    if contacts:
        parts.append("contacts " + ", ".join(contacts))
    if update.get("next_step"):
        parts.append(f"next step “{update['next_step']}”")
    return "; ".join(parts)


def _where(session: Session, row: Interaction) -> str:
    account = session.get(Account, row.account_id) if row.account_id is not None else None
    deal = session.get(Deal, row.deal_id) if row.deal_id is not None else None
    if account and deal:
        return f" on {account.name} (deal {deal.external_id})"
    if deal:
        return f" on deal {deal.external_id}"
    return f" on {account.name} (no open deal there)" if account else ""


def _source_ref(message: IncomingMessage, user_id: int, note: str) -> str:
    """The platform's message id makes a redelivered message a duplicate; without one, the words and the day."""
    if message.event_id:
        return f"chat:{message.platform}:{message.event_id}"[:500]
    day = (message.today or utcnow().date()).isoformat()
    digest = hashlib.sha256(f"{user_id}\n{day}\n{' '.join(note.split())}".encode()).hexdigest()[:40]
    return f"chat:{message.platform}:sha256:{digest}"


def _when(today: date | None) -> datetime:
    """Now; on a day fixed for the demo ("today" is in 2017), that day at the current time of day."""
    now = utcnow()
    return now if today is None else datetime.combine(today, time(now.hour, now.minute, now.second), tzinfo=UTC)
