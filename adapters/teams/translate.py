"""Bot Framework activities in, neutral events out: who is asking, what they said, what they pressed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

from botbuilder.schema import Activity

from adapters.teams.cards import BODY_INPUT, MARKER
from bot.events import IncomingMessage

SHARED_CONVERSATIONS = {"channel", "groupChat"}  # the bot answers there only when @mentioned
_AT_TAG = re.compile(r"</?at>", re.IGNORECASE)


@dataclass(frozen=True)
class DecisionRequest:
    """Someone pressed Approve or Reject on an approval card (Action.Execute or Action.Submit)."""

    user_ref: str
    user_email: str | None
    proposal_id: str
    action: Literal["approve", "reject"]
    edited_body: str | None = None


@dataclass(frozen=True)
class ChatContact:
    """Where to reach a user outside a turn: their personal chat's ConversationReference."""

    user_ref: str
    user_email: str | None
    conversation_id: str
    reference: dict[str, Any]


def user_ref(activity: Activity) -> str:
    """The AAD object id when Teams sends one (it always does), else the channel's user id (Emulator)."""
    sender = activity.from_property
    return str(getattr(sender, "aad_object_id", None) or sender.id)


def is_personal(activity: Activity) -> bool:
    """A 1:1 chat with the bot (the Emulator sends no conversation type: it is one too)."""
    return getattr(activity.conversation, "conversation_type", None) not in SHARED_CONVERSATIONS


def addressed_to_bot(activity: Activity) -> bool:
    """In channels and group chats only messages that @mention the bot are for it."""
    return is_personal(activity) or any(_mentioned_id(e) == activity.recipient.id for e in activity.entities or [])


def message_text(activity: Activity) -> str:
    """The text without the bot's @mention (Teams puts ``<at>dealbot</at>`` into the text)."""
    text = activity.text or ""
    for entity in activity.entities or []:
        if _mentioned_id(entity) == activity.recipient.id:
            mention = _props(entity).get("text")
            if isinstance(mention, str) and mention:
                text = text.replace(mention, " ")
    return " ".join(_AT_TAG.sub("", text).split())


def to_incoming(activity: Activity, *, user_email: str | None) -> IncomingMessage:
    """A Teams message as the neutral :class:`IncomingMessage`; a channel thread has its own conversation id."""
    return IncomingMessage(
        platform="teams",
        user_ref=user_ref(activity),
        text=message_text(activity),
        conversation_id=activity.conversation.id,
        event_id=activity.id,
        user_email=user_email,
        raw=activity.serialize(),
        attachments=tuple(str(a.content_type) for a in activity.attachments or [] if getattr(a, "content_type", None)),
    )


def decision_from_submit(activity: Activity, *, user_email: str | None) -> DecisionRequest | None:
    """An ``Action.Submit`` press (a message whose ``value`` holds the button's data and the inputs)."""
    value = activity.value if isinstance(activity.value, dict) else {}
    return _decision(activity, value, value.get("verb"), user_email)


def decision_from_execute(activity: Activity, *, user_email: str | None) -> DecisionRequest | None:
    """An ``Action.Execute`` press (an ``adaptiveCard/action`` invoke: verb and data under ``value.action``)."""
    value = activity.value if isinstance(activity.value, dict) else {}
    action = value.get("action")
    action = action if isinstance(action, dict) else {}
    data = action.get("data")
    return _decision(activity, data if isinstance(data, dict) else {}, action.get("verb"), user_email)


def _decision(activity: Activity, data: dict[str, Any], verb: Any, user_email: str | None) -> DecisionRequest | None:
    proposal_id = data.get("proposal_id")
    if data.get("dealbot") != MARKER or verb not in ("approve", "reject") or not isinstance(proposal_id, str):
        return None
    body = data.get(BODY_INPUT)
    edited = body.replace("\r\n", "\n") if isinstance(body, str) and body.strip() else None
    return DecisionRequest(user_ref(activity), user_email, proposal_id, verb, edited if verb == "approve" else None)


def activity_problem(body: Any) -> str | None:
    """Why a POSTed body is not an activity dealbot can answer (None when it is): the 400 reason."""
    if not isinstance(body, dict):
        return "the body is not a JSON object"
    if not isinstance(body.get("type"), str) or not body["type"]:
        return "the activity has no type"
    for key in ("channelId", "serviceUrl"):
        if not isinstance(body.get(key), str) or not body[key]:
            return f"the activity has no {key}"
    if urlsplit(body["serviceUrl"]).scheme not in ("http", "https"):
        return "serviceUrl is not an http(s) URL"
    for key in ("conversation", "from", "recipient"):
        part = body.get(key)
        if not isinstance(part, dict) or not isinstance(part.get("id"), str) or not part["id"]:
            return f"the activity has no {key}.id"
    if body["type"] == "invoke" and not isinstance(body.get("name"), str):
        return "the invoke has no name"
    if "entities" in body and not isinstance(body["entities"], list | None):
        return "entities is not a list"
    return None


def _props(entity: Any) -> dict[str, Any]:
    props = getattr(entity, "additional_properties", None)  # the SDK keeps all but ``type`` here
    return props if isinstance(props, dict) else {}


def _mentioned_id(entity: Any) -> str | None:
    if str(getattr(entity, "type", "")).lower() != "mention":
        return None
    mentioned = _props(entity).get("mentioned")
    return mentioned.get("id") if isinstance(mentioned, dict) else None
