"""Confirm / Edit / Dismiss on a proposed deal update's card, and the Edit modal's submission. A bad value
in the Edit modal is sent back to the modal at once (Slack shows it under the field) and nothing is
decided. The mechanics every decision card shares are in :mod:`adapters.slack.card_buttons`."""

from __future__ import annotations

import logging
from typing import Any, Literal, cast

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck

from adapters.slack.card_buttons import CardButtons, place_of
from adapters.slack.cards import CardPlace
from adapters.slack.update_cards import (
    CONFIRM,
    DISMISS,
    EDIT,
    EDIT_VIEW,
    INPUT_BLOCKS,
    edited_values,
    update_card_blocks,
    update_card_text,
    update_edit_modal,
)
from bot.events import UpdateCard, UpdateDecisionResult

log = logging.getLogger("dealbot.slack")


class UpdateActions(CardButtons[UpdateCard]):
    kind, noun, decided = "update", "proposed update", frozenset({"confirmed", "dismissed"})

    def register(self, app: AsyncApp) -> None:
        if self._ports.decide_update is None or self._ports.update_card is None:
            return  # this dealbot has no update desk: the buttons are never drawn
        app.action(CONFIRM)(self.on_confirm)
        app.action(DISMISS)(self.on_dismiss)
        app.action(EDIT)(self.on_edit)
        app.view(EDIT_VIEW)(self.on_edit_submitted)

    async def on_confirm(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        self.decide_later(body, place_of(body, action), "confirm")

    async def on_dismiss(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        self.decide_later(body, place_of(body, action), "dismiss")

    async def on_edit(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        self.edit_later(body, place_of(body, action))

    async def on_edit_submitted(self, ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        """Checked at once (a bad date or amount goes back to the modal under its field), then confirmed."""
        values = edited_values(view)
        problem = self._ports.check_edits(values) if self._ports.check_edits is not None else None
        if problem is not None:
            field, message = problem
            await ack(response_action="errors", errors={INPUT_BLOCKS.get(field, "update_amount"): message})
            return
        await ack()
        place = CardPlace.from_metadata(str(view.get("private_metadata") or ""))
        if place is None:
            log.warning("update edit without a readable reference; nothing decided")
            return
        self.decide_later(body, place, "confirm", values)

    async def fetch(self, ref: str) -> UpdateCard | None:
        assert self._ports.update_card is not None  # registered only with an update desk
        return await self._ports.update_card(ref)

    def already_decided(self, card: UpdateCard) -> UpdateDecisionResult:
        return UpdateDecisionResult("already_decided", f"This update is already {card.status}.", card)

    def draw(self, card: UpdateCard) -> tuple[str, list[dict[str, Any]]]:
        return update_card_text(card), update_card_blocks(card)

    def editor(self, card: UpdateCard, place: CardPlace) -> dict[str, Any]:
        return update_edit_modal(card, place)

    async def submit(self, *, user: str, ref: str, action: str, change: Any, email: str | None) -> UpdateDecisionResult:
        assert self._ports.decide_update is not None
        verb = cast(Literal["confirm", "dismiss"], action)  # the handlers above pass no other
        return await self._ports.decide_update(
            user_ref=user, update_id=ref, action=verb, edits=change, user_email=email
        )
