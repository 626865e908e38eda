"""Proposed deal updates: what an interaction says that differs from the deal. Only ever proposed here;
the rep confirms, edits or dismisses it (``policies.deal_updates``), nothing in this module writes to a deal.

The state lives in ``Interaction.extracted["proposed_update"]`` (JSON; other tools read it, so keep the
shape)::

    {
      "deal_id": 42, "deal": "1C1I7A6R",                      # the linked deal (id and opportunity id)
      "changes": {"stage": {"from": "Engaging", "to": "Won"},  # only the fields that differ; "to" values
                  "expected_close": {"from": null, "to": "2017-12-29"},  # are Stage names, ISO dates,
                  "amount": {"from": 550.0, "to": 45000.0}},   # and numbers
      "notes": {"competitors": [...], "contacts": [...], "next_step": "..."},  # shown, never written
      "status": "proposed" | "confirmed" | "dismissed",
      # once decided (exactly one decision wins):
      "decided_by": 7, "decided_by_name": "Darcel Schlecht", "decided_at": "2017-12-20T10:00:00+00:00",
      "edited": false,                                          # true when the rep changed values first
      "applied": {"stage": {"from": "Engaging", "to": "Won"}},  # what a confirmation wrote to the deal
      # delivery of the card to the deal owner's chat (worker), at most once:
      "delivery": {"status": "delivered" | "unreachable" | "failed" | "reply", "platform": "slack",
                   "at": "...", "attempts": 1, "error": null}
    }
"""

from __future__ import annotations

import json
from typing import Any, Literal

from sqlalchemy import Text, cast, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from memory.extract import DealUpdate
from memory.models import Deal, Interaction, Product

KEY = "proposed_update"
UpdateStatus = Literal["proposed", "confirmed", "dismissed"]
STATUSES: tuple[str, ...] = ("proposed", "confirmed", "dismissed")
FIELDS = ("stage", "expected_close", "amount")  # the deal fields an update may change, in card order
LABELS = {"stage": "stage", "expected_close": "close date", "amount": "amount"}


def proposed_changes(session: Session, deal_id: int | None, update: DealUpdate) -> dict[str, Any] | None:
    """``{"deal_id": .., "changes": {field: {"from": old, "to": new}}, "notes": {...}}``, or None when the
    text states nothing new about a linked deal."""
    if deal_id is None or update.empty:
        return None
    deal = session.get(Deal, deal_id)
    if deal is None:
        return None
    changes: dict[str, dict[str, Any]] = {}
    if update.stage and update.stage != deal.stage:
        changes["stage"] = {"from": str(deal.stage), "to": update.stage}
    if update.close_date and update.close_date != deal.expected_close:
        old = deal.expected_close.isoformat() if deal.expected_close else None
        changes["expected_close"] = {"from": old, "to": update.close_date.isoformat()}
    if update.amount is not None:
        current = current_amount(session, deal)
        if current is None or abs(float(current) - update.amount) >= 0.5:
            changes["amount"] = {"from": current, "to": update.amount}
    notes = {k: v for k, v in (("competitors", update.competitors), ("contacts", update.contacts),
                                ("next_step", update.next_step)) if v}  # fmt: skip
    if not changes and not notes:
        return None
    return {"deal_id": deal_id, "deal": deal.external_id, "changes": changes, "notes": notes, "status": "proposed"}


def current_amount(session: Session, deal: Deal) -> float | None:
    """The deal's amount as the store knows it: its close value, else its product's list price."""
    if deal.close_value is not None:
        return float(deal.close_value)
    product = session.get(Product, deal.product_id)
    return float(product.list_price) if product else None


def update_of(row: Interaction) -> dict[str, Any] | None:
    """The proposed-update JSON of ``row``, or None when it has none."""
    found = (row.extracted or {}).get(KEY)
    return found if isinstance(found, dict) else None


def status_of(row: Interaction) -> str | None:
    found = update_of(row)
    return str(found.get("status") or "proposed") if found is not None else None


def read_extracted(session: Session, interaction_id: int) -> tuple[str, dict[str, Any]] | None:
    """The interaction's ``extracted`` JSON as stored (text) and parsed; the text is what
    :func:`swap_extracted` compares against. None when there is no such interaction."""
    raw = session.execute(
        sa_select(cast(Interaction.extracted, Text)).where(col(Interaction.id) == interaction_id)
    ).scalar_one_or_none()
    if raw is None:
        return None
    parsed = json.loads(raw) if raw else {}
    return raw, parsed if isinstance(parsed, dict) else {}


def swap_extracted(session: Session, interaction_id: int, raw: str, new: dict[str, Any]) -> bool:
    """Replace the JSON only if it is still exactly ``raw`` (a compare-and-swap: a concurrent writer makes
    this return False and change nothing), with the update's status column in the same statement. Works
    alike on SQLite and PostgreSQL's ``json``."""
    result = session.execute(
        update(Interaction)
        .where(col(Interaction.id) == interaction_id, cast(Interaction.extracted, Text) == raw)
        .values(extracted=new, update_status=indexed_status(new))
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def indexed_status(extracted: dict[str, Any] | None) -> str | None:
    """What ``Interaction.update_status`` holds for this ``extracted``: its update's status, None without one."""
    update = (extracted or {}).get(KEY)
    return str(update.get("status") or "proposed") if isinstance(update, dict) else None


def list_updates(
    session: Session, *, status: str | None = "proposed", owner_ids: list[int] | None = None, limit: int = 50
) -> list[Interaction]:
    """Interactions with a proposed deal update (in ``status``, any when None), on deals owned by
    ``owner_ids`` (anyone's when None), newest first. Reads the indexed status column, not the JSON."""
    query = select(Interaction).where(col(Interaction.deal_id).is_not(None))
    if status is None:
        query = query.where(col(Interaction.update_status).is_not(None))
    else:
        query = query.where(col(Interaction.update_status) == status)
    if owner_ids is not None:
        query = query.join(Deal, col(Deal.id) == col(Interaction.deal_id)).where(col(Deal.owner_id).in_(owner_ids))
    query = query.order_by(col(Interaction.occurred_at).desc(), col(Interaction.id).desc()).limit(limit)
    return list(session.exec(query))


def pending_updates(session: Session, *, limit: int = 50) -> list[Interaction]:
    """Interactions whose proposed deal update still waits for the rep, newest first."""
    return list_updates(session, status="proposed", limit=limit)
