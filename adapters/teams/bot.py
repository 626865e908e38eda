"""The Teams bot: messages to the agent, approval buttons to the desk, answers back as cards.

It knows nothing of the agent, the store or policies: the composition root hands it
:class:`TeamsHandlers` (plain async callables over neutral events) and it translates both ways."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from typing import Any

from botbuilder.core import ActivityHandler, MessageFactory, TurnContext
from botbuilder.core.teams import TeamsInfo
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    Attachment,
    ChannelAccount,
    InvokeResponse,
)

from adapters.teams.cards import CONTENT_TYPE, MARKER, Card, approval_card, decision_card, reply_card
from adapters.teams.translate import (
    ChatContact,
    DecisionRequest,
    addressed_to_bot,
    decision_from_execute,
    decision_from_submit,
    is_personal,
    to_incoming,
    user_ref,
)
from adapters.teams.update_cards import update_card, update_decision_card
from adapters.teams.update_translate import UpdateDecisionRequest, execute_data, is_update_press, update_request
from bot.errors import DealbotError
from bot.events import DecisionResult, IncomingMessage, Reply, UpdateDecisionResult

log = logging.getLogger("dealbot.teams")
ERROR_TYPE = "application/vnd.microsoft.error"
NOT_A_BUTTON = "not a dealbot approval button (Action.Execute with verb approve or reject and a proposal id)"
NOT_AN_UPDATE_BUTTON = "not a deal update button (verb confirm_update, edit_update or dismiss_update and an update id)"
WELCOME = 'Hi, I\'m dealbot. Ask me about your deals ("how many open deals do I have?") or ask me to draft an email.'
_EMAIL_KEY = "dealbot.user_email"


@dataclass(frozen=True)
class TeamsHandlers:
    """What the bot may call: the agent pipeline, the approval desk, and where to keep chat addresses."""

    ask: Callable[[IncomingMessage], Awaitable[Reply]]
    decide: Callable[[DecisionRequest], Awaitable[DecisionResult]]
    remember: Callable[[ChatContact], Awaitable[None]] | None = None
    decide_update: Callable[[UpdateDecisionRequest], Awaitable[UpdateDecisionResult]] | None = None


class TeamsBot(ActivityHandler):
    """Personal chats, channels and group chats (when @mentioned), approval cards, typing indicator."""

    def __init__(self, handlers: TeamsHandlers, *, typing_every_seconds: float = 3.0) -> None:
        self._handlers = handlers
        self._typing_every = typing_every_seconds

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        if isinstance(activity.value, dict) and activity.value.get("dealbot") == MARKER:
            await self._on_submit(turn_context)
            return
        if is_update_press(activity.value):
            await self._on_update_submit(turn_context)
            return
        if not addressed_to_bot(activity):
            return  # a channel message that does not @mention the bot is not for it
        email = await self._email(turn_context)
        await self._remember(turn_context, email)
        message = to_incoming(activity, user_email=email)
        if not message.text:
            await turn_context.send_activity(MessageFactory.text(WELCOME))
            return
        async with self._typing(turn_context):
            try:
                reply = await self._handlers.ask(message)
            except DealbotError as exc:
                reply = Reply(text=exc.message, kind="error")
        await send_reply(turn_context, reply)

    async def on_members_added_activity(self, members_added: list[ChannelAccount], turn_context: TurnContext) -> None:
        """Installed in someone's personal scope: keep the address for later notifications and say hello."""
        bot_added = any(m.id == turn_context.activity.recipient.id for m in members_added or [])
        if bot_added and is_personal(turn_context.activity):
            await self._remember(turn_context, await self._email(turn_context))
            await turn_context.send_activity(MessageFactory.text(WELCOME))

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse | None:
        """``adaptiveCard/action`` (Action.Execute) is ours; other invokes get the SDK's answers (501)."""
        if turn_context.activity.name != "adaptiveCard/action":
            return await super().on_invoke_activity(turn_context)
        data, verb = execute_data(turn_context.activity)
        if is_update_press(data) and self._handlers.decide_update is not None:
            update = update_request(turn_context.activity, data, verb, user_email=await self._email(turn_context))
            if update is None:
                return _invoke_response(400, ERROR_TYPE, {"code": "BadRequest", "message": NOT_AN_UPDATE_BUTTON})
            await self._remember(turn_context, update.user_email)
            decided = await self._handlers.decide_update(update)
            return _invoke_response(200, CONTENT_TYPE, update_decision_card(decided))
        request = decision_from_execute(turn_context.activity, user_email=await self._email(turn_context))
        if request is None:  # the SDK's own error answer here cannot even be serialised: answer ourselves
            return _invoke_response(400, ERROR_TYPE, {"code": "BadRequest", "message": NOT_A_BUTTON})
        await self._remember(turn_context, request.user_email)
        result = await self._handlers.decide(request)
        return _invoke_response(200, CONTENT_TYPE, decision_card(result))  # decided: who, and no buttons

    async def _on_submit(self, turn_context: TurnContext) -> None:
        """Action.Submit (clients without Universal Actions): decide, replace the card, say what happened."""
        activity = turn_context.activity
        request = decision_from_submit(activity, user_email=await self._email(turn_context))
        if request is None:
            return
        result = await self._handlers.decide(request)
        if result.card is not None and not result.card.open_for_decision and activity.reply_to_id:
            update = card_message(approval_card(result.card))
            update.id = activity.reply_to_id  # the message that carried the buttons
            await turn_context.update_activity(update)
        await turn_context.send_activity(MessageFactory.text(result.message))

    async def _on_update_submit(self, turn_context: TurnContext) -> None:
        """Action.Submit on a deal update card: decide, replace the card when decided, say what happened."""
        activity = turn_context.activity
        value = activity.value if isinstance(activity.value, dict) else {}
        update = update_request(activity, value, value.get("verb"), user_email=await self._email(turn_context))
        if update is None or self._handlers.decide_update is None:
            return
        result = await self._handlers.decide_update(update)
        if result.card is not None and not result.card.open_for_decision and activity.reply_to_id:
            replaced = card_message(update_card(result.card))
            replaced.id = activity.reply_to_id
            await turn_context.update_activity(replaced)
        await turn_context.send_activity(MessageFactory.text(result.message))

    async def _email(self, turn_context: TurnContext) -> str | None:
        """The sender's email from the Teams roster (one connector call per turn), for linking by email."""
        if _EMAIL_KEY not in turn_context.turn_state:
            turn_context.turn_state[_EMAIL_KEY] = await _roster_email(turn_context)
        email = turn_context.turn_state[_EMAIL_KEY]
        return email if isinstance(email, str) else None

    async def _remember(self, turn_context: TurnContext, email: str | None) -> None:
        """Keep the personal chat's address so the worker can reach this user outside a turn."""
        activity = turn_context.activity
        if self._handlers.remember is None or not is_personal(activity):
            return
        reference = TurnContext.get_conversation_reference(activity).serialize()
        try:
            await self._handlers.remember(ChatContact(user_ref(activity), email, activity.conversation.id, reference))
        except Exception:  # later notices may miss this user; the answer in hand must not
            log.warning("could not keep the chat address of %s", user_ref(activity), exc_info=True)

    @asynccontextmanager
    async def _typing(self, turn_context: TurnContext) -> AsyncIterator[None]:
        """A typing indicator at once, renewed while the agent works (Teams shows one for a few seconds)."""
        await turn_context.send_activity(Activity(type=ActivityTypes.typing))
        renewer = asyncio.create_task(self._keep_typing(turn_context))
        try:
            yield
        finally:
            renewer.cancel()
            with suppress(asyncio.CancelledError):
                await renewer

    async def _keep_typing(self, turn_context: TurnContext) -> None:
        while True:
            await asyncio.sleep(self._typing_every)
            try:
                await turn_context.send_activity(Activity(type=ActivityTypes.typing))
            except Exception:  # a lost typing indicator must not fail the answer
                log.debug("typing indicator not sent", exc_info=True)


async def send_reply(turn_context: TurnContext, reply: Reply) -> None:
    """The answer (a card when it has structure), then one approval card per draft it created."""
    await turn_context.send_activity(reply_activity(reply))
    for card in reply.cards:
        await turn_context.send_activity(card_message(approval_card(card)))
    for update in reply.update_cards:
        await turn_context.send_activity(card_message(update_card(update)))


def reply_activity(reply: Reply) -> Activity:
    """One message for a neutral reply: an Adaptive Card when it has blocks, markdown text otherwise."""
    card = reply_card(reply)
    if card is not None:
        return card_message(card)
    text = f"{reply.text}\n\n_Basis: {reply.basis}_" if reply.basis else reply.text
    message = MessageFactory.text(text)
    message.text_format = "markdown"
    return message


def _invoke_response(status: int, content_type: str, value: dict[str, Any]) -> InvokeResponse:
    """The Universal Actions answer; the body stays a plain dict (see ``TeamsCloudAdapter`` for why that matters)."""
    return InvokeResponse(status=status, body={"statusCode": status, "type": content_type, "value": value})


def card_message(card: Card) -> Activity:
    """A message carrying one Adaptive Card."""
    return MessageFactory.attachment(Attachment(content_type=CONTENT_TYPE, content=card))


async def _roster_email(turn_context: TurnContext) -> str | None:
    activity = turn_context.activity
    if activity.channel_id != "msteams":
        return None  # the Emulator has no roster
    try:
        member: Any = await TeamsInfo.get_member(turn_context, activity.from_property.id)
    except Exception:  # no email is not fatal: the AAD object id may be linked
        log.info("no roster entry for %s", activity.from_property.id, exc_info=True)
        return None
    email = getattr(member, "email", None) or getattr(member, "user_principal_name", None)
    return email if isinstance(email, str) and "@" in email else None
