"""Notes logged in Teams and their proposed deal updates over real HTTP on loopback: the note is answered
with an Adaptive Card 1.5 to confirm, edit (inputs in an Action.ShowCard) or dismiss; presses decide once,
through policies, and answer with the card as it is now."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp.test_utils import TestClient
from sqlmodel import Session, select

from adapters.teams.cards import CONTENT_TYPE
from bot.services import Services
from memory.db import session_scope
from memory.models import Deal, Stage
from tests.adapters.card_schema import assert_valid_card
from tests.fakes.bot_connector import FakeConnector
from tests.scenarios.test_teams_http import activity, all_cards_valid, client, connector, mailbox, payload, services
from tests.store.test_deal_updates import add_open_deal

__all__ = ["client", "connector", "mailbox", "services"]  # the fixtures, shared with the Teams HTTP tests
NOTE = "log: just met Cancity, they want 20 seats at 45k, decision by end of month"


async def logged(client: TestClient, connector: FakeConnector, services: Services) -> dict[str, Any]:
    with session_scope(services.engine) as session:
        add_open_deal(session, "DARCEL01", owner="Darcel Schlecht", account="Cancity")
    response = await client.post("/api/messages", json=activity(connector, text=NOTE))
    assert response.status == 201
    (card,) = [c for c in all_cards_valid(connector) if c.get("actions")]
    return card


def press(connector: FakeConnector, update_id: str, verb: str, **inputs: str) -> dict[str, Any]:
    body = payload("invoke_action_execute", connector)
    action = body["value"]["action"]
    action["verb"], action["title"] = verb, verb
    action["data"] = {"dealbot": "dealbot.update", "update_id": update_id, **inputs}
    return body


def deal(services: Services) -> Deal:
    with Session(services.engine) as session:
        return session.exec(select(Deal).where(Deal.external_id == "DARCEL01")).one()


async def test_a_logged_note_brings_a_valid_update_card(
    client: TestClient, connector: FakeConnector, services: Services
) -> None:
    card = await logged(client, connector, services)
    assert "Logged your note on Cancity (deal DARCEL01)" in connector.messages()[0]["text"]
    assert card["version"] == "1.5" and card["body"][1]["text"].startswith("Cancity — ")
    confirm, edit, dismiss = card["actions"]
    assert (confirm["verb"], edit["type"], dismiss["verb"]) == ("confirm_update", "Action.ShowCard", "dismiss_update")
    inputs = {i["id"]: i for i in edit["card"]["body"] if i["type"].startswith("Input.")}
    assert inputs["update_amount"]["value"] == "45000" and inputs["update_stage"]["value"] == "Engaging"
    assert inputs["update_close"]["type"] == "Input.Date"
    assert deal(services).close_value is None


async def test_confirm_over_http_applies_once_and_answers_the_decided_card(
    client: TestClient, connector: FakeConnector, services: Services
) -> None:
    card = await logged(client, connector, services)
    update_id = card["actions"][0]["data"]["update_id"]
    body = press(connector, update_id, "confirm_update")
    first, second = await asyncio.gather(*(client.post("/api/messages", json=body) for _ in range(2)))
    for response in (first, second):
        answer = await response.json()
        assert response.status == 200 and answer["type"] == CONTENT_TYPE
        assert_valid_card(answer["value"])
        assert "actions" not in answer["value"] and "Confirmed by Darcel Schlecht" in str(answer["value"])
    assert deal(services).close_value == 45000


async def test_edit_rejects_a_bad_value_with_the_card_then_applies_good_ones(
    client: TestClient, connector: FakeConnector, services: Services
) -> None:
    card = await logged(client, connector, services)
    update_id = card["actions"][0]["data"]["update_id"]
    bad = await client.post("/api/messages", json=press(connector, update_id, "edit_update", update_amount="lots"))
    answer = (await bad.json())["value"]
    assert_valid_card(answer)
    assert answer["body"][0]["text"].startswith("amount 'lots' is not a number") and answer["actions"]
    good = press(connector, update_id, "edit_update", update_stage="Won", update_close="2017-12-29",
                 update_amount="44500")  # fmt: skip
    decided = (await (await client.post("/api/messages", json=good)).json())["value"]
    assert_valid_card(decided)
    won = deal(services)
    assert (won.stage, won.close_value, str(won.expected_close)) == (Stage.WON, 44500, "2017-12-29")


async def test_dismiss_by_action_submit_replaces_the_card(
    client: TestClient, connector: FakeConnector, services: Services
) -> None:
    card = await logged(client, connector, services)
    update_id = card["actions"][0]["data"]["update_id"]
    submit = payload("message_action_submit", connector, replyToId="m-update-1")
    submit["value"] = {"dealbot": "dealbot.update", "update_id": update_id, "verb": "dismiss_update"}
    assert (await client.post("/api/messages", json=submit)).status == 201
    (update,) = connector.updated
    assert update.activity_id == "m-update-1"
    replaced = all_cards_valid(connector)[-1]
    assert replaced["body"][0]["text"].startswith("Dismissed by Darcel Schlecht") and "actions" not in replaced
    assert connector.messages()[-1]["text"] == "Darcel Schlecht dismissed this update; DARCEL01 is unchanged."
    assert deal(services).close_value is None
