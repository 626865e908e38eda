"""Presses on a proposed deal update card (Action.Execute or Action.Submit) as neutral requests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from botbuilder.schema import Activity

from adapters.teams.translate import user_ref
from adapters.teams.update_cards import MARKER, VERBS, edits_from


@dataclass(frozen=True)
class UpdateDecisionRequest:
    """Someone pressed Confirm, Confirm-these-values (Edit) or Dismiss on a deal update card."""

    user_ref: str
    user_email: str | None
    update_id: str
    action: Literal["confirm", "dismiss"]
    edits: dict[str, str | None] | None = None


def is_update_press(data: Any) -> bool:
    return isinstance(data, dict) and data.get("dealbot") == MARKER


def execute_data(activity: Activity) -> tuple[dict[str, Any], Any]:
    """The data and verb of an ``adaptiveCard/action`` invoke."""
    value = activity.value if isinstance(activity.value, dict) else {}
    action = value.get("action")
    data = action.get("data") if isinstance(action, dict) else None
    verb = action.get("verb") if isinstance(action, dict) else None
    return (data if isinstance(data, dict) else {}), verb


def update_request(activity: Activity, data: dict[str, Any], verb: Any, *, user_email: str | None
                   ) -> UpdateDecisionRequest | None:  # fmt: skip
    """The request a press makes, or None when it is not a press on an update card."""
    update_id = data.get("update_id")
    if not is_update_press(data) or verb not in VERBS or not isinstance(update_id, str):
        return None
    action: Literal["confirm", "dismiss"] = "dismiss" if VERBS[verb] == "dismiss" else "confirm"
    edits = edits_from(data) if verb == "edit_update" else None
    return UpdateDecisionRequest(user_ref(activity), user_email, update_id, action, edits)
