"""Teams in the composition root: the Bot Framework adapter from settings, ``POST /api/messages``,
the bot wired to the pipeline, the approval desk and the chat-address store, and proactive notices.

Everything Teams-specific stays in ``adapters.teams``; this module only connects it to our services."""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from sqlalchemy import Engine
from sqlmodel import Session

from adapters.teams import (
    ChatContact,
    DecisionRequest,
    TeamsBot,
    TeamsCloudAdapter,
    TeamsHandlers,
    UpdateDecisionRequest,
    build_adapter,
    send_proactive,
)
from bot.approvals import ApprovalDesk
from bot.events import DecisionResult, ProposalCard, Reply, UpdateDecisionResult
from bot.services import Services
from bot.settings import Settings
from bot.update_desk import UpdateDesk
from memory.chat_addresses import address_for_user, save_address
from memory.db import session_scope
from memory.models import Proposal
from policies.cards import card_for

log = logging.getLogger("dealbot.teams")
TEAMS_ADAPTER = web.AppKey("teams_adapter", TeamsCloudAdapter)
PLATFORM = "teams"


def teams_adapter(settings: Settings) -> TeamsCloudAdapter:
    """The CloudAdapter for the configured Microsoft App (Emulator mode when MICROSOFT_APP_ID is unset)."""
    return build_adapter(
        app_id=settings.microsoft_app_id,
        app_password=settings.microsoft_app_password,
        tenant_id=settings.microsoft_app_tenant_id,
        app_type=settings.microsoft_app_type,
    )


def teams_handlers(services: Services) -> TeamsHandlers:
    """The bot's view of dealbot: the pipeline, the approval desk, and where chat addresses are kept."""
    desk = services.desk or ApprovalDesk(services.engine, services.executor)

    async def decide(request: DecisionRequest) -> DecisionResult:
        return await desk.decide(
            platform=PLATFORM, user_ref=request.user_ref, proposal_id=request.proposal_id, action=request.action,
            edited_body=request.edited_body, user_email=request.user_email,
        )  # fmt: skip

    async def remember(contact: ChatContact) -> None:
        await asyncio.to_thread(_save_contact, services.engine, contact)

    updates = UpdateDesk(services.engine)

    async def decide_update(request: UpdateDecisionRequest) -> UpdateDecisionResult:
        return await updates.decide(
            platform=PLATFORM, user_ref=request.user_ref, update_id=request.update_id, action=request.action,
            edits=request.edits, user_email=request.user_email,
        )  # fmt: skip

    return TeamsHandlers(ask=services.pipeline.handle, decide=decide, remember=remember, decide_update=decide_update)


def mount_teams(app: web.Application, settings: Settings, services: Services) -> None:
    """Serve the Bot Framework messaging endpoint on ``app``."""
    adapter = teams_adapter(settings)
    bot = TeamsBot(teams_handlers(services))
    app[TEAMS_ADAPTER] = adapter

    async def messages(request: web.Request) -> web.Response:
        return await adapter.process(request, bot)

    app.router.add_post("/api/messages", messages)


async def notify_teams_user(
    services: Services, *, user_id: int, reply: Reply, adapter: TeamsCloudAdapter | None = None
) -> bool:
    """Post ``reply`` (and an approval card per ``reply.cards``) into the user's Teams personal chat.

    For the worker, outside any turn. False when the user never talked to the bot in a personal chat
    (Teams allows no first message to someone who has not installed the bot)."""
    address = await asyncio.to_thread(_reference_of, services.engine, user_id)
    if address is None:
        log.info("no Teams chat with user %s yet; notice not sent", user_id)
        return False
    settings = services.settings
    await send_proactive(adapter or teams_adapter(settings), address, reply, app_id=settings.microsoft_app_id)
    return True


async def request_approval_in_teams(
    services: Services, proposal_id: str, *, text: str | None = None, adapter: TeamsCloudAdapter | None = None
) -> bool:
    """Send a draft raised outside a turn (e.g. by the worker) to its requester's personal chat for approval."""
    found = await asyncio.to_thread(_proposal_card, services.engine, proposal_id)
    if found is None:
        return False
    requester_id, card = found
    reply = Reply(text=text or f"I drafted an email to {card.recipient} for you to approve.", kind="proposal",
                  proposal_ids=(proposal_id,), cards=(card,))  # fmt: skip
    return await notify_teams_user(services, user_id=requester_id, reply=reply, adapter=adapter)


def notify_teams_user_sync(services: Services, *, user_id: int, reply: Reply) -> bool:
    """:func:`notify_teams_user` for the worker's synchronous jobs."""
    return asyncio.run(notify_teams_user(services, user_id=user_id, reply=reply))


def _save_contact(engine: Engine, contact: ChatContact) -> None:
    with session_scope(engine) as session:
        save_address(session, platform=PLATFORM, user_ref=contact.user_ref, conversation_id=contact.conversation_id,
                     reference=contact.reference, user_email=contact.user_email)  # fmt: skip


def _reference_of(engine: Engine, user_id: int) -> dict[str, object] | None:
    with Session(engine) as session:
        address = address_for_user(session, platform=PLATFORM, user_id=user_id)
        return dict(address.reference) if address is not None else None


def _proposal_card(engine: Engine, proposal_id: str) -> tuple[int, ProposalCard] | None:
    with Session(engine) as session:
        proposal = session.get(Proposal, proposal_id)
        card = card_for(session, proposal_id=proposal_id)
        return (proposal.requested_by_id, card) if proposal is not None and card is not None else None
