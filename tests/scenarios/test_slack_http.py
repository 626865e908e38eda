"""/slack/events at the edge: signatures (401), stale timestamps, malformed bodies (400, never 500),
URL verification; Slack's configuration at start-up; Socket Mode as the alternative to HTTP."""

from __future__ import annotations

import json
import time
from urllib.parse import urlencode

import pytest
from sqlalchemy import Engine

from bot.cli import main
from bot.errors import ConfigurationError
from bot.settings import load_settings
from tests.fakes.slack_api import FakeSlackApi, signed_headers
from tests.fakes.slack_payloads import FORM, JSON, mention
from tests.scenarios.slack_harness import DARCEL, SECRET, blocks_text, slack_world


async def test_a_bad_signature_gets_401_and_nothing_happens(engine: Engine) -> None:
    async with slack_world(engine) as world:
        text, content_type = mention("tell me about Cancity", user=DARCEL)
        forged = signed_headers("not-the-secret", text)
        response = await world.client.post("/slack/events", data=text, headers={"Content-Type": content_type, **forged})
        assert response.status == 401
        unsigned = await world.post((text, content_type), signed=False)
        tampered = signed_headers(SECRET, text) | {"Content-Type": content_type}
        changed = await world.client.post("/slack/events", data=text.replace("Cancity", "Isdom"), headers=tampered)
        bad_ts = await world.client.post(
            "/slack/events", data=text, headers={**tampered, "X-Slack-Request-Timestamp": "soon"}
        )
        assert [unsigned.status, changed.status, bad_ts.status] == [401, 401, 401]
        await world.drain()
        assert world.fake.calls == []


async def test_a_timestamp_older_than_five_minutes_is_rejected(engine: Engine) -> None:
    async with slack_world(engine) as world:
        body = mention("tell me about Cancity", user=DARCEL)
        stale = await world.post(body, timestamp=int(time.time()) - 301)  # correctly signed, but a replay
        assert stale.status == 401
        fresh = await world.post(body, timestamp=int(time.time()) - 200)
        assert fresh.status == 200
        await world.fake.wait_for("chat.update")


MALFORMED = [
    ("", JSON),
    ("{not json", JSON),
    ("[1, 2, 3]", JSON),
    ('{"type": "event_callback", "event_id": "Ev1"}', JSON),  # no event
    ('{"type": "event_callback", "event_id": "Ev1", "event": "app_mention"}', JSON),
    ('{"type": "event_callback", "event": {"type": "app_mention"}}', JSON),  # no event id
    ('{"type": "url_verification"}', JSON),  # no challenge
    ('{"event": {"type": "message"}}', JSON),  # no type
    ('{"type": 7}', JSON),
    (urlencode({"payload": "{broken"}), FORM),
    (urlencode({"payload": json.dumps({"type": "block_actions", "user": {"id": DARCEL}})}), FORM),  # no actions
    (
        urlencode({"payload": json.dumps({"type": "block_actions", "user": "U1", "actions": [{"action_id": "a"}]})}),
        FORM,
    ),
    (urlencode({"payload": json.dumps({"type": "block_actions", "user": {"id": DARCEL}, "actions": ["x"]})}), FORM),
    (urlencode({"payload": json.dumps({"type": "view_submission", "user": {"id": DARCEL}})}), FORM),  # no view
    (urlencode({"payload": json.dumps(["list"])}), FORM),
    (urlencode({"command": "/deal", "text": "Cancity"}), FORM),  # no user, no channel
    ("just some words", FORM),
]


async def test_malformed_bodies_get_400_never_500(engine: Engine) -> None:
    async with slack_world(engine) as world:
        statuses = [(await world.post(body)).status for body in MALFORMED]
        invalid_utf8 = b'{"type": "event_callback", "x": "\xff\xfe"}'
        raw = await world.client.post(
            "/slack/events", data=invalid_utf8, headers={"Content-Type": JSON, **signed_headers(SECRET, invalid_utf8)}
        )
        assert statuses + [raw.status] == [400] * (len(MALFORMED) + 1)
        assert (await raw.json())["error"] == "malformed payload"
        await world.drain()
        assert [c.method for c in world.fake.calls] == []


async def test_url_verification_answers_the_challenge(engine: Engine) -> None:
    async with slack_world(engine) as world:
        body = json.dumps(
            {
                "token": "t",
                "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                "type": "url_verification",
            }
        )
        response = await world.post((body, JSON))
        assert response.status == 200
        assert (await response.json())["challenge"] == "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"


@pytest.mark.parametrize(
    ("given", "named"),
    [
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"),
        ({"SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_APP_TOKEN": "xapp-1"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xapp-1", "SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN must be a bot token"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxb-2"}, "SLACK_APP_TOKEN must be an app-level token"),
    ],
)
def test_a_half_configured_slack_names_what_is_missing(given: dict[str, str], named: str) -> None:
    with pytest.raises(ConfigurationError, match=named):
        load_settings(**given)


def test_complete_slack_settings_are_accepted() -> None:
    http = load_settings(SLACK_BOT_TOKEN="xoxb-1", SLACK_SIGNING_SECRET="s")
    socket = load_settings(SLACK_BOT_TOKEN="xoxb-1", SLACK_APP_TOKEN="xapp-1")
    assert http.slack_enabled and socket.slack_enabled and not load_settings().slack_enabled
    assert str(http.slack_api_url) == "https://slack.com/api/"


def test_dealbot_serve_stops_at_start_up_on_a_half_configured_slack(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-only-a-token")
    monkeypatch.delenv("SLACK_SIGNING_SECRET", raising=False)
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    assert main(["serve", "--port", "1"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("dealbot: error:") and "SLACK_SIGNING_SECRET is missing" in error
    assert "Traceback" not in error


async def test_socket_mode_connects_out_and_answers_over_the_websocket(engine: Engine) -> None:
    async with slack_world(engine, SLACK_SIGNING_SECRET="", SLACK_APP_TOKEN="xapp-test-token") as world:
        await world.fake.socket_connected()
        assert world.fake.to("apps.connections.open")  # with the app-level token
        (no_http,) = [await world.post(mention("hi", user=DARCEL))]
        assert no_http.status == 404  # no signing secret: no HTTP endpoint to forge requests against
        payload = json.loads(mention("tell me about Cancity", user=DARCEL, channel="C0SALES")[0])
        envelope = await world.fake.push("events_api", payload)
        assert (await world.fake.wait_for_ack(envelope))["envelope_id"] == envelope
        (update,) = await world.fake.wait_for("chat.update")
        assert update["channel"] == "C0SALES" and "Cancity" in blocks_text(update["blocks"])
        retry = await world.fake.push("events_api", payload, retry_attempt=1)  # redelivered: acked, not answered
        await world.fake.wait_for_ack(retry)
        await world.drain()
        assert len(world.fake.to("chat.update")) == 1


async def test_a_refused_app_token_stops_start_up_with_a_clear_error(engine: Engine) -> None:
    def revoke(fake: FakeSlackApi) -> None:
        fake.fail("apps.connections.open", error="invalid_auth")

    with pytest.raises(ConfigurationError, match="Socket Mode refused SLACK_APP_TOKEN: invalid_auth"):
        async with slack_world(engine, prepare=revoke, SLACK_SIGNING_SECRET="", SLACK_APP_TOKEN="xapp-revoked"):
            pass  # pragma: no cover - start-up fails
