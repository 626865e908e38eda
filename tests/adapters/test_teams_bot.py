"""The Teams bot through botbuilder's TestAdapter, wired to the real pipeline, desk and store:
a message, an Action.Submit press and an Action.Execute press, each end to end."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ActivityTypes, ChannelAccount, ConversationAccount, InvokeResponse
from sqlalchemy import Engine
from sqlmodel import Session, select

from adapters.teams import DecisionRequest, TeamsBot, TeamsHandlers
from adapters.teams.cards import CONTENT_TYPE, MARKER
from bot.events import DecisionResult, IncomingMessage, Reply
from bot.settings import load_settings
from bot.teams_wiring import teams_handlers
from memory.models import ChatAddress, Proposal, ProposalStatus
from tests.adapters.card_schema import assert_valid_card
from tests.adapters.teams_support import DARCEL_AAD, seed_teams_store, services_for
from tests.fakes.smtp import Mailbox, smtp_server

DRAFT_REQUEST = "draft a follow-up to Cancity about pricing"


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    with smtp_server() as box:
        yield box


def _adapter(
    engine: Engine, box: Mailbox, *, aad: str = DARCEL_AAD, conversation_type: str | None = None
) -> TestAdapter:
    settings = load_settings(MICROSOFT_APP_ID="", SMTP_HOST=box.host, SMTP_PORT=box.port, SMTP_TLS="none")
    bot = TeamsBot(teams_handlers(services_for(engine, settings)))
    template = Activity(
        channel_id="test",  # not "msteams": the TestAdapter has no roster to ask for an email
        service_url="https://test.example",
        from_property=ChannelAccount(id="29:darcel", name="Darcel Schlecht", aad_object_id=aad),
        recipient=ChannelAccount(id="28:dealbot", name="dealbot"),
        conversation=ConversationAccount(id="a:personal-chat", conversation_type=conversation_type),
    )
    return TestAdapter(bot.on_turn, template)


def _drain(adapter: TestAdapter) -> list[Activity]:
    sent = list(adapter.activity_buffer)
    adapter.activity_buffer.clear()
    return sent


def _cards(activities: list[Activity]) -> list[dict[str, Any]]:
    cards = [a.content for activity in activities for a in activity.attachments or [] if a.content_type == CONTENT_TYPE]
    for card in cards:
        assert_valid_card(card)
    return cards


async def _draft(adapter: TestAdapter) -> tuple[str, dict[str, Any]]:
    await adapter.receive_activity(DRAFT_REQUEST)
    sent = _drain(adapter)
    assert sent[0].type == ActivityTypes.typing  # the indicator goes out before the agent starts
    assert "for your approval" in (sent[1].text or "")
    (card,) = _cards(sent)
    return card["actions"][0]["data"]["proposal_id"], card


def _status(engine: Engine, proposal_id: str) -> str:
    with Session(engine) as session:
        proposal = session.get(Proposal, proposal_id)
        assert proposal is not None
        return str(proposal.status)


async def test_message_gets_typing_then_an_answer_card_and_the_address_is_kept(
    engine: Engine, mailbox: Mailbox
) -> None:
    seed_teams_store(engine)
    adapter = _adapter(engine, mailbox)
    await adapter.receive_activity("revenue by product")
    sent = _drain(adapter)
    types = [a.type for a in sent]
    # the indicator is renewed every few seconds while the agent works, so a slow machine may see it more than once
    assert types[-1] == "message" and types[:-1] and set(types[:-1]) == {"typing"}, types
    (card,) = _cards(sent)
    assert card["body"][0]["text"].startswith("Won revenue by product")
    assert any(e["type"] == "ColumnSet" for e in card["body"])
    with Session(engine) as session:
        (address,) = session.exec(select(ChatAddress)).all()
    assert address.user_ref == DARCEL_AAD and address.conversation_id == "a:personal-chat"
    assert address.reference["serviceUrl"] == "https://test.example"


async def test_unlinked_users_are_told_how_to_get_linked(engine: Engine, mailbox: Mailbox) -> None:
    seed_teams_store(engine)
    adapter = _adapter(engine, mailbox, aad="aad-stranger")
    await adapter.receive_activity("how many open deals do I have?")
    (_, answer) = _drain(adapter)
    assert answer.text.startswith("I don't know you yet") and "--teams aad-stranger" in answer.text


async def test_channel_messages_are_answered_only_when_the_bot_is_mentioned(engine: Engine, mailbox: Mailbox) -> None:
    seed_teams_store(engine)
    adapter = _adapter(engine, mailbox, conversation_type="channel")
    await adapter.receive_activity("how many open deals do I have?")
    assert _drain(adapter) == []
    mention = {"type": "mention", "text": "<at>dealbot</at>", "mentioned": {"id": "28:dealbot", "name": "dealbot"}}
    text = "<at>dealbot</at> how many open deals do I have?"
    await adapter.receive_activity(Activity().deserialize({"type": "message", "text": text, "entities": [mention]}))
    (_, answer) = _drain(adapter)
    assert answer.attachments and "open deals" in answer.attachments[0].content["body"][0]["text"]
    with Session(engine) as session:
        assert session.exec(select(ChatAddress)).all() == []  # only personal chats are addresses for notices


async def test_action_submit_decides_updates_the_card_and_sends_the_edited_email(
    engine: Engine, mailbox: Mailbox
) -> None:
    seed_teams_store(engine)
    adapter = _adapter(engine, mailbox)
    proposal_id, _ = await _draft(adapter)
    edited = "Hi Casey,\r\n\r\nShorter note on pricing.\r\n\r\nDarcel"
    press = {"dealbot": MARKER, "proposal_id": proposal_id, "verb": "approve", "body": edited}
    await adapter.receive_activity(Activity(type="message", value=press, reply_to_id="card-message-7"))
    (update,) = adapter.updated_activities
    assert update.id == "card-message-7"
    (decided,) = _cards([update])
    assert decided["body"][0]["text"].startswith("Approved by Darcel Schlecht") and "actions" not in decided
    (said,) = _drain(adapter)
    assert said.text == "Darcel Schlecht approved (edited) this draft."
    assert _status(engine, proposal_id) == ProposalStatus.SENT
    (email,) = mailbox.messages
    assert email.get_content().replace("\r\n", "\n").strip() == edited.replace("\r\n", "\n")


async def test_action_execute_answers_the_invoke_with_the_decided_card(engine: Engine, mailbox: Mailbox) -> None:
    seed_teams_store(engine)
    adapter = _adapter(engine, mailbox)
    proposal_id, _ = await _draft(adapter)
    invoke = Activity(
        type=ActivityTypes.invoke, name="adaptiveCard/action",
        value={"action": {"type": "Action.Execute", "verb": "reject", "data": {"dealbot": MARKER,
               "proposal_id": proposal_id, "body": "ignored on reject"}}, "trigger": "manual"},
    )  # fmt: skip
    await adapter.receive_activity(invoke)
    (response,) = _drain(adapter)
    assert response.type == ActivityTypes.invoke_response
    assert isinstance(response.value, InvokeResponse) and response.value.status == 200
    body = response.value.body
    assert body["statusCode"] == 200 and body["type"] == CONTENT_TYPE
    (card,) = _cards([Activity(attachments=[_attachment(body["value"])])])
    assert card["body"][0]["text"].startswith("Rejected by Darcel Schlecht") and "actions" not in card
    assert _status(engine, proposal_id) == ProposalStatus.REJECTED and mailbox.messages == []


async def test_action_execute_from_someone_else_is_refused_and_keeps_the_buttons(
    engine: Engine, mailbox: Mailbox
) -> None:
    seed_teams_store(engine)
    proposal_id, _ = await _draft(_adapter(engine, mailbox))
    stranger = _adapter(engine, mailbox, aad="aad-stranger")
    value = {"action": {"type": "Action.Execute", "verb": "approve", "data": {"dealbot": MARKER,
             "proposal_id": proposal_id}}}  # fmt: skip
    await stranger.receive_activity(Activity(type=ActivityTypes.invoke, name="adaptiveCard/action", value=value))
    (response,) = _drain(stranger)
    card = response.value.body["value"]
    assert_valid_card(card)
    assert card["body"][0]["text"].startswith("I don't know you yet") and len(card["actions"]) == 2
    assert _status(engine, proposal_id) == ProposalStatus.PENDING


def _attachment(card: dict[str, Any]) -> Any:
    from botbuilder.schema import Attachment

    return Attachment(content_type=CONTENT_TYPE, content=card)


async def test_the_typing_indicator_is_renewed_while_the_agent_works() -> None:
    async def slow_ask(message: IncomingMessage) -> Reply:
        for _ in range(2000):  # bounded: until the bot has renewed the indicator twice
            if sum(a.type == ActivityTypes.typing for a in adapter.activity_buffer) >= 3:
                break
            await asyncio.sleep(0.005)
        return Reply(text=f"you said {message.text}")

    async def no_decisions(request: DecisionRequest) -> DecisionResult:
        raise AssertionError("no button was pressed")

    bot = TeamsBot(TeamsHandlers(ask=slow_ask, decide=no_decisions), typing_every_seconds=0.001)
    adapter = TestAdapter(bot.on_turn)
    await adapter.receive_activity("hello")
    kinds = [a.type for a in _drain(adapter)]
    assert kinds[:3] == ["typing"] * 3 and kinds[-1] == "message" and "message" not in kinds[:-1]
