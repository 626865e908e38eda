"""What an outside model sees: masked names, emails and phones, no special-category details; and what the
person sees: the real names again. The real ``openai`` client against the fake server on loopback."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from agents.agent import Agent
from agents.models import model_factory
from bot.events import Reply
from memory.models import ConversationTurn
from memory.users import get_user_by_name
from tests.fakes.openai_server import FakeOpenAI, calls, text, tool_results
from tests.scenarios.test_openai_path import settings_for

REP = "Darcel Schlecht"
EMAIL = "maria.lopez@acme.example"
PHONE = "+44 20 7946 0958"


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


def ask(store: Engine, base_url: str, question: str, *, masking: bool = True) -> Reply:
    settings = settings_for(base_url).model_copy(update={"privacy_external_llm_masking": masking})
    agent = Agent(store, model=model_factory(settings))
    with Session(store) as session:
        user_id = get_user_by_name(session, name=REP).id
    assert user_id is not None
    return agent.answer(user_id=user_id, text=question, today=date(2017, 12, 31), thread_id=uuid.uuid4().hex)


def sent(fake: FakeOpenAI) -> str:
    return "\n".join(json.dumps(r) for r in fake.requests)


def test_the_endpoint_sees_tokens_and_the_person_sees_names(store: Engine, fake: FakeOpenAI) -> None:
    fake.script(
        calls(("list_deals", {"owner": "PERSON_1", "stage": "open"})),  # the model only knows the token
        text("PERSON_1, you have one open deal. I noted EMAIL_1 and PHONE_1 for the contact."),
    )
    reply = ask(store, fake.base_url, f"my open deals? the Acme contact is {EMAIL} / {PHONE}")

    assert reply.text == f"{REP}, you have one open deal. I noted {EMAIL} and {PHONE} for the contact."
    everything = sent(fake)
    for personal in (REP, "Darcel", EMAIL, "7946"):
        assert personal not in everything
    first, second = fake.requests
    assert "You are talking to PERSON_1 (rep)" in first["messages"][1]["content"]
    assert first["messages"][-1]["content"] == "my open deals? the Acme contact is EMAIL_1 / PHONE_1"
    listed = tool_results(second)["list_deals"]
    assert [d["id"] for d in listed["deals"]] == ["VAM56BG4"]  # the tool ran for the real rep
    assert {d["owner"] for d in listed["deals"]} == {"PERSON_1"}  # and its result left masked


def test_special_category_details_never_leave(store: Engine, fake: FakeOpenAI) -> None:
    fake.script(text("Noted; I'll keep the Acme call for next month."))
    reply = ask(store, fake.base_url, "Maria's out for chemo next month, so push the Acme call", masking=False)

    assert reply.text == "Noted; I'll keep the Acme call for next month."
    user_message = fake.requests[0]["messages"][-1]["content"]
    assert user_message == "[health detail removed] next month, so push the Acme call"
    assert REP in sent(fake)  # masking off: names go out, special categories still do not
    with Session(store) as session:
        kept = [t.text for t in session.exec(select(ConversationTurn))]
    assert kept and not any("chemo" in t for t in kept)


def test_inference_requests_are_refused_before_any_model(store: Engine, fake: FakeOpenAI) -> None:
    for question in ("is the CFO at Acme pregnant?", "which party does Darcel's manager vote for?"):
        reply = ask(store, fake.base_url, question)
        assert reply.kind == "refusal" and reply.data["reason"] == "sensitive_inference"
    assert fake.requests == []
