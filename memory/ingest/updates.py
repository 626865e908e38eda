"""Proposed deal updates: what an interaction says that differs from the deal. Only ever proposed;
the rep confirms or edits it (``dealbot ingest`` lists them), nothing here writes to a deal."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from memory.extract import DealUpdate
from memory.models import Deal, Interaction, Product


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
        current = deal.close_value
        if current is None:
            product = session.get(Product, deal.product_id)
            current = product.list_price if product else None
        if current is None or abs(float(current) - update.amount) >= 0.5:
            changes["amount"] = {"from": current, "to": update.amount}
    notes = {k: v for k, v in (("competitors", update.competitors), ("contacts", update.contacts),
                                ("next_step", update.next_step)) if v}  # fmt: skip
    if not changes and not notes:
        return None
    return {"deal_id": deal_id, "deal": deal.external_id, "changes": changes, "notes": notes, "status": "proposed"}


def pending_updates(session: Session, *, limit: int = 50) -> list[Interaction]:
    """Interactions whose proposed deal update still waits for the rep, newest first."""
    rows = session.exec(select(Interaction).order_by(col(Interaction.occurred_at).desc()).limit(limit * 20))
    return [r for r in rows if (r.extracted or {}).get("proposed_update", {}).get("status") == "proposed"][:limit]
