"""``POST /slack/events`` on the aiohttp server: signature first (401), then shape (400), then Bolt.

Bolt's own request verification stays on as well; checking here first lets a malformed but signed body
get a 400 instead of whatever the parser would raise, and keeps unsigned junk away from the parser."""

from __future__ import annotations

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.signature import Clock, SignatureVerifier

from adapters.slack.validate import parse_payload
from bot.errors import MalformedInputError

MAX_AGE_SECONDS = 300  # slack_sdk's SignatureVerifier refuses timestamps further than this from now


def verify(
    secret: str, body: bytes | str, timestamp: str | None, signature: str | None, *, clock: Clock | None = None
) -> bool:
    """Slack's v0 signature over ``v0:{timestamp}:{body}``, within five minutes of now (slack_sdk's verifier)."""
    if not timestamp or not signature or not timestamp.strip().isdigit():
        return False
    return SignatureVerifier(secret, clock or Clock()).is_valid(body, timestamp.strip(), signature)


def sign(secret: str, body: bytes | str, timestamp: str) -> str:
    """The signature Slack would send with ``body`` at ``timestamp`` (for tools and tests)."""
    signature = SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body)
    assert signature is not None
    return signature


class EventsEndpoint:
    """The aiohttp handler in front of a Bolt app."""

    def __init__(self, bolt: AsyncApp, signing_secret: str, *, clock: Clock | None = None) -> None:
        self._bolt = bolt
        self._secret = signing_secret
        self._clock = clock

    async def __call__(self, request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        try:
            text = raw.decode("utf-8")  # Slack sends UTF-8; the signature is computed over that text
        except UnicodeDecodeError:
            return _malformed("body is not UTF-8")
        timestamp, signature = (
            request.headers.get("X-Slack-Request-Timestamp"),
            request.headers.get("X-Slack-Signature"),
        )
        if not verify(self._secret, text, timestamp, signature, clock=self._clock):
            return web.json_response({"error": "invalid request"}, status=401)
        try:
            parse_payload(text, request.content_type)
            bolt_request = AsyncBoltRequest(body=text, query=request.query_string, headers=dict(request.headers))
        except (MalformedInputError, ValueError, TypeError, AttributeError) as exc:  # Bolt's parsing of odd shapes
            return _malformed(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return await to_aiohttp_response(await self._bolt.async_dispatch(bolt_request))


def _malformed(detail: str) -> web.Response:
    return web.json_response({"error": "malformed payload", "detail": detail}, status=400)
