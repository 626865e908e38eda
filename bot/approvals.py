"""The approval desk: what chat adapters call when someone presses Approve, Edit or Reject.

It maps the platform identity to a dealbot user, lets policies decide against the live row, and
when the decision is an approval hands the proposal to the executor at once (the worker is the
backstop). Adapters get neutral results (bot.events) and render them."""

from __future__ import annotations

import asyncio
import os
from typing import Literal

from sqlalchemy import Engine
from sqlmodel import Session

from bot.events import DecisionResult, ProposalCard
from memory.users import find_chat_user
from policies.approval import decide_in_store
from policies.cards import card_for
from policies.executor import ProposalExecutor

WORKER = f"web:{os.getpid()}"


class ApprovalDesk:
    def __init__(self, engine: Engine, executor: ProposalExecutor | None) -> None:
        self._engine = engine
        self._executor = executor

    def card(self, proposal_id: str) -> ProposalCard | None:
        with Session(self._engine) as session:
            return card_for(session, proposal_id=proposal_id)

    async def decide(
        self,
        *,
        platform: str,
        user_ref: str,
        proposal_id: str,
        action: Literal["approve", "reject"],
        edited_body: str | None = None,
        user_email: str | None = None,
    ) -> DecisionResult:
        """One button press, decided by policies; safe to call any number of times for the same press."""
        actor_id = await asyncio.to_thread(self._actor_id, platform, user_ref, user_email)
        if actor_id is None:
            return DecisionResult("unknown_user", "I don't know you yet, so you can't decide on drafts.",
                                  await asyncio.to_thread(self.card, proposal_id))  # fmt: skip
        decision = await asyncio.to_thread(
            decide_in_store, self._engine, proposal_id=proposal_id, actor_id=actor_id, action=action,
            edited_body=edited_body,
        )  # fmt: skip
        if decision.outcome == "approved" and self._executor is not None and self._executor.can_send_email:
            await self._executor.execute(proposal_id, worker=WORKER)
        return DecisionResult(decision.outcome, decision.message, await asyncio.to_thread(self.card, proposal_id))

    def _actor_id(self, platform: str, user_ref: str, user_email: str | None) -> int | None:
        with Session(self._engine) as session:
            user = find_chat_user(session, platform=platform, ref=user_ref, email=user_email)
            return user.id if user else None
