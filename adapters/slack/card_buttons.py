"""What every card with decision buttons does on Slack, whatever it decides (a draft email's Approve /
Edit / Reject, a proposed deal update's Confirm / Edit / Dismiss).

Every press is acknowledged first and decided in the background (by policies, behind the ports), at most
once per delivery. A decision redraws the card in place (on the Home tab, the whole tab); a refusal (not
allowed, unknown person) leaves the card as it was; anything but a decision is told to the clicker alone,
and so is a failure, so nobody waits for a card that never changes."""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from typing import Any, Generic, Protocol, TypeVar

from adapters.slack.cards import CardPlace
from adapters.slack.delivery import once
from adapters.slack.messenger import Messenger
from adapters.slack.ports import SlackPorts
from adapters.slack.users import UserDirectory
from adapters.slack.work import Background

log = logging.getLogger("dealbot.slack")
REFUSED = frozenset({"not_allowed", "unknown_user"})


class Card(Protocol):
    @property
    def status(self) -> str: ...

    @property
    def open_for_decision(self) -> bool: ...


CardT = TypeVar("CardT", bound=Card)
CardT_co = TypeVar("CardT_co", bound=Card, covariant=True)


class Decision(Protocol[CardT_co]):
    @property
    def outcome(self) -> str: ...

    @property
    def message(self) -> str: ...

    @property
    def card(self) -> CardT_co | None: ...


class CardButtons(ABC, Generic[CardT]):
    """The shared mechanics; a kind of card says how to fetch, draw, edit and decide it."""

    kind: str  # names the background tasks ("approval", "update")
    noun: str  # what the clicker is told is gone or decided ("draft", "update")
    decided: frozenset[str]  # outcomes that are decisions: the redrawn card says it all

    def __init__(
        self, ports: SlackPorts, messenger: Messenger, users: UserDirectory, work: Background,
        publish_home: Callable[[str], Awaitable[None]],
    ) -> None:  # fmt: skip
        self._ports = ports
        self._messenger = messenger
        self._users = users
        self._work = work
        self._publish_home = publish_home  # a card on the Home tab is redrawn with the whole tab

    @abstractmethod
    async def fetch(self, ref: str) -> CardT | None:
        """The card as it stands now."""

    @abstractmethod
    def already_decided(self, card: CardT) -> Decision[CardT]:
        """What an Edit press on a card decided meanwhile shows."""

    @abstractmethod
    def draw(self, card: CardT) -> tuple[str, list[dict[str, Any]]]:
        """The card's fallback text and Block Kit blocks."""

    @abstractmethod
    def editor(self, card: CardT, place: CardPlace) -> dict[str, Any]:
        """The Edit modal."""

    @abstractmethod
    async def submit(
        self, *, user: str, ref: str, action: str, change: Any, email: str | None
    ) -> Decision[CardT]:  # fmt: skip
        """The decision, by policies."""

    def edit_later(self, body: dict[str, Any], place: CardPlace) -> None:
        """The card in a modal; not queued behind answers, since the trigger id is good for 3 seconds only."""
        user, trigger = str(body["user"]["id"]), body.get("trigger_id")
        work = self._open_editor(user, place, trigger)
        self._work.spawn(once(self._ports.seen_before, body, work), name=f"slack-{self.kind}-edit-{place.proposal_id}")

    def decide_later(self, body: dict[str, Any], place: CardPlace, action: str, change: Any = None) -> None:
        work = self._decide(str(body["user"]["id"]), place, action, change)
        name = f"slack-{self.kind}-{action}-{place.proposal_id}"
        self._work.spawn(once(self._ports.seen_before, body, work), name=name)

    async def _open_editor(self, user: str, place: CardPlace, trigger: object) -> None:
        card = await self.fetch(place.proposal_id)
        if card is None:
            await self.tell(user, place, f"I can't find that {self.noun} any more.")
        elif not card.open_for_decision:
            await self.show(self.already_decided(card), place, user)
        elif isinstance(trigger, str):
            await self._messenger.open_view(trigger, self.editor(card, place))

    async def _decide(self, user: str, place: CardPlace, action: str, change: Any) -> None:
        email = await self._users.email(user)
        try:
            result = await self.submit(user=user, ref=place.proposal_id, action=action, change=change, email=email)
        except Exception:  # the clicker must hear that nothing happened, not wait for a card that never changes
            log.exception("deciding on %s %s failed", self.kind, place.proposal_id)
            await self.tell(user, place, "Sorry, I couldn't record that just now; nothing changed. Please try again.")
            return
        await self.show(result, place, user)

    async def show(self, result: Decision[CardT], place: CardPlace, user: str) -> None:
        if result.outcome not in REFUSED:  # a refusal leaves the card exactly as it was
            if place.channel and place.message_ts and result.card is not None:
                text, blocks = self.draw(result.card)
                await self._messenger.update(place.channel, place.message_ts, text=text, blocks=blocks)
            elif place.channel is None:
                await self._publish_home(user)
        if result.outcome not in self.decided:
            await self.tell(user, place, result.message)

    async def tell(self, user: str, place: CardPlace, text: str) -> None:
        """Only the clicker sees it: ephemeral in the channel, or (from the Home tab) in their DM with the app."""
        if place.channel:
            await self._messenger.ephemeral(place.channel, user, text)
        else:
            await self._messenger.post(user, text=text)


def place_of(body: dict[str, Any], action: dict[str, Any]) -> CardPlace:
    """Which card (the button's value) and where it is: a message, or the Home tab (a view)."""
    container = body.get("container") or {}
    if container.get("type") == "message":
        channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
        return CardPlace(str(action.get("value") or ""), channel, container.get("message_ts"))
    return CardPlace(str(action.get("value") or ""))
