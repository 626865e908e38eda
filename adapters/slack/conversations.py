"""Mentions, direct messages, ``/deal`` and the Home tab: acknowledge, post a placeholder, answer later.

Slack wants its HTTP 200 within 3 seconds. Bolt acknowledges events before our listener runs; the
listener only starts the work in the background, where a placeholder goes up at once and is replaced
(chat.update) by the agent's answer, then an approval card per draft follows in the same thread."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.async_context import AsyncBoltContext

from adapters.slack.cards import card_blocks, card_text
from adapters.slack.delivery import once
from adapters.slack.home import home_view
from adapters.slack.messenger import Messenger
from adapters.slack.ports import SlackPorts
from adapters.slack.render import PLACEHOLDER, SORRY, placeholder_blocks, reply_blocks, reply_text
from adapters.slack.text import incoming_text
from adapters.slack.update_cards import update_card_blocks, update_card_text
from adapters.slack.users import UserDirectory
from adapters.slack.work import Background
from bot.events import IncomingMessage, Reply

log = logging.getLogger("dealbot.slack")
COMMAND = "/deal"
USAGE = "Ask me about your deals, e.g. `/deal Cancity`, `/deal pipeline` or `/deal how many open deals do I have?`"
_MESSAGE_SUBTYPES = {None, "file_share", "thread_broadcast"}  # what a person writes; edits, joins, bots are not


class Conversations:
    def __init__(self, ports: SlackPorts, messenger: Messenger, users: UserDirectory, work: Background) -> None:
        self._ports = ports
        self._messenger = messenger
        self._users = users
        self._work = work

    def register(self, app: AsyncApp) -> None:
        app.event("app_mention")(self.on_mention)
        app.event("message")(self.on_message)
        app.event("app_home_opened")(self.on_home_opened)
        app.command(COMMAND)(self.on_command)

    async def on_mention(self, event: dict[str, Any], body: dict[str, Any], context: AsyncBoltContext) -> None:
        """``@dealbot ...`` in a channel: answered in the message's thread."""
        ts = event.get("ts")
        self._ask(event, body, context, thread_ts=event.get("thread_ts") or ts)

    async def on_message(self, event: dict[str, Any], body: dict[str, Any], context: AsyncBoltContext) -> None:
        """A direct message: answered in place, or in its thread when it was written in one."""
        if event.get("channel_type") != "im" or event.get("subtype") not in _MESSAGE_SUBTYPES or event.get("bot_id"):
            return
        self._ask(event, body, context, thread_ts=event.get("thread_ts"))

    async def on_command(self, ack: AsyncAck, command: dict[str, Any]) -> None:
        """``/deal TEXT``: answered in the person's direct messages with dealbot (never in a shared channel)."""
        text = " ".join(str(command.get("text") or "").split())
        if not text or text.lower() == "help":
            await ack(USAGE)
            return
        if str(command.get("channel_id", "")).startswith("D"):
            await ack()  # asked in a DM: the placeholder appears right there
        else:
            await ack(f"Looking into “{text}”… I'll answer in our direct messages.")
        user, trigger = str(command["user_id"]), command.get("trigger_id")
        work = self._answer_in_dm(user, text, trigger)
        self._work.spawn(once(self._ports.seen_before, command, work), name=f"slack-command-{trigger}")

    async def on_home_opened(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        """The Home tab drawn afresh each time someone opens it."""
        if event.get("tab") == "home" and isinstance(event.get("user"), str):
            work = self.publish_home(event["user"])
            self._work.spawn(once(self._ports.seen_before, body, work), name=f"slack-home-{event['user']}")

    async def publish_home(self, user: str) -> None:
        """(Re)draw ``user``'s Home tab from the store as it is now."""
        summary = await self._ports.home(user, await self._users.email(user))
        await self._messenger.publish_home(user, home_view(summary))

    def _ask(
        self, event: dict[str, Any], body: dict[str, Any], context: AsyncBoltContext, *, thread_ts: str | None
    ) -> None:
        user, channel = event.get("user"), event.get("channel")
        if not isinstance(user, str) or not isinstance(channel, str):
            return
        text = incoming_text(str(event.get("text") or ""), bot_user_id=context.bot_user_id)
        message = IncomingMessage(
            platform="slack",
            user_ref=user,
            text=text or "help",
            conversation_id=channel,
            thread_id=thread_ts,
            event_id=body.get("event_id"),
            raw=event,
            attachments=tuple(str(f.get("mimetype") or "") for f in event.get("files") or [] if isinstance(f, dict)),
        )
        work = self._answer(message, channel, thread_ts)
        self._work.spawn(once(self._ports.seen_before, body, work), name=f"slack-answer-{message.event_id}")

    async def _answer_in_dm(self, user: str, text: str, trigger: str | None) -> None:
        channel = await self._messenger.open_dm(user)
        if channel is not None:
            message = IncomingMessage(
                platform="slack", user_ref=user, text=text, conversation_id=channel, event_id=trigger
            )
            await self._answer(message, channel, None)

    async def _answer(self, message: IncomingMessage, channel: str, thread_ts: str | None) -> None:
        placeholder = await self._messenger.post(
            channel, text=PLACEHOLDER, blocks=placeholder_blocks(), thread_ts=thread_ts
        )
        if placeholder is None:
            return  # nowhere to answer (e.g. not in the channel): logged by the messenger
        email = await self._users.email(message.user_ref)
        try:
            async with self._work.slot():
                reply = await self._ports.handle(replace(message, user_email=email))
        except Exception:  # the person must not be left with "Looking into it..." for ever
            log.exception("answering Slack message %s failed", message.event_id)
            reply = Reply(text=SORRY, kind="error")
        text, blocks = reply_text(reply), reply_blocks(reply)
        if not await self._messenger.update(channel, placeholder, text=text, blocks=blocks):
            await self._messenger.post(
                channel, text=text, blocks=blocks, thread_ts=thread_ts
            )  # the answer still arrives
        for card in reply.cards:
            await self._messenger.post(channel, text=card_text(card), blocks=card_blocks(card), thread_ts=thread_ts)
        for update in reply.update_cards:
            await self._messenger.post(channel, text=update_card_text(update), blocks=update_card_blocks(update),
                                       thread_ts=thread_ts)  # fmt: skip
