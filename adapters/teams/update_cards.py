"""Proposed deal updates as Adaptive Cards 1.5: the change asked about, Confirm and Dismiss buttons, and an
Edit card (Action.ShowCard) with the stage, close date and amount as inputs, confirmed with its own button.

Buttons are ``Action.Execute`` (Universal Actions) with an ``Action.Submit`` fallback carrying the same
data; the inputs' values arrive merged into the data. A decided card has no buttons, so a stale card can
never be pressed again; a refused or invalid press answers with the card as it was and the reason on top."""

from __future__ import annotations

from typing import Any

from adapters.teams.cards import Card, adaptive_card, fact_set, text_block
from bot.events import UpdateCard, UpdateDecisionResult

MARKER = "dealbot.update"  # in every button's data, so a press is recognised as a deal-update decision
VERBS = {"confirm_update": "confirm", "edit_update": "confirm", "dismiss_update": "dismiss"}
INPUTS = {"stage": "update_stage", "expected_close": "update_close", "amount": "update_amount"}


def update_card(card: UpdateCard, *, notice: str | None = None) -> Card:
    """The card as it stands: live buttons while proposed, the decision afterwards."""
    body: list[dict[str, Any]] = []
    if notice:
        body.append(text_block(notice, color="Attention"))
    body += [
        text_block(
            "Deal update to confirm" if card.open_for_decision else _decided(card), weight="Bolder", size="Medium"
        ),
        text_block(card.headline, wrap=True),
        fact_set([("Deal", card.deal), ("Owner", card.owner), ("From", card.source)] + [(n.label, n.value)
                                                                                        for n in card.notes]),
        text_block(f"“{card.excerpt}”", isSubtle=True),
    ]  # fmt: skip
    if not card.open_for_decision:
        body += [fact_set([(a.label, a.value) for a in card.applied])] if card.applied else []
        return adaptive_card(body, summary=_decided(card))
    actions = [
        _button(card.id, "confirm_update", "Confirm", "positive"),
        {"type": "Action.ShowCard", "title": "Edit", "card": adaptive_card(_inputs(card), [
            _button(card.id, "edit_update", "Confirm these values", "positive")])},
        _button(card.id, "dismiss_update", "Dismiss", "default"),
    ]  # fmt: skip
    return adaptive_card(body, actions, summary=f"Deal update to confirm: {card.headline}")


def update_decision_card(result: UpdateDecisionResult) -> Card:
    """What a press answers with: the card as it is now, with what the press did on top."""
    if result.card is None:
        return adaptive_card([text_block(result.message)], summary=result.message)
    notice = None if result.outcome in ("confirmed", "dismissed") else result.message
    return update_card(result.card, notice=notice)


def _inputs(card: UpdateCard) -> list[dict[str, Any]]:
    elements: list[dict[str, Any]] = []
    for field in card.fields:
        input_id = INPUTS.get(field.field)
        if input_id is None:
            continue
        label = field.label.capitalize() + (f" (now {field.before})" if field.proposed and field.before else "")
        if field.choices:
            choices = [{"title": c, "value": c} for c in field.choices]
            elements.append({"type": "Input.ChoiceSet", "id": input_id, "label": label, "style": "compact",
                             "value": field.value, "choices": choices})  # fmt: skip
        elif field.field == "expected_close":
            elements.append({"type": "Input.Date", "id": input_id, "label": label, "value": field.value})
        else:
            elements.append({"type": "Input.Text", "id": input_id, "label": label, "value": field.value,
                             "placeholder": "e.g. 45000 or 45k"})  # fmt: skip
    elements.append(text_block("Empty a field to keep the deal's value.", isSubtle=True, size="Small"))
    return elements


def edits_from(data: dict[str, Any]) -> dict[str, str | None]:
    """The Edit card's inputs as they arrived in a press's data, by field name."""
    out: dict[str, str | None] = {}
    for field, input_id in INPUTS.items():
        if input_id in data:
            value = data[input_id]
            out[field] = str(value).strip() or None if value is not None else None
    return out


def _decided(card: UpdateCard) -> str:
    who = f" by {card.decided_by}" if card.decided_by else ""
    when = f" on {card.decided_at:%Y-%m-%d %H:%M} UTC" if card.decided_at else ""
    after = "" if card.status != "dismissed" else "; the deal is unchanged"
    return f"{card.status.capitalize()}{who}{when}{after}"


def _button(update_id: str, verb: str, title: str, style: str) -> dict[str, Any]:
    data = {"dealbot": MARKER, "update_id": update_id}
    submit = {"type": "Action.Submit", "title": title, "style": style, "data": {**data, "verb": verb}}
    return {"type": "Action.Execute", "title": title, "verb": verb, "style": style, "data": data, "fallback": submit}
