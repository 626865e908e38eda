"""Slack text: mrkdwn escaping, Slack's limits, and what arrives in a message's text."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

SECTION_LIMIT = 3000  # section text, context text, plain_text_input
FIELD_LIMIT = 2000
HEADER_LIMIT = 150
MESSAGE_BLOCKS_LIMIT = 50
_LINK = re.compile(r"<(https?://[^|>]+)(?:\|([^>]+))?>")


def escape(text: str) -> str:
    """Text shown as mrkdwn: Slack reads ``<...>`` as links and mentions, so &, < and > are escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters, marked with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quote(text: str) -> str:
    """A block quote of ``text`` (every line), for showing a draft as the customer would read it."""
    return "\n".join(f">{line}" for line in text.splitlines() or [""])


def incoming_text(text: str, *, bot_user_id: str | None) -> str:
    """A message as the person meant it: without the bot's own mention, links as their text, entities decoded."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", " ", text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    return " ".join(html.unescape(text).split())


def slack_date(moment: datetime) -> str:
    """A time each reader sees in their own time zone (with a UTC fallback for old clients)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    fallback = aware.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(aware.timestamp())}^{{date_short_pretty}} at {{time}}|{fallback}>"
