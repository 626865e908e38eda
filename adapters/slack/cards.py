"""Approval cards in Block Kit: who asked, recipient, subject, the draft, why; Approve / Edit / Reject.

Buttons carry only the proposal id; policies decide whether the person who clicks may decide. Once
decided, the same card is shown with who decided what and when, and no live buttons."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ConfirmObject,
    ContextBlock,
    HeaderBlock,
    InputBlock,
    MarkdownTextObject,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
)
from slack_sdk.models.blocks.blocks import Block as SlackBlock
from slack_sdk.models.views import View

from adapters.slack.text import FIELD_LIMIT, HEADER_LIMIT, SECTION_LIMIT, clip, escape, quote, slack_date
from bot.events import ProposalCard

APPROVE, EDIT, REJECT = "dealbot_approve", "dealbot_edit", "dealbot_reject"
EDIT_VIEW = "dealbot_edit_draft"  # the modal's callback id
BODY_BLOCK, BODY_INPUT = "draft_body", "body"

# status -> (emoji, what happened, what follows)
_STATES: dict[str, tuple[str, str, str]] = {
    "pending": (":hourglass_flowing_sand:", "Waiting for approval", ""),
    "approved": (":white_check_mark:", "Approved", " · waiting to be sent"),
    "sending": (":white_check_mark:", "Approved", " · sending"),
    "sent": (":white_check_mark:", "Approved", " · sent"),
    "failed": (":warning:", "Approved", " · sending failed"),
    "rejected": (":x:", "Rejected", " · nothing was sent"),
    "expired": (":hourglass:", "Expired", " · nobody decided in time; nothing was sent"),
    "blocked": (":no_entry:", "Blocked", " · nothing was sent"),
}


@dataclass(frozen=True)
class CardPlace:
    """Where a card lives, so an edit submitted in a modal can update it: a message, or the Home tab."""

    proposal_id: str
    channel: str | None = None
    message_ts: str | None = None

    def to_metadata(self) -> str:
        return json.dumps({"p": self.proposal_id, "c": self.channel, "t": self.message_ts})

    @classmethod
    def from_metadata(cls, text: str) -> CardPlace | None:
        try:
            data = json.loads(text)
            return cls(str(data["p"]), data.get("c"), data.get("t"))
        except (ValueError, TypeError, KeyError):
            return None


def card_text(card: ProposalCard) -> str:
    """The notification text of a card message."""
    return clip(f"Draft email to {card.recipient}: {card.subject} ({decision_line(card, mrkdwn=False)})", 3000)


def card_blocks(card: ProposalCard) -> list[dict[str, Any]]:
    """The approval card: buttons while it is pending, the decision (who, what, when) afterwards."""
    blocks: list[SlackBlock] = [
        HeaderBlock(text=PlainTextObject(text=clip(f"Draft email: {card.subject or '(no subject)'}", HEADER_LIMIT))),
        SectionBlock(fields=[_field("Asked by", card.requested_by), _field("To", card.recipient)]),
        SectionBlock(text=MarkdownTextObject(text=clip(quote(escape(card.body)), SECTION_LIMIT))),
        ContextBlock(elements=[MarkdownTextObject(text=clip(_why(card), SECTION_LIMIT))]),
    ]
    if card.open_for_decision:
        blocks.append(decision_buttons(card.id, block_id=f"decide:{card.id}"))
    else:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=decision_line(card))]))
    return [b.to_dict() for b in blocks]


def decision_line(card: ProposalCard, *, mrkdwn: bool = True) -> str:
    """E.g. ":white_check_mark: *Approved* by Darcel Schlecht at <date> · sent"."""
    emoji, what, after = _STATES.get(card.status, (":grey_question:", card.status, ""))
    who = f" by {escape(card.decided_by)}" if card.decided_by else ""
    when = ""
    if card.decided_at is not None:
        when = f" {slack_date(card.decided_at)}" if mrkdwn else f" at {card.decided_at:%Y-%m-%d %H:%M} UTC"
    if card.blocked_reason:
        after = f"{after}: {escape(card.blocked_reason)}"
    if not mrkdwn:
        return f"{what}{who}{when}{after}"
    return clip(f"{emoji} *{what}*{who}{when}{after}", SECTION_LIMIT)


def edit_modal(card: ProposalCard, place: CardPlace) -> dict[str, Any]:
    """The draft in an editable box; submitting records the edit and approves it."""
    about = SectionBlock(fields=[_field("To", card.recipient), _field("Subject", card.subject or "-")])
    if len(card.body) > SECTION_LIMIT:  # Slack's input holds 3,000 characters; never cut someone's draft silently
        note = (
            f"This draft is {len(card.body):,} characters, longer than Slack lets me put in an edit box. "
            f"Approve or reject it on the card, or edit it with `dealbot proposals approve {card.id} --body-file`."
        )
        blocks: list[SlackBlock] = [about, SectionBlock(text=MarkdownTextObject(text=escape(note)))]
        return View(type="modal", title="Edit draft", close="Close", blocks=blocks).to_dict()
    box = PlainTextInputElement(action_id=BODY_INPUT, multiline=True, initial_value=card.body, max_length=SECTION_LIMIT)
    blocks = [
        about,
        InputBlock(block_id=BODY_BLOCK, label="Email", element=box),
        ContextBlock(elements=[MarkdownTextObject(text="Submitting records your edit and approves the draft.")]),
    ]
    return View(
        type="modal",
        callback_id=EDIT_VIEW,
        title="Edit draft",
        submit="Approve",
        close="Cancel",
        private_metadata=place.to_metadata(),
        blocks=blocks,
    ).to_dict()


def _why(card: ProposalCard) -> str:
    expiry = f" · expires {slack_date(card.expires_at)}" if card.open_for_decision and card.expires_at else ""
    return f"*Why:* {escape(card.rationale or '-')}{expiry}"


def decision_buttons(proposal_id: str, *, block_id: str) -> ActionsBlock:
    """Approve / Edit / Reject for one proposal; the buttons carry only its id."""
    confirm = ConfirmObject(title="Reject this draft?", text="Nothing will be sent.", confirm="Reject", deny="Keep it")
    return ActionsBlock(
        block_id=block_id,
        elements=[
            ButtonElement(text="Approve", action_id=APPROVE, value=proposal_id, style="primary"),
            ButtonElement(text="Edit", action_id=EDIT, value=proposal_id),
            ButtonElement(text="Reject", action_id=REJECT, value=proposal_id, style="danger", confirm=confirm),
        ],
    )


def _field(label: str, value: str) -> MarkdownTextObject:
    return MarkdownTextObject(text=clip(f"*{label}*\n{escape(value or '-')}", FIELD_LIMIT))
