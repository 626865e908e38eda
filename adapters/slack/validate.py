"""Is this body a Slack payload we can dispatch? Anything else is the sender's fault: 400, never 500."""

from __future__ import annotations

from typing import Any

from slack_bolt.request.internals import parse_body

from bot.errors import MalformedInputError

_INTERACTIVE_WITH_USER = {"block_actions", "view_submission", "view_closed", "shortcut", "message_action"}


def parse_payload(text: str, content_type: str | None) -> dict[str, Any]:
    """The body as Bolt will read it, checked for the fields our listeners and Bolt's context rely on."""
    try:
        body = parse_body(text, content_type)
    except ValueError as exc:  # json.JSONDecodeError is a ValueError
        raise MalformedInputError(f"body is not valid JSON or form data: {exc}") from None
    if not isinstance(body, dict) or not body:
        raise MalformedInputError("body is not a Slack payload")
    _check(body)
    return body


def _check(body: dict[str, Any]) -> None:
    kind = body.get("type")
    if kind is None:
        if "ssl_check" in body:
            return
        if "command" in body:
            _strings(body, "command", "user_id", "channel_id")
            return
        raise MalformedInputError("payload has no type")
    if kind == "url_verification":
        _strings(body, "challenge")
    elif kind == "event_callback":
        _strings(body, "event_id")
        _strings(_dict(body, "event"), "type")
    elif kind in _INTERACTIVE_WITH_USER:
        _strings(_dict(body, "user"), "id")
        if kind == "block_actions":
            actions = body.get("actions")
            if not isinstance(actions, list) or not actions or not all(isinstance(a, dict) for a in actions):
                raise MalformedInputError("block_actions payload without actions")
            _strings(actions[0], "action_id")
        if kind.startswith("view_"):
            _strings(_dict(body, "view"), "id")
    elif not isinstance(kind, str):
        raise MalformedInputError("payload type is not a string")


def _dict(body: dict[str, Any], key: str) -> dict[str, Any]:
    value = body.get(key)
    if not isinstance(value, dict):
        raise MalformedInputError(f"payload field {key!r} missing or not an object")
    return value


def _strings(body: dict[str, Any], *keys: str) -> None:
    for key in keys:
        if not isinstance(body.get(key), str):
            raise MalformedInputError(f"payload field {key!r} missing or not a string")
