"""``POST /api/messages``: the Bot Framework's CloudAdapter, with answers fixed at the HTTP edge.

:class:`TeamsCloudAdapter` keeps CloudAdapter's turn processing and JWT check but owns the HTTP
mapping, because the stock ``CloudAdapter.process`` gets three things wrong:

- an ``adaptiveCard/action`` invoke answers 500 ("'dict' object has no attribute 'is_xml_model'"):
  ``ActivityHandler`` hands back the invoke body already serialised to a dict (and so does
  :class:`~adapters.teams.bot.TeamsBot`) and ``process`` serialises it again; here a body is
  serialised only if it is still an SDK model;
- a body that is not JSON, or an activity without the fields a reply needs, is a 500; here a 400;
- a bearer token that is not even a JWT raises a decode error, a 500; here every failed
  authentication is a 401 (a missing token too, whenever an app id is configured).
"""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any

from aiohttp import web
from botbuilder.core import Bot, InvokeResponse, TurnContext, serializer_helper
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity, ActivityTypes
from botframework.connector.auth import AuthenticateRequestResult
from msrest.serialization import Model

from adapters.teams.translate import activity_problem

log = logging.getLogger("dealbot.teams")
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."


class TeamsCloudAdapter(CloudAdapter):
    """CloudAdapter whose ``process`` answers 400 / 401 / 415 instead of 500, and serialises invoke bodies once."""

    async def process(self, request: web.Request, bot: Bot, ws_response: Any = None) -> web.Response:
        if "application/json" not in request.headers.get("Content-Type", ""):
            return _problem(415, "send the activity as application/json")
        try:
            body = await request.json()
        except ValueError:
            return _problem(400, "the body is not JSON")
        problem = activity_problem(body)
        if problem is None:
            try:
                activity = Activity().deserialize(body)
            except Exception as exc:  # msrest's DeserializationError and friends: the sender's fault
                problem = f"not a Bot Framework activity ({type(exc).__name__})"
        if problem is not None:
            return _problem(400, problem)
        authenticated = await self._authenticate(activity, request.headers.get("Authorization", ""))
        if authenticated is None:
            return _problem(401, "missing or invalid Bot Framework token")
        invoke_response = await self.process_activity(authenticated, activity, bot.on_turn)
        return _http_response(invoke_response)

    async def _authenticate(self, activity: Activity, auth_header: str) -> AuthenticateRequestResult | None:
        try:
            return await self.bot_framework_authentication.authenticate_request(activity, auth_header)
        except Exception as exc:  # PermissionError for a bad or missing token, jwt errors for garbage
            log.info("refused an activity from %s: %s", activity.service_url, exc)
            return None


def _http_response(invoke_response: InvokeResponse | None) -> web.Response:
    if invoke_response is None:
        return web.Response(status=201)  # a message or update: the answer went out through the connector
    status = int(invoke_response.status or 200)
    body = invoke_response.body
    if body is None:
        return web.Response(status=status)
    if isinstance(body, Model):  # still an SDK model: serialise it, once
        body = serializer_helper(body)
    return web.json_response(body, status=status)


def _problem(status: int, reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=status)


def build_adapter(
    *, app_id: str | None, app_password: str | None, tenant_id: str | None, app_type: str = "MultiTenant"
) -> TeamsCloudAdapter:
    """The adapter for these Bot Framework credentials; with no app id, authentication is off (Emulator mode)."""
    configuration = SimpleNamespace(
        APP_ID=app_id or "", APP_PASSWORD=app_password or "", APP_TENANTID=tenant_id or "", APP_TYPE=app_type
    )
    # msrest warns on every Teams channelData field its models do not know (``source``, ``legacy``, ...)
    logging.getLogger("msrest.serialization").setLevel(logging.ERROR)
    adapter = TeamsCloudAdapter(ConfigurationBotFrameworkAuthentication(configuration))
    adapter.on_turn_error = _on_turn_error
    return adapter


async def _on_turn_error(turn_context: TurnContext, error: Exception) -> None:
    """Log it; tell the person, or answer an invoke with an error, rather than leaving them waiting."""
    log.error("turn failed: %s", error, exc_info=error)
    try:
        if turn_context.activity.type == ActivityTypes.invoke:
            body = {"statusCode": 500, "type": "application/vnd.microsoft.error",
                    "value": {"code": "InternalError", "message": SORRY}}  # fmt: skip
            await turn_context.send_activity(
                Activity(type=ActivityTypes.invoke_response, value=InvokeResponse(status=500, body=body))
            )
        elif turn_context.activity.type == ActivityTypes.message:
            await turn_context.send_activity(SORRY)
    except Exception:
        log.exception("could not tell the user about the failure")
