"""The worker brings proposed deal updates to their owner once: into Slack (a fake Web API on loopback) or a
Teams personal chat (a fake Bot Framework connector), and marks an owner it cannot reach."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

from sqlalchemy import Engine
from sqlmodel import Session

from agents.agent import Agent
from bot.events import IncomingMessage
from bot.ingest_events import InboundItem, Party
from bot.pipeline import Pipeline
from bot.services import Services
from bot.settings import load_settings
from bot.update_delivery import deliver_update_cards
from memory.chat_addresses import save_address
from memory.db import session_scope
from memory.ingest import Ingestor
from memory.models import Interaction
from memory.seed import seed_demo
from memory.users import link_identity
from tests.adapters.teams_support import DARCEL_AAD
from tests.conftest import FIXTURES
from tests.fakes.bot_connector import FakeConnector
from tests.fakes.slack_api import slack_api
from tests.scenarios.slack_harness import blocks_text
from tests.store.test_deal_updates import add_open_deal


def _store(engine: Engine) -> None:
    seed_demo(engine, FIXTURES / "maven_mini")
    with session_scope(engine) as session:
        add_open_deal(session, "DARCEL01", owner="Darcel Schlecht", account="Cancity")


def _email(n: int, amount: str) -> InboundItem:
    return InboundItem(
        source_ref=f"<seats-{n}@cancity.example>", kind="email", subject="Seats",
        text=f"Hi Darcel, we'd like 20 seats at {amount}; we decide by end of month. Casey",
        occurred_at=datetime(2017, 12, 5 + n, 9, tzinfo=UTC),
        sender=Party("Casey Fakeley", "casey.fakeley@cancity.example"),
        recipients=(Party("Darcel Schlecht", "darcel@ourteam.example"),),
    )  # fmt: skip


def _services(engine: Engine, **settings: str) -> Services:
    agent = Agent(engine)
    return Services(load_settings(**settings), engine, lambda: Pipeline(engine, agent))


def _delivery(engine: Engine, interaction_id: int) -> dict[str, object]:
    with Session(engine) as session:
        row = session.get(Interaction, interaction_id)
        assert row is not None
        return dict(row.extracted["proposed_update"].get("delivery") or {})


async def test_the_newest_update_of_a_deal_reaches_the_owner_in_slack_once(engine: Engine) -> None:
    _store(engine)
    with session_scope(engine) as session:
        link_identity(session, name="Darcel Schlecht", slack="U0DARCEL")
    older, newer = Ingestor(engine).ingest([_email(1, "40k"), _email(2, "45k")])
    assert older.proposed and newer.proposed and older.interaction_id and newer.interaction_id
    async with slack_api() as fake:
        services = _services(engine, SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET="s" * 20, SLACK_API_URL=fake.url)
        assert await asyncio.to_thread(deliver_update_cards, services) == 1
        assert await asyncio.to_thread(deliver_update_cards, services) == 0  # posted once
        opened = fake.to("conversations.open")
        intro, card = fake.to("chat.postMessage")
        # her manager logs a note in chat: the owner hears of it too (her own notes come with the answer)
        note = IncomingMessage(platform="console", user_ref="Melvin Marxen", text="log: Cancity now wants 50k",
                               today=date(2017, 12, 12))  # fmt: skip
        reply = await services.pipeline.handle(note)
        assert "It is Darcel Schlecht's deal" in reply.text
        assert await asyncio.to_thread(deliver_update_cards, services) == 1
        assert "amount 4,821 → 50,000?" in blocks_text(fake.to("chat.postMessage")[-1]["blocks"])
    assert opened[0]["users"] == "U0DARCEL"
    assert intro["text"] == "From an email “Seats” on 2017-12-07: does this change DARCEL01 (Cancity)?"
    text = blocks_text(card["blocks"])
    assert "amount 4,821 → 45,000?" in text  # the newest one; the older stays listed, not posted
    buttons = next(b for b in card["blocks"] if b["type"] == "actions")["elements"]
    assert buttons[0]["value"] == str(newer.interaction_id)
    assert _delivery(engine, newer.interaction_id)["status"] == "delivered"
    assert _delivery(engine, older.interaction_id) == {}


async def test_a_teams_owner_gets_the_card_and_an_unreachable_one_is_marked(engine: Engine) -> None:
    _store(engine)
    (outcome,) = Ingestor(engine).ingest([_email(1, "45k")])
    assert outcome.interaction_id is not None
    services = _services(engine)
    assert await asyncio.to_thread(deliver_update_cards, services) == 0  # no chat address: unreachable
    assert _delivery(engine, outcome.interaction_id)["status"] == "unreachable"
    (second,) = Ingestor(engine).ingest([_email(2, "46k")])
    assert second.interaction_id is not None
    with FakeConnector() as connector:
        with session_scope(engine) as session:
            link_identity(session, name="Darcel Schlecht", teams=DARCEL_AAD)
            reference = {"bot": {"id": "28:dealbot"}, "user": {"id": "29:darcel", "aadObjectId": DARCEL_AAD},
                         "conversation": {"id": "a:1personal-chat"}, "channelId": "msteams",
                         "serviceUrl": connector.url}  # fmt: skip
            save_address(session, platform="teams", user_ref=DARCEL_AAD, conversation_id="a:1personal-chat",
                         reference=reference)  # fmt: skip
        assert await asyncio.to_thread(deliver_update_cards, services) == 1
        assert await asyncio.to_thread(deliver_update_cards, services) == 0
        cards = connector.cards()
    (card,) = [c for c in cards if c.get("actions")]
    verbs = [a.get("verb") or a["type"] for a in card["actions"]]
    assert verbs == ["confirm_update", "Action.ShowCard", "dismiss_update"]
    assert card["actions"][0]["data"]["update_id"] == str(second.interaction_id)
    assert _delivery(engine, second.interaction_id)["platform"] == "teams"
