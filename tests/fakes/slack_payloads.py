"""Slack's side of a conversation: request bodies built from the payloads in tests/payloads/slack/.

Each builder fills a template shaped like Slack's documented examples with fresh ids, and returns what
Slack would POST: ``(body, content_type)``. Interactive payloads go form-encoded as ``payload=<json>``."""

from __future__ import annotations

import copy
import itertools
import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

PAYLOADS = Path(__file__).resolve().parent.parent / "payloads" / "slack"
JSON, FORM = "application/json", "application/x-www-form-urlencoded"
_ids = itertools.count(1)

Body = tuple[str, str]


@cache
def _template(name: str) -> dict[str, Any]:
    return dict(json.loads((PAYLOADS / name).read_text()))


def _fresh(prefix: str) -> str:
    return f"{prefix}{next(_ids):08d}"


def event(
    kind: str,
    *,
    user: str,
    text: str = "",
    channel: str | None = None,
    ts: str | None = None,
    thread_ts: str | None = None,
    event_id: str | None = None,
    **fields: Any,
) -> Body:
    """An Events API delivery: kind is "app_mention", "message_im" or "app_home_opened"."""
    body = copy.deepcopy(_template(f"{kind}.json"))
    body["event_id"] = event_id or _fresh("Ev")
    inner = body["event"]
    inner["user"] = user
    if "text" in inner:
        inner["text"] = text
    if channel is not None:
        inner["channel"] = channel
    if "ts" in inner:
        inner["ts"] = inner["event_ts"] = ts or f"1515449{next(_ids):03d}.000016"
    if thread_ts is not None:
        inner["thread_ts"] = thread_ts
    inner.update(fields)
    return json.dumps(body), JSON


def mention(text: str, *, user: str, **kw: Any) -> Body:
    return event("app_mention", user=user, text=f"<@U0DEALBOT> {text}", **kw)


def direct_message(text: str, *, user: str, **kw: Any) -> Body:
    return event("message_im", user=user, text=text, **kw)


def home_opened(user: str) -> Body:
    return event("app_home_opened", user=user)


def click(
    action_id: str,
    proposal_id: str,
    *,
    user: str,
    channel: str | None = None,
    message_ts: str | None = None,
    trigger_id: str | None = None,
    home: bool = False,
) -> Body:
    """A button press on a card in a message (or, with ``home``, on the Home tab)."""
    body = copy.deepcopy(_template("block_actions.json"))
    body["user"]["id"] = user
    body["trigger_id"] = trigger_id or _fresh("trig.")
    action = body["actions"][0]
    action.update(action_id=action_id, value=proposal_id, block_id=f"decide:{proposal_id}")
    if home:
        body["container"] = {"type": "view", "view_id": "V0HOME0001"}
        body.pop("channel"), body.pop("message")
    else:
        body["container"].update(
            channel_id=channel or body["container"]["channel_id"],
            message_ts=message_ts or body["container"]["message_ts"],
        )
        body["channel"]["id"] = body["container"]["channel_id"]
    return _form(body)


def edit_submitted(view: dict[str, Any], new_body: str, *, user: str, trigger_id: str | None = None) -> Body:
    """The Edit modal submitted: ``view`` as the app opened it (views.open), its text box set to ``new_body``."""
    body = copy.deepcopy(_template("view_submission.json"))
    body["user"]["id"] = user
    body["trigger_id"] = trigger_id or _fresh("trig.")
    box = next(b for b in view["blocks"] if b.get("type") == "input")
    body["view"].update(
        callback_id=view["callback_id"], private_metadata=view.get("private_metadata", ""), blocks=view["blocks"]
    )
    body["view"]["state"] = {
        "values": {box["block_id"]: {box["element"]["action_id"]: {"type": "plain_text_input", "value": new_body}}}
    }
    return _form(body)


def command(text: str, *, user: str, channel: str = "C0LAN2Q65", trigger_id: str | None = None) -> Body:
    """``/deal TEXT`` as Slack posts a slash command (form fields, no JSON)."""
    fields = dict(parse_qsl((PAYLOADS / "slash_command.txt").read_text().strip(), keep_blank_values=True))
    fields.update(text=text, user_id=user, channel_id=channel, trigger_id=trigger_id or _fresh("trig."))
    return urlencode(fields), FORM


def _form(payload: dict[str, Any]) -> Body:
    return urlencode({"payload": json.dumps(payload)}), FORM
