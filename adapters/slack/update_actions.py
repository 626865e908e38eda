"""Confirm / Edit / Dismiss on a proposed deal update card, and the Edit modal's submission.

Like the approval buttons: every press is acknowledged first and decided in the background (by policies,
behind ``ports.decide_update``), at most once per delivery; a decision updates the card in place; a
refusal or a problem is told to the clicker alone. A bad value in the Edit modal is sent back to the modal
at once (Slack shows it under the field) and nothing is decided."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, Literal

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck

from adapters.slack.approvals import place_of, tell_clicker
from adapters.slack.cards import CardPlace
from adapters.slack.delivery import once
from adapters.slack.messenger import Messenger
from adapters.slack.ports import SlackPorts
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
from adapters.slack.users import UserDirectory
from adapters.slack.work import Background
from bot.events import UpdateDecisionResult

log = logging.getLogger("dealbot.slack")
DECIDED = {"confirmed", "dismissed"}
REFUSED = {"not_allowed", "unknown_user"}


class UpdateActions:
    def __init__(
        self, ports: SlackPorts, messenger: Messenger, users: UserDirectory, work: Background,
        publish_home: Callable[[str], Awaitable[None]],
    ) -> None:  # fmt: skip
        self._ports = ports
        self._messenger = messenger
        self._users = users
        self._work = work
        self._publish_home = publish_home  # a card on the Home tab is redrawn with the whole tab

    def register(self, app: AsyncApp) -> None:
        if self._ports.decide_update is None or self._ports.update_card is None:
            return  # this dealbot has no update desk: the buttons are never drawn
        app.action(CONFIRM)(self.on_confirm)
        app.action(DISMISS)(self.on_dismiss)
        app.action(EDIT)(self.on_edit)
        app.view(EDIT_VIEW)(self.on_edit_submitted)

    async def on_confirm(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        self._decide_later(body, place_of(body, action), "confirm", None)

    async def on_dismiss(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        self._decide_later(body, place_of(body, action), "dismiss", None)

    async def on_edit(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        user, place, trigger = str(body["user"]["id"]), place_of(body, action), body.get("trigger_id")
        work = self._open_editor(user, place, trigger)
        self._work.spawn(once(self._ports.seen_before, body, work), name=f"slack-update-edit-{place.proposal_id}")

    async def _open_editor(self, user: str, place: CardPlace, trigger: object) -> None:
        assert self._ports.update_card is not None
        card = await self._ports.update_card(place.proposal_id)
        if card is None:
            await self._tell(user, place, "I can't find that proposed update any more.")
        elif not card.open_for_decision:
            await self._show(UpdateDecisionResult("already_decided", f"This update is already {card.status}.", card),
                             place, user)  # fmt: skip
        elif isinstance(trigger, str):
            await self._messenger.open_view(trigger, update_edit_modal(card, place))

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
        self._decide_later(body, place, "confirm", values)

    def _decide_later(
        self, body: dict[str, Any], place: CardPlace, action: Literal["confirm", "dismiss"],
        edits: dict[str, str | None] | None,
    ) -> None:  # fmt: skip
        work = self._decide(str(body["user"]["id"]), place, action, edits)
        self._work.spawn(once(self._ports.seen_before, body, work), name=f"slack-update-{action}-{place.proposal_id}")

    async def _decide(
        self, user: str, place: CardPlace, action: Literal["confirm", "dismiss"], edits: dict[str, str | None] | None
    ) -> None:
        assert self._ports.decide_update is not None
        email = await self._users.email(user)
        try:
            result = await self._ports.decide_update(
                user_ref=user, update_id=place.proposal_id, action=action, edits=edits, user_email=email
            )
        except Exception:  # the clicker must hear that nothing happened
            log.exception("deciding on update %s failed", place.proposal_id)
            await self._tell(user, place, "Sorry, I couldn't record that just now; nothing changed. Please try again.")
            return
        await self._show(result, place, user)

    async def _show(self, result: UpdateDecisionResult, place: CardPlace, user: str) -> None:
        if result.outcome not in REFUSED:  # a refusal leaves the card exactly as it was
            if result.card is not None and place.channel and place.message_ts:
                await self._messenger.update(place.channel, place.message_ts, text=update_card_text(result.card),
                                             blocks=update_card_blocks(result.card))  # fmt: skip
            elif place.channel is None:
                await self._publish_home(user)
        if result.outcome not in DECIDED:
            await self._tell(user, place, result.message)

    async def _tell(self, user: str, place: CardPlace, text: str) -> None:
        await tell_clicker(self._messenger, user, place, text)
