"""Proposed deal updates as neutral cards (bot.events.UpdateCard) for any chat platform to render."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from bot.events import Fact, FieldChange, UpdateCard
from memory.ingest.updates import FIELDS, LABELS, current_amount, update_of
from memory.models import Account, Deal, Interaction, Stage, User
from policies.deal_updates import display

EXCERPT_CHARS = 280
_KINDS = {"email": "an email", "call": "a call", "meeting": "a meeting", "note": "a note", "voice_note": "a voice note"}


def update_card_for(session: Session, *, interaction_id: int) -> UpdateCard | None:
    """The card for the update proposed by one interaction, as it stands in the store now; None if none."""
    row = session.get(Interaction, interaction_id)
    proposal = update_of(row) if row is not None else None
    if row is None or proposal is None:
        return None
    deal = session.get(Deal, proposal.get("deal_id") or row.deal_id)
    if deal is None:
        return None
    account = session.get(Account, deal.account_id) if deal.account_id is not None else None
    owner = session.get(User, deal.owner_id)
    status = str(proposal.get("status") or "proposed")
    applied = proposal.get("applied") or {}
    return UpdateCard(
        id=str(interaction_id),
        status=status,
        account=account.name if account else "(no account)",
        deal=deal.external_id,
        owner=owner.name if owner else "-",
        source=_source(session, row),
        excerpt=_excerpt(row),
        fields=_fields(session, deal, proposal.get("changes") or {}),
        notes=_notes(proposal.get("notes") or {}),
        decided_by=proposal.get("decided_by_name"),
        decided_at=datetime.fromisoformat(proposal["decided_at"]) if proposal.get("decided_at") else None,
        applied=tuple(Fact(LABELS.get(k, k), _arrow(k, v)) for k, v in applied.items() if isinstance(v, dict)),
    )


def _fields(session: Session, deal: Deal, changes: dict[str, Any]) -> tuple[FieldChange, ...]:
    """Every editable field: the proposed ones with their ``from``/``to``, the others at their current value."""
    current = {
        "stage": str(deal.stage),
        "expected_close": deal.expected_close.isoformat() if deal.expected_close else None,
        "amount": current_amount(session, deal),
    }
    out = []
    for name in FIELDS:
        choices = tuple(s.value for s in Stage) if name == "stage" else ()
        change = changes.get(name)
        if isinstance(change, dict) and change.get("to") is not None:
            before = change.get("from")
            out.append(FieldChange(name, LABELS[name], display(name, before) if before is not None else None,
                                   display(name, change["to"]), _raw(change["to"]), True, choices))  # fmt: skip
        else:
            value = current[name]
            shown = display(name, value) if value is not None else "-"
            out.append(FieldChange(name, LABELS[name], shown, shown, _raw(value), False, choices))
    return tuple(out)


def _arrow(name: str, change: dict[str, Any]) -> str:
    """ "Engaging → Won", or "→ 2017-12-29" when there was no value before."""
    before = change.get("from")
    return f"{display(name, before) + ' ' if before is not None else ''}→ {display(name, change.get('to'))}"


def _raw(value: Any) -> str:
    """The value as an edit box holds it: numbers without separators or a trailing .0."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.0f}" if value.is_integer() else f"{value:.2f}"
    return str(value)


def _notes(notes: dict[str, Any]) -> tuple[Fact, ...]:
    facts = []
    if notes.get("competitors"):
        facts.append(Fact("competitors", ", ".join(str(c) for c in notes["competitors"])))
    contacts = [c for c in notes.get("contacts") or [] if isinstance(c, dict) and c.get("name")]
    if contacts:
        shown = [f"{c['name']} ({c['role']})" if c.get("role") else str(c["name"]) for c in contacts]
        facts.append(Fact("contacts", ", ".join(shown)))
    if notes.get("next_step"):
        facts.append(Fact("next step", str(notes["next_step"])))
    return tuple(facts)


def _source(session: Session, row: Interaction) -> str:
    kind = _KINDS.get(str(row.kind), str(row.kind))
    author = session.get(User, row.logged_by_id) if row.logged_by_id else None
    who = f" by {author.name}" if author else ""
    if not who and row.subject:
        who = f" “{row.subject[:80]}”"
    return f"{kind}{who} on {row.occurred_at:%Y-%m-%d}"


def _excerpt(row: Interaction) -> str:
    text = " ".join(row.raw_text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"
