"""A Slack world for scenario tests: the real app (`create_app`) on loopback, a fake Slack Web API, a real
SMTP server, and a seeded store; requests are signed as Slack signs them.

On the way out it checks every Block Kit payload the app sent with slack_sdk.models (Block.parse and
View), so each scenario also proves its messages, cards, modals and Home tabs are valid Block Kit."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from aiohttp import ClientResponse, web
from aiohttp.test_utils import TestClient, TestServer
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View
from sqlalchemy import Engine
from sqlmodel import Session

from adapters.email.smtp import SmtpSender
from agents.agent import Agent
from bot.app import create_app
from bot.approvals import ApprovalDesk
from bot.pipeline import Pipeline
from bot.services import Services
from bot.settings import load_settings
from bot.slack_wiring import SLACK_BOT
from memory.db import session_scope
from memory.models import Proposal
from memory.seed import seed_demo
from memory.users import link_identity
from policies.executor import ExecutorConfig, ProposalExecutor
from tests.conftest import FIXTURES
from tests.fakes.slack_api import FakeSlackApi, signed_headers, slack_api
from tests.fakes.slack_payloads import Body
from tests.fakes.smtp import Mailbox, smtp_server

SECRET = "8f742231b10e8888abcd99yyyzzz85a5-test"
DARCEL, MELVIN, ANNA = "U0DARCEL", "U0MELVIN", "U0ANNA"  # a rep, her manager, a rep on another team
GLADYS = "U0GLADYS"  # not linked; Slack knows her work email, which dealbot knows
STRANGER = "U0STRANGER"  # not linked, and an email dealbot does not know
EMAILS = {GLADYS: "gladys.colclough@dealbot-demo.example", STRANGER: "someone@elsewhere.example"}
LINKS = {"Darcel Schlecht": DARCEL, "Melvin Marxen": MELVIN, "Anna Snelling": ANNA}


@dataclass
class SlackWorld:
    fake: FakeSlackApi
    client: TestClient
    app: web.Application
    mailbox: Mailbox
    engine: Engine

    async def post(
        self, body: Body, *, signed: bool = True, timestamp: int | None = None, **headers: str
    ) -> ClientResponse:
        """POST to /slack/events as Slack does (signed with the app's signing secret unless told otherwise)."""
        text, content_type = body
        sent = {"Content-Type": content_type, **headers}
        if signed:
            sent |= signed_headers(SECRET, text, timestamp=timestamp)
        return await self.client.post("/slack/events", data=text.encode(), headers=sent)

    async def drain(self) -> None:
        """Wait for every answer and decision the app started (nothing more will reach the fake after this)."""
        await self.app[SLACK_BOT].drain()

    def proposal(self, proposal_id: str) -> Proposal:
        with Session(self.engine) as session:
            found = session.get(Proposal, proposal_id)
            assert found is not None
            return found


def seed(engine: Engine) -> None:
    seed_demo(engine, FIXTURES / "maven_mini")
    with session_scope(engine) as session:
        for name, slack_id in LINKS.items():
            link_identity(session, name=name, slack=slack_id)


@asynccontextmanager
async def slack_world(
    engine: Engine, *, prepare: Callable[[FakeSlackApi], None] | None = None, **settings: Any
) -> AsyncIterator[SlackWorld]:
    """The app as `dealbot serve` builds it, with Slack pointed at the fake and email at a real SMTP server."""
    seed(engine)
    with smtp_server() as mailbox:
        async with slack_api(emails=EMAILS) as fake:
            if prepare is not None:
                prepare(fake)  # e.g. make a Web API method fail before the app starts
            config: dict[str, Any] = {
                "SLACK_BOT_TOKEN": "xoxb-test-token",
                "SLACK_SIGNING_SECRET": SECRET,
                "SLACK_API_URL": fake.url,
                "SMTP_HOST": mailbox.host,
                "SMTP_PORT": mailbox.port,
                "SMTP_TLS": "none",
            }
            app_settings = load_settings(**(config | settings))
            sender = SmtpSender(host=mailbox.host, port=mailbox.port, tls="none", timeout=5)
            executor = ProposalExecutor(engine, email_sender=sender, config=ExecutorConfig())
            agent = Agent(engine)
            services = Services(
                app_settings,
                engine,
                lambda: Pipeline(engine, agent),
                executor=executor,
                desk=ApprovalDesk(engine, executor),
            )
            app = create_app(app_settings, services)
            async with TestClient(TestServer(app, host="127.0.0.1")) as client:
                yield SlackWorld(fake, client, app, mailbox, engine)
            assert_valid_block_kit(fake)


def assert_valid_block_kit(fake: FakeSlackApi) -> int:
    """Every blocks list and view the app sent parses and validates with slack_sdk.models; how many were checked."""
    checked = 0
    for call in fake.calls:
        for block in call.params.get("blocks") or []:
            parsed = Block.parse(block)
            assert parsed is not None, f"{call.method}: unknown block {block}"
            parsed.validate_json()
            checked += 1
        if "view" in call.params:
            View(**call.params["view"]).validate_json()
            checked += 1
    return checked


def blocks_text(blocks: list[dict[str, Any]]) -> str:
    """All the text a person would read in ``blocks`` (for assertions on what a message says)."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                parts.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(blocks)
    return "\n".join(parts)
