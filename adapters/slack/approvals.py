"""Approve / Edit / Reject on a card (in a thread or on the Home tab), and the Edit modal's submission.

Every press is acknowledged first; the decision (policies, behind ``ports.decide``) runs in the
background. A decision updates the card in place; a refusal (not allowed, unknown person) is told to the
clicker alone and leaves the card as it was."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, Literal

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck

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
from adapters.slack.delivery import once
from adapters.slack.messenger import Messenger
from adapters.slack.ports import SlackPorts
from adapters.slack.users import UserDirectory
from adapters.slack.work import Background
from bot.events import DecisionResult

log = logging.getLogger("dealbot.slack")
REFUSED = {"not_allowed", "unknown_user"}
DECIDED = {"approved", "rejected"}


class Approvals:
    def __init__(
        self,
        ports: SlackPorts,
        messenger: Messenger,
        users: UserDirectory,
        work: Background,
        publish_home: Callable[[str], Awaitable[None]],
    ) -> None:
        self._ports = ports
        self._messenger = messenger
        self._users = users
        self._work = work
        self._publish_home = publish_home

    def register(self, app: AsyncApp) -> None:
        app.action(APPROVE)(self.on_approve)
        app.action(REJECT)(self.on_reject)
        app.action(EDIT)(self.on_edit)
        app.view(EDIT_VIEW)(self.on_edit_submitted)

    async def on_approve(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        self._decide_later(body, place_of(body, action), "approve")

    async def on_reject(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        self._decide_later(body, place_of(body, action), "reject")

    async def on_edit(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        user, place, trigger = str(body["user"]["id"]), place_of(body, action), body.get("trigger_id")
        work = self._open_editor(user, place, trigger)
        self._work.spawn(once(self._ports.seen_before, body, work), name=f"slack-edit-{place.proposal_id}")

    async def _open_editor(self, user: str, place: CardPlace, trigger: object) -> None:
        """The draft in a modal; not queued behind answers, since the trigger id is good for 3 seconds only."""
        card = await self._ports.card(place.proposal_id)
        if card is None:
            await self._tell(user, place, "I can't find that draft any more.")
        elif not card.open_for_decision:
            await self._show(
                DecisionResult("already_decided", f"This draft is already {card.status}.", card), place, user
            )
        elif isinstance(trigger, str):
            await self._messenger.open_view(trigger, edit_modal(card, place))

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
        self._decide_later(body, place, "approve", edited_body=text)

    def _decide_later(
        self,
        body: dict[str, Any],
        place: CardPlace,
        action: Literal["approve", "reject"],
        edited_body: str | None = None,
    ) -> None:
        user = str(body["user"]["id"])
        work = self._decide(user, place, action, edited_body)
        self._work.spawn(once(self._ports.seen_before, body, work), name=f"slack-{action}-{place.proposal_id}")

    async def _decide(
        self, user: str, place: CardPlace, action: Literal["approve", "reject"], edited_body: str | None
    ) -> None:
        email = await self._users.email(user)
        try:
            result = await self._ports.decide(
                user_ref=user, proposal_id=place.proposal_id, action=action, edited_body=edited_body, user_email=email
            )
        except Exception:  # the clicker must hear that nothing happened, not wait for a card that never changes
            log.exception("deciding on proposal %s failed", place.proposal_id)
            await self._tell(user, place, "Sorry, I couldn't record that just now; nothing changed. Please try again.")
            return
        await self._show(result, place, user)

    async def _show(self, result: DecisionResult, place: CardPlace, user: str) -> None:
        if result.outcome not in REFUSED:  # a refusal leaves the card exactly as it was
            if place.channel and place.message_ts and result.card is not None:
                await self._messenger.update(
                    place.channel, place.message_ts, text=card_text(result.card), blocks=card_blocks(result.card)
                )
            elif place.channel is None:
                await self._publish_home(user)
        if result.outcome not in DECIDED:
            await self._tell(user, place, result.message)

    async def _tell(self, user: str, place: CardPlace, text: str) -> None:
        await tell_clicker(self._messenger, user, place, text)


async def tell_clicker(messenger: Messenger, user: str, place: CardPlace, text: str) -> None:
    """Only the clicker sees it: ephemeral in the channel, or (from the Home tab) in their DM with the app."""
    if place.channel:
        await messenger.ephemeral(place.channel, user, text)
    else:
        await messenger.post(user, text=text)


def place_of(body: dict[str, Any], action: dict[str, Any]) -> CardPlace:
    """Which proposal (the button's value) and where its card is: a message, or the Home tab (a view)."""
    container = body.get("container") or {}
    if container.get("type") == "message":
        channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
        return CardPlace(str(action.get("value") or ""), channel, container.get("message_ts"))
    return CardPlace(str(action.get("value") or ""))
