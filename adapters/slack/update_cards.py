"""Proposed deal updates in Block Kit: "Cancity — stage Engaging → Won? amount → 45,000?" with Confirm / Edit /
Dismiss, and the Edit modal (stage menu, date picker, amount box). Buttons carry only the update's id;
policies decide whether the person who clicks may decide. A decided card shows who did what, and no buttons."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ContextBlock,
    DatePickerElement,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.blocks.blocks import Block as SlackBlock
from slack_sdk.models.views import View

from adapters.slack.cards import CardPlace
from adapters.slack.text import FIELD_LIMIT, SECTION_LIMIT, clip, escape, slack_date
from bot.events import UpdateCard

CONFIRM, EDIT, DISMISS = "dealbot_update_confirm", "dealbot_update_edit", "dealbot_update_dismiss"
EDIT_VIEW = "dealbot_edit_update"  # the modal's callback id
INPUT_BLOCKS = {"stage": "update_stage", "expected_close": "update_close", "amount": "update_amount"}
INPUT_ID = "value"
_DONE = {"confirmed": ":white_check_mark: *Confirmed*", "dismissed": ":heavy_minus_sign: *Dismissed*"}


def update_card_text(card: UpdateCard) -> str:
    """The notification text of a card message."""
    return clip(f"Deal update to confirm: {card.headline}" if card.open_for_decision else card.headline, 3000)


def update_card_blocks(card: UpdateCard) -> list[dict[str, Any]]:
    """The card: what the interaction says should change, where it came from, Confirm / Edit / Dismiss."""
    return [b.to_dict() for b in update_card_block_list(card)]


def update_card_block_list(card: UpdateCard) -> list[SlackBlock]:
    """:func:`update_card_blocks` as Block Kit objects, for views that assemble blocks (the Home tab)."""
    about = f"{escape(card.deal)} · owner {escape(card.owner)} · from {escape(card.source)}"
    blocks: list[SlackBlock] = [
        SectionBlock(text=MarkdownTextObject(text=clip(f"*{escape(card.headline)}*", SECTION_LIMIT))),
        ContextBlock(elements=[MarkdownTextObject(text=clip(f"{about}: “{escape(card.excerpt)}”", SECTION_LIMIT))]),
    ]
    if card.notes:
        fields = [MarkdownTextObject(text=clip(f"*{escape(n.label)}*\n{escape(n.value)}", FIELD_LIMIT))
                  for n in card.notes[:10]]  # fmt: skip
        blocks.append(SectionBlock(fields=fields))
    if card.open_for_decision:
        blocks.append(update_buttons(card.id))
    else:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=clip(decided_line(card), SECTION_LIMIT))]))
    return blocks


def decided_line(card: UpdateCard) -> str:
    """E.g. ":white_check_mark: *Confirmed* by Darcel Schlecht <date> · stage Engaging -> Won"."""
    what = _DONE.get(card.status, f"*{escape(card.status.capitalize())}*")
    who = f" by {escape(card.decided_by)}" if card.decided_by else ""
    when = f" {slack_date(card.decided_at)}" if card.decided_at else ""
    applied = "; ".join(f"{a.label} {a.value}" for a in card.applied)
    after = f" · {escape(applied)}" if applied else (" · the deal is unchanged" if card.status == "dismissed" else "")
    return f"{what}{who}{when}{after}"


def update_buttons(update_id: str) -> ActionsBlock:
    return ActionsBlock(
        block_id=f"update:{update_id}",
        elements=[
            ButtonElement(text="Confirm", action_id=CONFIRM, value=update_id, style="primary"),
            ButtonElement(text="Edit", action_id=EDIT, value=update_id),
            ButtonElement(text="Dismiss", action_id=DISMISS, value=update_id),
        ],
    )


def update_edit_modal(card: UpdateCard, place: CardPlace) -> dict[str, Any]:
    """Stage, close date and amount, filled with the proposed (or current) values; submitting confirms them."""
    blocks: list[SlackBlock] = [SectionBlock(text=MarkdownTextObject(text=clip(escape(card.headline), SECTION_LIMIT)))]
    for field in card.fields:
        block_id = INPUT_BLOCKS.get(field.field)
        if block_id is None:
            continue
        label = field.label.capitalize() + (f" (now {field.before})" if field.proposed and field.before else "")
        element: Any
        if field.choices:
            options = [Option(value=c, text=c) for c in field.choices]
            initial = next((o for o in options if o.value == field.value), None)
            element = StaticSelectElement(action_id=INPUT_ID, options=options, initial_option=initial)
        elif field.field == "expected_close":
            element = DatePickerElement(action_id=INPUT_ID, initial_date=field.value or None)
        else:
            element = PlainTextInputElement(action_id=INPUT_ID, initial_value=field.value or None,
                                            placeholder="e.g. 45000 or 45k")  # fmt: skip
        blocks.append(InputBlock(block_id=block_id, label=clip(label, 150), element=element, optional=True))
    hint = "Submitting writes these values to the deal. Leave a field empty to keep the deal's value."
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=hint)]))
    return View(type="modal", callback_id=EDIT_VIEW, title="Edit deal update", submit="Confirm", close="Cancel",
                private_metadata=place.to_metadata(), blocks=blocks).to_dict()  # fmt: skip


def edited_values(view: dict[str, Any]) -> dict[str, str | None]:
    """What the Edit modal holds, by field name (None for an emptied field)."""
    state = (view.get("state") or {}).get("values") or {}
    out: dict[str, str | None] = {}
    for field, block_id in INPUT_BLOCKS.items():
        entry = (state.get(block_id) or {}).get(INPUT_ID)
        if not isinstance(entry, dict):
            continue
        value = entry.get("value") or entry.get("selected_date") or (entry.get("selected_option") or {}).get("value")
        out[field] = str(value) if value else None
    return out
