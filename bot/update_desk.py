"""The update desk: what chat adapters call when someone presses Confirm, Edit or Dismiss on a proposed
deal update. It maps the platform identity to a dealbot user and lets ``policies.deal_updates`` decide
against the live row; adapters get neutral results (bot.events) and render them."""

from __future__ import annotations

import asyncio
from typing import Literal

from sqlalchemy import Engine
from sqlmodel import Session

from bot.errors import DataError
from bot.events import UpdateCard, UpdateDecisionResult
from memory.users import find_chat_user
from policies.deal_updates import decide_update_in_store, parse_edits
from policies.update_cards import update_card_for


def edit_problem(values: dict[str, str | None]) -> tuple[str, str] | None:
    """``(field, message)`` for the first value that is not valid, None when all are (no store needed)."""
    for name, value in values.items():
        try:
            parse_edits({name: value})
        except DataError as exc:
            return name, exc.message
    return None


class UpdateDesk:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def card(self, update_id: str) -> UpdateCard | None:
        """The card as it stands now (None for an id that is not a proposed update)."""
        if not update_id.isdigit():
            return None
        with Session(self._engine) as session:
            return update_card_for(session, interaction_id=int(update_id))

    async def card_async(self, update_id: str) -> UpdateCard | None:
        return await asyncio.to_thread(self.card, update_id)

    async def decide(
        self,
        *,
        platform: str,
        user_ref: str,
        update_id: str,
        action: Literal["confirm", "dismiss"],
        edits: dict[str, str | None] | None = None,
        user_email: str | None = None,
    ) -> UpdateDecisionResult:
        """One press; safe to repeat (the second finds the update decided). Bad edits come back as ``invalid``
        with a message naming the field, and nothing changes."""
        return await asyncio.to_thread(self.decide_sync, platform, user_ref, update_id, action, edits, user_email)

    def decide_sync(
        self,
        platform: str,
        user_ref: str,
        update_id: str,
        action: Literal["confirm", "dismiss"],
        edits: dict[str, str | None] | None,
        user_email: str | None,
    ) -> UpdateDecisionResult:
        actor_id = self._actor_id(platform, user_ref, user_email)
        if actor_id is None:
            return UpdateDecisionResult("unknown_user", "I don't know you yet, so you can't decide on deal updates.",
                                        self.card(update_id))  # fmt: skip
        if not update_id.isdigit():
            return UpdateDecisionResult("not_found", "I can't find that proposed update.")
        try:
            parsed = parse_edits(edits) if edits is not None else None
        except DataError as exc:
            return UpdateDecisionResult("invalid", exc.message, self.card(update_id))
        try:
            decision = decide_update_in_store(
                self._engine, interaction_id=int(update_id), actor_id=actor_id, action=action, edits=parsed
            )
        except DataError as exc:  # e.g. the deal moved meanwhile so the stage change makes no sense: nothing changed
            return UpdateDecisionResult("invalid", exc.message, self.card(update_id))
        return UpdateDecisionResult(decision.outcome, decision.message, self.card(update_id))

    def _actor_id(self, platform: str, user_ref: str, user_email: str | None) -> int | None:
        with Session(self._engine) as session:
            user = find_chat_user(session, platform=platform, ref=user_ref, email=user_email)
            return user.id if user else None
