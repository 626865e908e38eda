"""Confirm, edit or dismiss a deal update proposed from an email, transcript or note.

An internal write (no customer hears of it), so no approval card chain: but it is authorised (the
deal's owner, their manager, or an admin), happens exactly once (the update's status moves from
``proposed`` with a compare-and-swap on the stored JSON, in the same transaction as the deal change,
so double clicks, two people at once and retried deliveries apply it once), audited, and a stage
change goes through ``memory.stage_changes`` so webhook subscribers hear of it. Nothing is written
to the deal before a person confirms. The JSON shape is documented in ``memory.ingest.updates``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import Engine, update
from sqlmodel import Session, col

from bot.errors import DataError
from memory.db import session_scope
from memory.ingest.updates import FIELDS, KEY, LABELS, current_amount, read_extracted, swap_extracted
from memory.models import AuditEvent, Deal, Interaction, Role, Stage, User, utcnow
from memory.stage_changes import change_stage

Action = Literal["confirm", "dismiss"]
Outcome = Literal["confirmed", "dismissed", "not_allowed", "already_decided", "invalid", "not_found"]
MAX_AMOUNT = 1e12
_AMOUNT = re.compile(r"^\s*(?:[$€£]|usd|eur|gbp)?\s*(\d[\d,\s']*(?:\.\d+)?)\s*([km]?)\s*(?:usd|eur|gbp)?\s*$", re.I)
_SWAP_ATTEMPTS = 5  # another writer of the same JSON (the card deliverer) may win a race; then read again


@dataclass(frozen=True)
class UpdateDecision:
    """What a Confirm / Edit / Dismiss did; ``message`` is for the person who pressed."""

    outcome: Outcome
    message: str
    interaction_id: int
    applied: dict[str, dict[str, Any]] | None = None


def may_decide(session: Session, *, deal: Deal, user: User) -> bool:
    """The deal's owner, their manager, or an admin."""
    if user.role == Role.ADMIN or user.id == deal.owner_id:
        return True
    owner = session.get(User, deal.owner_id)
    return owner is not None and owner.manager_id is not None and owner.manager_id == user.id


def parse_edits(values: dict[str, str | None]) -> dict[str, Any]:
    """Typed edits from what a person typed: ``{"stage": "won", "expected_close": "2017-12-29", "amount": "45k"}``.

    A blank value means "leave this field as it is" (None in the result); a bad one raises
    :class:`DataError` naming the field and what is expected."""
    parsed: dict[str, Any] = {}
    for name, raw in values.items():
        if name not in FIELDS:
            raise DataError(f"unknown field {name!r}; editable fields are {', '.join(FIELDS)}")
        text = (raw or "").strip()
        parsed[name] = None if not text else _parse(name, text)
    return parsed


def _parse(name: str, text: str) -> Any:
    if name == "stage":
        for stage in Stage:
            if stage.value.lower() == text.lower():
                return stage.value
        raise DataError(f"stage {text!r} is not a stage; use one of {', '.join(s.value for s in Stage)}")
    if name == "expected_close":
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise DataError(f"close date {text!r} is not a date; write it as YYYY-MM-DD") from None
        if not 1990 <= day.year <= 2100:
            raise DataError(f"close date {text!r} is out of range (years 1990 to 2100)")
        return day.isoformat()
    found = _AMOUNT.match(text)
    if not found:
        raise DataError(f"amount {text!r} is not a number; write e.g. 45000 or 45k")
    number = float(re.sub(r"[,\s']", "", found.group(1))) * {"k": 1e3, "m": 1e6}.get(found.group(2).lower(), 1)
    if number > MAX_AMOUNT:
        raise DataError(f"amount {text!r} is implausibly large")
    return number


def decide_update(
    session: Session,
    *,
    interaction_id: int,
    actor: User,
    action: Action,
    edits: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> UpdateDecision:
    """Record one decision on the update proposed by ``interaction_id`` and, on confirm, apply it.

    ``edits`` (from :func:`parse_edits`) override the proposed values field by field; None for a field
    leaves it unchanged. The caller commits (or rolls back, on any error, leaving the update proposed)."""
    now = now or utcnow()
    for _ in range(_SWAP_ATTEMPTS):
        stored = read_extracted(session, interaction_id)  # the text the swap compares against: the one truth
        raw, extracted = stored if stored is not None else (None, {})
        proposal = extracted.get(KEY)
        row = session.get(Interaction, interaction_id) if raw is not None else None
        if raw is None or row is None or not isinstance(proposal, dict):
            return UpdateDecision("not_found", "I can't find that proposed update any more.", interaction_id)
        deal = session.get(Deal, proposal.get("deal_id") or row.deal_id)
        if deal is None:
            return UpdateDecision("not_found", "The deal of that update is gone.", interaction_id)
        if not may_decide(session, deal=deal, user=actor):
            _audit(session, actor, "deal_update.decision_refused", interaction_id, {"action": action})
            owner = session.get(User, deal.owner_id)
            who = owner.name if owner else "the deal's owner"
            return UpdateDecision(
                "not_allowed", f"Sorry, only {who}, their manager or an admin can decide on this update.",
                interaction_id,
            )  # fmt: skip
        if proposal.get("status", "proposed") != "proposed":
            return _already(proposal, interaction_id)
        wanted = _wanted(session, deal, proposal, edits) if action == "confirm" else {}
        verb: Outcome = "confirmed" if action == "confirm" else "dismissed"
        proposal.update(status=verb, decided_by=actor.id, decided_by_name=actor.name, decided_at=now.isoformat(),
                        edited=edits is not None)  # fmt: skip
        if not swap_extracted(session, interaction_id, raw, extracted):
            continue  # someone wrote this row meanwhile: look again (a decision there means "already decided")
        applied = _apply(session, deal, row, wanted, actor) if action == "confirm" else {}
        if action == "confirm":
            proposal["applied"] = _jsonable(applied)
            where = col(Interaction.id) == interaction_id
            session.execute(update(Interaction).where(where).values(extracted=extracted))
        session.expire(row)  # the session's copy predates both writes
        _audit(session, actor, f"deal_update.{verb}", interaction_id,
               {"deal": deal.external_id, "applied": _jsonable(applied), "edited": edits is not None,
                "proposed": proposal.get("changes", {})})  # fmt: skip
        if action == "confirm":
            return UpdateDecision(verb, _confirmed_message(actor, deal, applied), interaction_id, applied)
        return UpdateDecision(verb, f"{actor.name} dismissed this update; {deal.external_id} is unchanged.",
                              interaction_id)  # fmt: skip
    return UpdateDecision("already_decided", "This update is being changed by someone else; try again.",
                          interaction_id)  # fmt: skip


def _wanted(session: Session, deal: Deal, proposal: dict[str, Any], edits: dict[str, Any] | None) -> dict[str, Any]:
    """Field -> new value: the proposed ``to`` values, overridden by edits; values the deal already has drop out."""
    wanted = {name: change.get("to") for name, change in (proposal.get("changes") or {}).items() if name in FIELDS}
    for name, value in (edits or {}).items():
        if value is None:
            wanted.pop(name, None)
        else:
            wanted[name] = value
    current = _current(session, deal)
    return {k: v for k, v in wanted.items() if v is not None and v != current.get(k)}


def _current(session: Session, deal: Deal) -> dict[str, Any]:
    return {"stage": str(deal.stage), "amount": current_amount(session, deal),
            "expected_close": deal.expected_close.isoformat() if deal.expected_close else None}  # fmt: skip


def _apply(session: Session, deal: Deal, row: Interaction, wanted: dict[str, Any], actor: User) -> dict[str, Any]:
    """Write ``wanted`` to the deal: the stage through ``change_stage`` (history, audit, webhooks)."""
    before = _current(session, deal)
    if "amount" in wanted and float(wanted["amount"]) < 0:
        raise DataError("amount must not be negative")
    if "stage" in wanted:
        closing = Stage(wanted["stage"]) in (Stage.WON, Stage.LOST)
        on = date.fromisoformat(wanted["expected_close"]) if closing and "expected_close" in wanted else None
        change_stage(session, deal=deal, to_stage=wanted["stage"], source="ingest", actor=f"user:{actor.id}",
                     on=on or row.occurred_at.date(), close_value=wanted.get("amount"))  # fmt: skip
    if "expected_close" in wanted:
        deal.expected_close = date.fromisoformat(wanted["expected_close"])
    if "amount" in wanted:
        deal.close_value = float(wanted["amount"])
    deal.updated_at = utcnow()
    session.add(deal)
    session.flush()
    return {name: {"from": before.get(name), "to": value} for name, value in wanted.items()}


def _already(proposal: dict[str, Any], interaction_id: int) -> UpdateDecision:
    who = f" by {proposal['decided_by_name']}" if proposal.get("decided_by_name") else ""
    when = ""
    if proposal.get("decided_at"):
        when = f" at {datetime.fromisoformat(proposal['decided_at']):%Y-%m-%d %H:%M} UTC"
    return UpdateDecision("already_decided", f"This update was already {proposal.get('status')}{who}{when}.",
                          interaction_id)  # fmt: skip


def _confirmed_message(actor: User, deal: Deal, applied: dict[str, Any]) -> str:
    if not applied:
        return f"{actor.name} confirmed; {deal.external_id} needed no change."
    parts = [f"{LABELS[k]} {display(k, v['to'])}" for k, v in applied.items()]
    return f"{actor.name} confirmed: {deal.external_id} now has {', '.join(parts)}."


def display(name: str, value: Any) -> str:
    """A field's value as a person reads it: amounts with thousands separators, dates ISO."""
    if value is None or value == "":
        return "-"
    if name == "amount":
        number = float(value)
        return f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}"
    return str(value)


def _jsonable(applied: dict[str, Any]) -> dict[str, Any]:
    return dict(json.loads(json.dumps(applied, default=str)))


def _audit(session: Session, actor: User, action: str, interaction_id: int, details: dict[str, Any]) -> None:
    session.add(AuditEvent(actor=f"user:{actor.id}", action=action, subject_type="interaction",
                           subject_id=str(interaction_id), details={"actor_name": actor.name, **details}))  # fmt: skip


def decide_update_in_store(
    engine: Engine, *, interaction_id: int, actor_id: int, action: Action, edits: dict[str, Any] | None = None
) -> UpdateDecision:
    """:func:`decide_update` in its own transaction (a failure rolls everything back, the update stays proposed)."""
    with session_scope(engine) as session:
        actor = session.get(User, actor_id)
        if actor is None:
            return UpdateDecision("not_allowed", "Sorry, I don't know who you are.", interaction_id)
        return decide_update(session, interaction_id=interaction_id, actor=actor, action=action, edits=edits)
