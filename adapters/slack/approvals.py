"""Approve / Edit / Reject on a draft email's card (in a thread or on the Home tab), and the Edit modal's
submission. The mechanics every decision card shares are in :mod:`adapters.slack.card_buttons`."""

from __future__ import annotations

import logging
from typing import Any, Literal, cast

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck

from adapters.slack.card_buttons import CardButtons, place_of
from adapters.slack.cards import (
    APPROVE,
    BODY_BLOCK,
    BODY_INPUT,
    EDIT,
    EDIT_VIEW,
    REJECT,
    CardPlace,
    card_blocks,
    card_text,
    edit_modal,
)
from bot.events import DecisionResult, ProposalCard

log = logging.getLogger("dealbot.slack")


class Approvals(CardButtons[ProposalCard]):
    kind, noun, decided = "approval", "draft", frozenset({"approved", "rejected"})

    def register(self, app: AsyncApp) -> None:
        app.action(APPROVE)(self.on_approve)
        app.action(REJECT)(self.on_reject)
        app.action(EDIT)(self.on_edit)
        app.view(EDIT_VIEW)(self.on_edit_submitted)

    async def on_approve(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        self.decide_later(body, place_of(body, action), "approve")

    async def on_reject(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        self.decide_later(body, place_of(body, action), "reject")

    async def on_edit(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        self.edit_later(body, place_of(body, action))

    async def on_edit_submitted(self, ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        """The edited draft: recorded and approved; an empty one is sent back to the modal with a reason."""
        values = (view.get("state") or {}).get("values") or {}
        text = str(((values.get(BODY_BLOCK) or {}).get(BODY_INPUT) or {}).get("value") or "")
        if not text.strip():
            await ack(response_action="errors", errors={BODY_BLOCK: "The email can't be empty."})
            return
        await ack()
        place = CardPlace.from_metadata(str(view.get("private_metadata") or ""))
        if place is None:
            log.warning("Edit submission without a readable proposal reference; nothing decided")
            return
        self.decide_later(body, place, "approve", text)

    async def fetch(self, ref: str) -> ProposalCard | None:
        return await self._ports.card(ref)

    def already_decided(self, card: ProposalCard) -> DecisionResult:
        return DecisionResult("already_decided", f"This draft is already {card.status}.", card)

    def draw(self, card: ProposalCard) -> tuple[str, list[dict[str, Any]]]:
        return card_text(card), card_blocks(card)

    def editor(self, card: ProposalCard, place: CardPlace) -> dict[str, Any]:
        return edit_modal(card, place)

    async def submit(self, *, user: str, ref: str, action: str, change: Any, email: str | None) -> DecisionResult:
        verb = cast(Literal["approve", "reject"], action)  # the handlers above pass no other
        return await self._ports.decide(
            user_ref=user, proposal_id=ref, action=verb, edited_body=change, user_email=email
        )
