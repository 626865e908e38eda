"""Slack: a Bolt app over HTTP (``/slack/events``) or Socket Mode. Translates only; dealbot reaches it
through the callables in :class:`SlackPorts`, supplied by the composition root."""

from adapters.slack.bot import SlackBot
from adapters.slack.http import sign, verify
from adapters.slack.ports import SLACK_API_URL, Decide, SlackConfig, SlackPorts
from adapters.slack.proactive import send_direct_text, send_update_card

__all__ = [
    "SLACK_API_URL", "Decide", "SlackBot", "SlackConfig", "SlackPorts", "send_direct_text", "send_update_card", "sign",
    "verify",
]  # fmt: skip
