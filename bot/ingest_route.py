"""``POST /ingest``: emails, transcripts and notes as JSON from other systems (a mail gateway, a meeting
recorder, a phone app), authenticated with a bearer token.

Off until ``INGEST_TOKEN`` is set: then it answers 503 with how to turn it on (503 rather than 404 so
an integrator can tell "not configured" from a wrong URL). The token is compared in constant time. The
body is bounded (``INGEST_MAX_MB``, ``INGEST_MAX_ITEMS``: 413 with the limit); what is not JSON, or an item
with a bad or missing field, is a 400 naming the field, never a 500. A list with some bad items stores
the good ones and answers 207 with one result per item; all good is 200. Ingestion (synchronous SQL,
embeddings) runs in a worker thread, off the event loop. Sending the same item again answers
``duplicate`` with the stored interaction's id.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from aiohttp import web
from sqlmodel import Session, col, select

from adapters.email.inbound import assign_threads
from adapters.ingest_http import BadItem, Parsed, parse_items
from bot.ingest_events import InboundItem
from bot.services import Services
from bot.settings import Settings
from memory.ingest import Ingestor, Outcome, chunks_of
from memory.models import Deal, Interaction
from policies.privacy.ingest import redact_items

if TYPE_CHECKING:
    from memory.vector import VectorMemory

log = logging.getLogger("dealbot.ingest")
PATH = "/ingest"
STORED = {"linked", "unlinked", "duplicate"}
TWICE = "twice in this batch"  # memory.ingest's reason for the second copy of an item in one request
OFF = "POST /ingest is off: set INGEST_TOKEN (a random string of at least 16 characters) to turn it on"


def mount_ingest(app: web.Application, settings: Settings, services: Services) -> None:
    """Serve ``POST /ingest`` on ``app``."""

    async def ingest(request: web.Request) -> web.Response:
        return await handle(request, settings, services)

    app.router.add_post(PATH, ingest)


async def handle(request: web.Request, settings: Settings, services: Services) -> web.Response:
    """Authenticate, bound, parse, ingest off the loop, answer one result per item."""
    if not settings.ingest_token:
        return _problem(503, OFF)
    if not _authorised(request.headers.get("Authorization", ""), settings.ingest_token):
        return _problem(401, "missing or wrong bearer token (Authorization: Bearer <INGEST_TOKEN>)",
                        headers={"WWW-Authenticate": 'Bearer realm="dealbot-ingest"'})  # fmt: skip
    if request.content_type != "application/json" and not request.content_type.endswith("+json"):
        return _problem(415, f"send JSON (Content-Type: application/json), not {request.content_type or 'nothing'}")
    limit = int(settings.ingest_max_mb * 1024 * 1024)
    body = await _read(request, limit)
    if body is None:
        return _problem(413, f"the body is over the {settings.ingest_max_mb:g} MB limit (INGEST_MAX_MB); "
                             "send fewer items per request")  # fmt: skip
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        return _problem(400, "the body is not UTF-8 text")
    except json.JSONDecodeError as exc:
        return _problem(400, f"the body is not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
    try:
        parsed = parse_items(data)
    except BadItem as exc:
        return _problem(400, str(exc), field=exc.field)
    if len(parsed) > settings.ingest_max_items:
        return _problem(413, f"{len(parsed)} items in one request; the limit is {settings.ingest_max_items} "
                             "(INGEST_MAX_ITEMS): send them in smaller batches")  # fmt: skip
    problems = [p for p in parsed if p.problem is not None]
    if len(problems) == len(parsed):  # nothing usable: the request itself is bad
        first = problems[0].problem
        assert first is not None
        extra: dict[str, Any] = {"field": first.field}
        if isinstance(data, list):
            extra["items"] = [_bad(p) for p in problems]
        return _problem(400, str(first), **extra)
    try:
        results = await asyncio.to_thread(ingest_parsed, services.engine, services.vectors, parsed)
    except Exception as exc:  # the store is down or similar: nothing half-reported; a resend is safe
        log.exception("POST /ingest failed")
        return _problem(503, f"could not store the items just now ({type(exc).__name__}); nothing reported as "
                             "stored was lost, and sending the same items again is safe")  # fmt: skip
    status = 200 if all(r["status"] in STORED for r in results) else 207
    return web.json_response({"results": results}, status=status)


def _authorised(header: str, token: str) -> bool:
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode(), token.encode())  # constant time: no timing oracle


async def _read(request: web.Request, limit: int) -> bytes | None:
    """The body, or None as soon as it is over ``limit`` (the app-wide 1 MB cap does not apply here)."""
    if request.content_length is not None and request.content_length > limit:
        return None
    body = bytearray()
    async for chunk in request.content.iter_chunked(64 * 1024):
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def ingest_parsed(
    engine: Any, vectors: Callable[[], VectorMemory] | None, parsed: list[Parsed]
) -> list[dict[str, Any]]:
    """Store the readable items (privacy redaction first, threads rebuilt across the request), then index them
    in vector memory; one JSON result per item, in request order."""
    items = [p.item for p in parsed if p.item is not None]
    outcomes = Ingestor(engine).ingest(redact_items(_threaded(items)))
    searchable_note = _index(engine, vectors, outcomes)
    by_ref: dict[str, list[Outcome]] = {}
    for o in sorted(outcomes, key=lambda o: o.reason == TWICE):  # the first of twins is the one stored
        by_ref.setdefault(o.source_ref, []).append(o)
    updates = _stored_updates(engine, [o.interaction_id for o in outcomes if o.interaction_id is not None])
    results: list[dict[str, Any]] = []
    for p in parsed:
        if p.item is None:
            results.append(_bad(p))
            continue
        outcome = by_ref[p.item.source_ref].pop(0)
        result = _result(p.index, outcome, updates.get(outcome.interaction_id or -1))
        if searchable_note and outcome.status in STORED:
            result["warning"] = searchable_note
        results.append(result)
    return results


def _threaded(items: list[InboundItem]) -> list[InboundItem]:
    """``assign_threads`` sorts by date; keep the request's order (results are reported per index)."""
    threads = {i.source_ref: i.thread_ref for i in assign_threads(items)}
    return [i if i.kind != "email" else _with_thread(i, threads.get(i.source_ref)) for i in items]


def _with_thread(item: InboundItem, thread: str | None) -> InboundItem:
    return replace(item, thread_ref=thread) if thread else item


def _index(engine: Any, vectors: Callable[[], VectorMemory] | None, outcomes: list[Outcome]) -> str | None:
    """Chunks of the new interactions (and of stored ones whose chunks are missing) into vector memory.
    SQL is committed already, so a failure here costs searchability, not data: it is reported, and a resend
    of the same items indexes them."""
    if vectors is None:
        return None
    ids = [o.interaction_id for o in outcomes if o.interaction_id is not None and o.status in STORED]
    if not ids:
        return None
    try:
        memory = vectors()
        with Session(engine) as session:
            rows = list(session.exec(select(Interaction).where(col(Interaction.id).in_(ids))))
        chunks = [c for r in rows for c in chunks_of(r)]
        missing = memory.missing([c.id for c in chunks])
        memory.upsert([c for c in chunks if c.id in missing])
    except Exception as exc:  # Chroma down, model missing: the rows are stored all the same
        log.warning("vector memory unavailable for POST /ingest: %s", exc)
        return f"stored, but not yet searchable (vector memory unavailable: {type(exc).__name__}); send it again later"
    return None


def _stored_updates(engine: Any, ids: list[int]) -> dict[int, tuple[str | None, dict[str, Any] | None]]:
    if not ids:
        return {}
    with Session(engine) as session:
        query = select(Interaction.id, Interaction.extracted, Deal.external_id).join(
            Deal, col(Deal.id) == Interaction.deal_id, isouter=True
        )
        rows = session.exec(query.where(col(Interaction.id).in_(ids))).all()
    return {int(i): (deal, (extracted or {}).get("proposed_update")) for i, extracted, deal in rows if i is not None}


def _result(index: int, outcome: Outcome, stored: tuple[str | None, dict[str, Any] | None] | None) -> dict[str, Any]:
    deal, update = stored or (None, None)
    return {
        "index": index, "status": outcome.status, "interaction_id": outcome.interaction_id,
        "account": outcome.account, "deal": deal, "source_ref": outcome.source_ref, "reason": outcome.reason,
        "proposed_update": update,
    }  # fmt: skip


def _bad(p: Parsed) -> dict[str, Any]:
    assert p.problem is not None
    return {"index": p.index, "status": "failed", "interaction_id": None, "field": p.problem.field,
            "reason": str(p.problem), "proposed_update": None}  # fmt: skip


def _problem(status: int, message: str, *, headers: dict[str, str] | None = None, **extra: Any) -> web.Response:
    return web.json_response({"error": message, **extra}, status=status, headers=headers)
