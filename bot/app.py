"""``create_app(settings)``: the aiohttp application that Slack, Teams and probes talk to."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.errors import StoreError
from bot.ingest_route import mount_ingest
from bot.services import Services, build_services
from bot.settings import Settings
from bot.slack_wiring import mount_slack
from bot.teams_wiring import mount_teams
from memory.migrate import check_initialised

SERVICES = web.AppKey("services", Services)
REQUEST_COUNTS = web.AppKey("request_counts", Counter)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def create_app(settings: Settings, services: Services | None = None) -> web.Application:
    """Build the web application; adapters mount their routes here as they arrive."""
    app = web.Application(middlewares=[_count_requests])
    app[SERVICES] = services or build_services(settings)
    app[REQUEST_COUNTS] = Counter()
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    mount_teams(app, settings, app[SERVICES])  # POST /api/messages (Bot Framework)
    mount_slack(app, settings, app[SERVICES])  # POST /slack/events and/or Socket Mode, when configured
    mount_ingest(app, settings, app[SERVICES])  # POST /ingest (503 until INGEST_TOKEN is set)
    app.on_cleanup.append(_close_services)
    return app


async def healthz(request: web.Request) -> web.Response:
    """200 when the store answers and is migrated, 503 with the reason otherwise."""
    services = request.app[SERVICES]
    try:
        await asyncio.to_thread(check_initialised, services.engine)
    except StoreError as exc:
        return web.json_response({"status": "unavailable", "database": exc.message}, status=503)
    return web.json_response({"status": "ok", "database": "ok"})


async def metrics(request: web.Request) -> web.Response:
    """Request counts by route and status, in the Prometheus text format."""
    lines = ["# TYPE dealbot_http_requests_total counter"]
    for (route, status), count in sorted(request.app[REQUEST_COUNTS].items()):
        lines.append(f'dealbot_http_requests_total{{route="{route}",status="{status}"}} {count}')
    return web.Response(text="\n".join(lines) + "\n", content_type="text/plain")


@web.middleware
async def _count_requests(request: web.Request, handler: Handler) -> web.StreamResponse:
    route = request.match_info.route.resource.canonical if request.match_info.route.resource else "unmatched"
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        request.app[REQUEST_COUNTS][(route, exc.status)] += 1
        raise
    request.app[REQUEST_COUNTS][(route, response.status)] += 1
    return response


async def _close_services(app: web.Application) -> None:
    app[SERVICES].close()
