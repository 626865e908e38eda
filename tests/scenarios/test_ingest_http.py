"""POST /ingest over real HTTP on loopback (the app as `dealbot serve` builds it) against the real store:
bearer-token authentication, bounded bodies, 400s that name the field, one result per item, idempotency,
and indexing into a real embedded Chroma."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import chromadb
import pytest
from aiohttp.test_utils import TestClient, TestServer
from chromadb.config import Settings as ChromaSettings
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from agents.agent import Agent
from bot.app import create_app
from bot.pipeline import Pipeline
from bot.services import Services
from bot.settings import load_settings
from memory.db import session_scope
from memory.models import Deal, Interaction, Stage
from memory.seed import seed_demo
from memory.vector import VectorMemory
from tests.conftest import FIXTURES
from tests.store.test_deal_updates import add_open_deal

TOKEN = "test-ingest-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
VTT = (FIXTURES / "ingest" / "cancity_call_2017-03-20.vtt").read_text(encoding="utf-8")
RAW = (FIXTURES / "ingest" / "plain_reply.eml").read_text(encoding="utf-8")

EMAIL = {"kind": "email", "from": "Casey Fakeley <casey.fakeley@cancity.example>", "to": ["darcel@ourteam.example"],
         "subject": "Seats", "text": "Hi Darcel,\n\nWe'd like 20 seats at 45k; we decide by end of month.\n\nCasey",
         "date": "2017-12-05T09:30:00Z", "message_id": "<seats-1@cancity.example>"}  # fmt: skip
NOTE = {"kind": "note", "text": "Met Cancity: they want 20 seats at 45k, decision by end of month",
        "author": "Darcel Schlecht", "time": "2017-12-06T15:00:00Z", "account": "Cancity"}  # fmt: skip
CALL = {"kind": "call", "content": VTT, "time": "2017-03-20T16:00:00Z", "participants": ["Casey Fakeley"]}


def _services(engine: Engine, vectors: VectorMemory | None = None, **settings: Any) -> Services:
    config = load_settings(**({"INGEST_TOKEN": TOKEN} | settings))
    agent = Agent(engine)
    services = Services(config, engine, lambda: Pipeline(engine, agent))
    if vectors is not None:
        services.vectors = lambda: vectors
    return services


async def _client(services: Services) -> AsyncIterator[TestClient]:
    async with TestClient(TestServer(create_app(services.settings, services), host="127.0.0.1")) as client:
        yield client


@pytest.fixture
def store(engine: Engine) -> Engine:
    seed_demo(engine, FIXTURES / "maven_mini")
    with session_scope(engine) as session:
        add_open_deal(session, "DARCEL01", owner="Darcel Schlecht", account="Cancity")
    return engine


@pytest.fixture
async def client(store: Engine) -> AsyncIterator[TestClient]:
    async for c in _client(_services(store)):
        yield c


async def post(client: TestClient, body: Any, headers: dict[str, str] | None = None) -> tuple[int, dict[str, Any]]:
    data = body if isinstance(body, bytes | str) else json.dumps(body)
    sent = {"Content-Type": "application/json", **(AUTH if headers is None else headers)}
    response = await client.post("/ingest", data=data, headers=sent)
    return response.status, await response.json()


async def test_the_endpoint_is_off_without_a_token(store: Engine) -> None:
    async for client in _client(_services(store, INGEST_TOKEN="")):
        status, body = await post(client, NOTE)
        assert status == 503 and "set INGEST_TOKEN" in body["error"]


async def test_a_missing_or_wrong_token_is_refused(client: TestClient, store: Engine) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong-token-0123456789"}, {"Authorization": f"Basic {TOKEN}"},
                    {"Authorization": f"Bearer {TOKEN}x"}):  # fmt: skip
        status, body = await post(client, NOTE, headers)
        assert status == 401 and "bearer token" in body["error"], headers
    with Session(store) as session:
        assert session.exec(select(func.count()).select_from(Interaction)).one() == 0


async def test_bad_requests_are_400s_naming_the_field(client: TestClient) -> None:
    cases: list[tuple[Any, str]] = [
        ("{not json", "the body is not JSON"),
        ("42", "body: expected a JSON object or a list"),
        ([], "the list is empty"),
        ({"text": "hello"}, "kind: required"),
        ({"kind": "fax", "text": "x"}, "kind: unknown kind 'fax'"),
        ({"kind": "note"}, "text: required"),
        ({"kind": "email", "text": "hi"}, "from: required"),
        ({**EMAIL, "from": "Casey <not-an-address>"}, "from: 'Casey <not-an-address>' is not one email address"),
        ({**NOTE, "time": "next Tuesday"}, "time: 'next Tuesday' is not a date"),
        ({**EMAIL, "to": ["ok@x.example", 7]}, "to[1]: expected a name, an email address"),
        ({"kind": "call", "content": "WEBVTT\n\n"}, "content: no spoken text found"),
        ({"kind": "call", "content": "x", "format": "docx"}, "format: unknown format 'docx'"),
        ([{"kind": "note"}, {"kind": "note", "text": 3}], "items[0].text: required"),
    ]
    for body, message in cases:
        status, answer = await post(client, body)
        assert status == 400 and message in answer["error"], (body, answer)
    response = await client.post("/ingest", data="text=hi", headers={**AUTH, "Content-Type": "text/plain"})
    assert response.status == 415


async def test_size_limits_answer_413(store: Engine) -> None:
    async for client in _client(_services(store, INGEST_MAX_MB=0.01, INGEST_MAX_ITEMS=2)):
        status, body = await post(client, {**NOTE, "text": "x" * 20_000})
        assert status == 413 and "0.01 MB limit" in body["error"]
        status, body = await post(client, [NOTE, EMAIL, CALL])
        assert status == 413 and "3 items in one request; the limit is 2" in body["error"]


async def test_items_of_every_kind_are_stored_once_with_one_result_each(client: TestClient, store: Engine) -> None:
    status, body = await post(client, [EMAIL, NOTE, CALL, {"kind": "email", "raw": RAW}])
    assert status == 200, body
    email, note, call, raw = body["results"]
    assert [r["index"] for r in body["results"]] == [0, 1, 2, 3]
    assert email["status"] == "linked" and email["account"] == "Cancity" and email["deal"] == "DARCEL01"
    assert note["status"] == "linked" and note["deal"] == "DARCEL01"
    update = note["proposed_update"]
    assert update["status"] == "proposed" and update["changes"]["amount"]["to"] == 45000
    assert update["changes"]["expected_close"]["to"] == "2017-12-31"
    assert call["status"] == "linked" and call["proposed_update"]["notes"]["competitors"] == ["Quorvia"]
    assert raw["status"] in ("linked", "unlinked") and raw["source_ref"].startswith("<")  # its Message-ID
    with Session(store) as session:
        row = session.get(Interaction, note["interaction_id"])
        assert row is not None and row.kind == "note" and row.logged_by_id is not None
        assert row.occurred_at.date() == date(2017, 12, 6)
        stored = session.get(Interaction, call["interaction_id"])
        assert stored is not None and "Maria Lopez: Thanks for joining" in stored.raw_text
        assert "Casey Fakeley" in stored.extracted["participants"]  # the caller's list joins the speakers
    again_status, again = await post(client, [EMAIL, NOTE, CALL, {"kind": "email", "raw": RAW}])
    assert again_status == 200
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 4
    assert [r["interaction_id"] for r in again["results"]] == [r["interaction_id"] for r in body["results"]]
    with Session(store) as session:
        assert session.exec(select(func.count()).select_from(Interaction)).one() == 4


async def test_a_list_with_bad_items_stores_the_good_ones_and_answers_207(client: TestClient, store: Engine) -> None:
    twin = {**NOTE, "id": "phone-app-17"}
    status, body = await post(client, [twin, {"kind": "note", "author": "Darcel Schlecht"}, twin])
    assert status == 207
    good, bad, second = body["results"]
    assert good["status"] == "linked" and isinstance(good["interaction_id"], int)
    assert bad == {"index": 1, "status": "failed", "interaction_id": None, "field": "items[1].text",
                   "reason": "items[1].text: required", "proposed_update": None}  # fmt: skip
    assert second["status"] == "duplicate"  # the same caller id twice in one request
    with Session(store) as session:
        assert session.exec(select(func.count()).select_from(Interaction)).one() == 1
        deal = session.exec(select(Deal).where(Deal.external_id == "DARCEL01")).one()
    assert deal.stage == Stage.ENGAGING and deal.close_value is None  # untouched until the rep confirms


async def test_ingested_items_are_searchable_in_vector_memory(
    store: Engine, tmp_path: Path, embedding_model: None
) -> None:
    client_ = chromadb.PersistentClient(
        path=str(tmp_path / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    vectors = VectorMemory(client_, collection=f"t-{uuid.uuid4().hex[:8]}")
    async for client in _client(_services(store, vectors)):
        status, body = await post(client, [EMAIL, CALL])
        assert status == 200 and "warning" not in body["results"][0]
        hits = vectors.search("how many seats do they want", k=3)
        assert any(h.interaction_id == body["results"][0]["interaction_id"] for h in hits)
