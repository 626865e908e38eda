"""Messages outside a turn: a stored ConversationReference and ``continue_conversation``."""

from __future__ import annotations

from typing import Any

from botbuilder.core import BotAdapter, TurnContext
from botbuilder.schema import ConversationReference

from adapters.teams.bot import card_message, reply_activity
from adapters.teams.cards import approval_card
from adapters.teams.update_cards import update_card
from bot.events import Reply


async def send_proactive(adapter: BotAdapter, reference: dict[str, Any], reply: Reply, *, app_id: str | None) -> int:
    """Post ``reply`` (text or card, then an approval card per draft) into the referenced conversation.

    Returns how many messages went out. ``app_id`` is the bot's Microsoft App ID (None in Emulator mode);
    the connector call is authenticated with the adapter's credentials, like any reply."""
    conversation = ConversationReference().deserialize(reference)
    activities = [reply_activity(reply), *(card_message(approval_card(card)) for card in reply.cards),
                  *(card_message(update_card(card)) for card in reply.update_cards)]  # fmt: skip
    sent = 0

    async def post(turn_context: TurnContext) -> None:
        nonlocal sent
        turn_context.activity.id = None  # new messages (SendToConversation), not replies to the synthetic event
        for activity in activities:
            await turn_context.send_activity(activity)
            sent += 1

    await adapter.continue_conversation(conversation, post, app_id or None)  # the bot id is the 3rd arg everywhere
    return sent
