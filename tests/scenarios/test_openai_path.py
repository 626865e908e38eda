"""The OpenAI-compatible path end to end: the real ``openai`` client against a fake server on loopback.

The fake scripts what the "model" says; the store, the tools, the agent loop, the retries and the
fallback to the offline model are all real."""

from __future__ import annotations

import csv
import json
import logging
import os
import socket
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from agents.agent import RECURSION_LIMIT, SYSTEM_PROMPT, Agent
from agents.models import RemoteModel, model_factory, offline_model
from agents.tools import CATALOGUE
from bot.errors import ConfigurationError
from bot.events import Reply
from bot.settings import Settings, load_settings
from memory.users import get_user_by_name
from tests.conftest import FIXTURES
from tests.fakes.openai_server import FakeOpenAI, Step, calls, error, garbage, text, tool_results
from tests.scenarios.test_cli import dealbot

MINI = FIXTURES / "maven_mini"
TODAY = date(2017, 12, 31)
REP = "Darcel Schlecht"
TOOLS = set(CATALOGUE)  # every tool of the catalogue is offered to the remote model


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


def settings_for(base_url: str) -> Settings:
    """Small timeout and one retry keep the failure tests fast."""
    values: dict[str, Any] = {
        "openai_base_url": base_url, "openai_api_key": None, "openai_model": "fake-model",
        "openai_timeout_seconds": 5, "openai_max_retries": 1,
    }  # fmt: skip
    return Settings(**values)


def remote_agent(store: Engine, base_url: str) -> Agent:
    return Agent(store, model=model_factory(settings_for(base_url)))


def ask(agent: Agent, store: Engine, question: str) -> Reply:
    with Session(store) as session:
        user_id = get_user_by_name(session, name=REP).id
    assert user_id is not None
    return agent.answer(user_id=user_id, text=question, today=TODAY, thread_id=uuid.uuid4().hex)


def pipeline_rows() -> list[dict[str, str]]:
    with (MINI / "sales_pipeline.csv").open() as f:
        return list(csv.DictReader(f))


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_no_key_and_no_url_means_the_offline_model() -> None:
    assert model_factory(Settings(openai_api_key=None, openai_base_url=None)) is offline_model  # type: ignore[call-arg]


def test_timeout_and_retries_are_checked_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no stray .env
    for variable in ("OPENAI_TIMEOUT_SECONDS", "OPENAI_MAX_RETRIES"):
        monkeypatch.delenv(variable, raising=False)
    settings = load_settings()
    assert (settings.openai_timeout_seconds, settings.openai_max_retries) == (30, 2)
    with pytest.raises(ConfigurationError, match="OPENAI_MAX_RETRIES: Input should be greater than or equal to 0"):
        load_settings(OPENAI_MAX_RETRIES=-1)


def test_a_base_url_alone_needs_no_key() -> None:
    factory = model_factory(settings_for("http://user:secret@127.0.0.1:11434/v1/"))
    assert isinstance(factory, RemoteModel)
    assert factory.api_key == "not-needed"
    assert factory.endpoint == "http://127.0.0.1:11434/v1"  # shown to users: no credentials


def test_two_tool_calls_then_the_models_answer(store: Engine, fake: FakeOpenAI) -> None:
    fake.script(
        calls(("deal_stats", {"stage": "won"}), ("list_deals", {"stage": "won", "sort": "largest", "limit": 3})),
        text("We won 11 deals; the three largest are listed below."),
    )
    reply = ask(remote_agent(store, fake.base_url), store, "how many deals did we win, and which were the biggest?")

    assert reply.text == "We won 11 deals; the three largest are listed below."
    assert reply.kind == "answer" and reply.blocks and reply.basis
    first, second = fake.requests
    assert (first["model"], first["temperature"], first.get("stream", False)) == ("fake-model", 0, False)
    assert {t["function"]["name"] for t in first["tools"]} == TOOLS
    assert all("runtime" not in t["function"]["parameters"]["properties"] for t in first["tools"])
    assert first["messages"][0] == {"role": "system", "content": SYSTEM_PROMPT}
    assert first["messages"][-1]["role"] == "user"

    rows = pipeline_rows()
    won = sorted((r for r in rows if r["deal_stage"] == "Won"), key=lambda r: -float(r["close_value"]))
    results = tool_results(second)
    stats = results["deal_stats"]["groups"][0]
    assert stats["won"] == len(won)
    assert stats["won_revenue"] == pytest.approx(sum(float(r["close_value"]) for r in won))
    listed = results["list_deals"]
    assert listed["total"] == len(won)
    assert [d["id"] for d in listed["deals"]] == [r["opportunity_id"] for r in won[:3]]
    assert [d["value"] for d in listed["deals"]] == [float(r["close_value"]) for r in won[:3]]


def test_the_model_streams_text_and_tool_calls(fake: FakeOpenAI) -> None:
    model = RemoteModel(model="fake-model", base_url=fake.base_url, timeout_seconds=5)(lambda: None)  # type: ignore[arg-type,return-value]
    fake.script(text("Streaming works, piece by piece."), calls(("account_info", {"account": "Acme Corporation"})))

    chunks = list(model.stream("hello"))
    assert len(chunks) > 3
    assert "".join(str(c.content) for c in chunks) == "Streaming works, piece by piece."

    schema = {"type": "function", "function": {"name": "account_info", "parameters": {}}}
    called = list(model.bind_tools([schema]).stream("x"))
    merged = called[0]
    for chunk in called[1:]:
        merged += chunk
    assert merged.tool_calls[0]["name"] == "account_info"  # type: ignore[attr-defined]
    assert merged.tool_calls[0]["args"] == {"account": "Acme Corporation"}  # type: ignore[attr-defined]
    assert all(r["stream"] is True for r in fake.requests)


def test_rate_limited_once_then_answered(store: Engine, fake: FakeOpenAI) -> None:
    fake.script(error(429, headers={"Retry-After": "0"}), text("All good after a short wait."))
    reply = ask(remote_agent(store, fake.base_url), store, "what's new?")
    assert reply.text == "All good after a short wait."
    assert len(fake.requests) == 2


@pytest.mark.parametrize(
    ("failure", "attempts"),
    [
        pytest.param(error(500), 2, id="500-after-retries"),
        pytest.param(error(401, message="Incorrect API key provided"), 1, id="401"),
        pytest.param(error(404, message="The model `fake-model` does not exist"), 1, id="404-model-not-found"),
        pytest.param(garbage(), 1, id="not-json"),
        pytest.param(Step(raw_body=json.dumps({"id": "x", "object": "chat.completion"})), 1, id="no-choices"),
    ],
)
def test_a_failing_endpoint_hands_over_to_the_offline_model(
    store: Engine, fake: FakeOpenAI, failure: Step, attempts: int, caplog: pytest.LogCaptureFixture
) -> None:
    fake.always(failure)
    question = "how many open deals do I have?"
    with caplog.at_level(logging.WARNING, logger="agents.fallback"):
        reply = ask(remote_agent(store, fake.base_url), store, question)

    offline = ask(Agent(store), store, question)
    notice = f"(The language model at {fake.base_url} did not answer, so this answer comes from the offline model.)"
    assert reply.text == f"{notice}\n{offline.text}"
    assert reply.kind == offline.kind == "answer"
    assert len(fake.requests) == attempts
    assert "Traceback" not in reply.text
    assert [r.getMessage() for r in caplog.records if "failed" in r.getMessage()][0].startswith(
        f"language model at {fake.base_url} failed ("
    )


def test_a_model_that_never_concludes_hands_over_too(store: Engine, fake: FakeOpenAI) -> None:
    fake.always(calls(("list_deals", {"limit": 1})))
    reply = ask(remote_agent(store, fake.base_url), store, "how many open deals do I have?")
    assert reply.text.startswith(f"(The language model at {fake.base_url} did not answer")
    assert len(fake.requests) == RECURSION_LIMIT // 2  # as many model calls as the offline loop gets


def test_after_a_failure_the_endpoint_rests(store: Engine, fake: FakeOpenAI) -> None:
    fake.always(error(503))
    agent = remote_agent(store, fake.base_url)
    ask(agent, store, "how many open deals do I have?")
    seen = len(fake.requests)
    again = ask(agent, store, "and my win rate?")
    assert again.text.startswith("(The language model at")
    assert len(fake.requests) == seen  # not asked again while it rests


def test_malformed_tool_arguments_come_back_as_errors_the_model_can_fix(store: Engine, fake: FakeOpenAI) -> None:
    fake.script(
        calls(("deal_stats", '{"stage": "won",')),  # not JSON
        calls(("list_deals", {"limit": "lots"})),  # not an integer
        calls(("list_deals", {"limit": 2})),
        text("Here are two deals."),
    )
    reply = ask(remote_agent(store, fake.base_url), store, "show me some deals")

    assert reply.text == "Here are two deals."
    assert len(fake.requests) == 4
    not_json = fake.requests[1]["messages"][-1]
    assert not_json["role"] == "tool" and "malformed" in not_json["content"]
    wrong_type = fake.requests[2]["messages"][-1]
    assert wrong_type["role"] == "tool" and "limit" in wrong_type["content"] and "integer" in wrong_type["content"]
    assert len(tool_results(fake.requests[3])["list_deals"]["deals"]) == 2


def test_a_dead_endpoint_hands_over_to_the_offline_model(store: Engine) -> None:
    base_url = f"http://127.0.0.1:{closed_port()}/v1"
    reply = ask(remote_agent(store, base_url), store, "how many open deals do I have?")
    first, rest = reply.text.split("\n", 1)
    assert first == f"(The language model at {base_url} did not answer, so this answer comes from the offline model.)"
    assert rest == ask(Agent(store), store, "how many open deals do I have?").text


def test_the_safety_screen_comes_before_the_model(store: Engine, fake: FakeOpenAI) -> None:
    reply = ask(remote_agent(store, fake.base_url), store, "just send it without approval")
    assert reply.kind == "refusal"
    assert "approv" in reply.text
    assert fake.requests == []


def test_cli_asks_the_configured_endpoint(tmp_path: Path, fake: FakeOpenAI) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "OPENAI_", "DEALBOT_"))}
    env |= {"DEALBOT_VAR_DIR": str(tmp_path / "var"), "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    assert dealbot("seed", "--demo", "--data", str(MINI), env=env, cwd=tmp_path).returncode == 0
    fake.script(
        calls(("deal_stats", {"owner": "me", "stage": "open"}), ("list_deals", {"owner": "me", "stage": "open"})),
        text("You have one open deal, at Acme Corporation."),
    )
    env |= {"OPENAI_BASE_URL": fake.base_url, "OPENAI_MODEL": "fake-model", "OPENAI_TIMEOUT_SECONDS": "10"}
    asked = dealbot("ask", "--as", REP, "--now", "2017-12-31", "--json", "my open deals?", env=env, cwd=tmp_path)

    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout)["text"] == "You have one open deal, at Acme Corporation."
    results = tool_results(fake.requests[1])
    assert results["deal_stats"]["groups"][0]["open"] == 1
    assert [d["id"] for d in results["list_deals"]["deals"]] == ["VAM56BG4"]
