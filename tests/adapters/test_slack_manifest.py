"""The Slack app manifest asks for what the app handles: its events, the /deal command, interactivity,
and the scopes the Web API calls need - and no Socket Mode surprise in the HTTP default."""

from __future__ import annotations

from typing import Any

import yaml

from adapters.slack.conversations import COMMAND
from tests.conftest import PROJECT_ROOT

MANIFEST: dict[str, Any] = yaml.safe_load((PROJECT_ROOT / "adapters/slack/manifest.yml").read_text())


def test_events_command_and_interactivity_all_reach_slack_events() -> None:
    settings, features = MANIFEST["settings"], MANIFEST["features"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_mention", "message.im", "app_home_opened"}
    (command,) = features["slash_commands"]
    assert command["command"] == COMMAND
    urls = {settings["event_subscriptions"]["request_url"], settings["interactivity"]["request_url"], command["url"]}
    assert len(urls) == 1 and urls.pop().endswith("/slack/events") and settings["interactivity"]["is_enabled"]
    assert features["app_home"]["home_tab_enabled"] and settings["socket_mode_enabled"] is False


def test_the_scopes_cover_every_web_api_call_and_no_more() -> None:
    needed = {
        "app_mentions:read",
        "chat:write",
        "commands",
        "im:history",
        "im:read",
        "im:write",
        "users:read",
        "users:read.email",
    }
    assert set(MANIFEST["oauth_config"]["scopes"]["bot"]) == needed
