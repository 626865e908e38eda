"""Webhooks for real-time sync: a stage change writes outbox events in its own transaction, and the
deliverer sends them, signed, to a real receiver on loopback; retries, dead letters, concurrent
deliverers, and the `dealbot webhooks / outbox / deal stage` commands in real processes."""

from __future__ import annotations

import asyncio
import os
import random
import re
import threading
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session, col, select

from adapters.webhooks import HttpWebhookSender
from agents.agent import Agent
from bot.errors import DataError, NotFoundError
from bot.pipeline import Pipeline
from bot.services import Services
from bot.settings import load_settings
from bot.worker import default_jobs, run_once
from memory.db import make_engine, session_scope
from memory.models import AuditEvent, DealStageChange, OutboxEvent, OutboxStatus, Stage, utcnow
from memory.stage_changes import change_stage, get_deal
from memory.webhooks import add_endpoint, remove_endpoint
from policies.outbox import DeliveryPolicy, DeliveryReport, backoff_seconds, claim_due, deliver_due, record_outcomes
from policies.outbox import retry as retry_events
from tests.conftest import FIXTURES, POSTGRES_URL
from tests.fakes.webhook_receiver import WebhookReceiver
from tests.scenarios.test_cli import assert_one_line_error, dealbot

OPEN_DEALS = ("HAXMC4IX", "EG7OFLFR", "OLVI7L8M", "F5U1ACDD", "M7I5O9YU", "SU8JNMP4", "K5CWSFCW", "MCE5DKD1",
              "S3W6Q07M", "JCPQZ2SN", "AF8NG5JC", "WTD6O2OR", "OEG8QG42", "DS5HZHDA", "VAM56BG4")  # fmt: skip
SENDER = HttpWebhookSender(timeout_seconds=5)
HOUR = timedelta(hours=1)


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a `dealbot` process with its own var directory (as in test_cli)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "DEALBOT_", "WEBHOOK_"))}
    environment["DEALBOT_VAR_DIR"] = str(tmp_path / "var")
    environment["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    return environment


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    secrets = {"/billing": "billing-secret", "/marketing": "marketing-secret", "/ops": "ops-secret"}
    with WebhookReceiver(secrets) as fake:
        yield fake


def subscribe(engine: Engine, receiver: WebhookReceiver, path: str, *events: str) -> int:
    with session_scope(engine) as s:
        endpoint = add_endpoint(s, url=receiver.url(path), events=events, secret=receiver.secrets[path])
        assert endpoint.id is not None
        return endpoint.id


def close(engine: Engine, opportunity: str, stage: Stage = Stage.WON) -> dict[str, str]:
    with session_scope(engine) as s:
        deal = get_deal(s, external_id=opportunity)
        return change_stage(s, deal=deal, to_stage=stage, source="test", actor="test").event_ids


def deliver(engine: Engine, **kwargs: object) -> DeliveryReport:
    return asyncio.run(deliver_due(engine, SENDER, **kwargs))  # type: ignore[arg-type]


def outbox(engine: Engine) -> list[OutboxEvent]:
    with Session(engine) as s:
        return list(s.exec(select(OutboxEvent).order_by(col(OutboxEvent.id))))


def audit_actions(engine: Engine, prefix: str) -> list[str]:
    with Session(engine) as s:
        rows = s.exec(select(AuditEvent).order_by(col(AuditEvent.id)))
        return [a.action for a in rows if a.action.startswith(prefix)]


def test_closing_a_deal_sends_one_signed_event_per_subscriber(store: Engine, receiver: WebhookReceiver) -> None:
    subscribe(store, receiver, "/billing", "deal.won")
    subscribe(store, receiver, "/marketing", "deal.lost")
    subscribe(store, receiver, "/ops", "deal.stage_changed")
    events = close(store, "HAXMC4IX")
    queued = [(e.event_type, e.status) for e in outbox(store)]
    assert queued == [("deal.stage_changed", "pending"), ("deal.won", "pending")]

    assert deliver(store).delivered == 2
    assert deliver(store).claimed == 0  # nothing is sent twice
    won = receiver.on("/billing")
    assert [(r.event_type, r.event_id) for r in won] == [("deal.won", events["deal.won"])]
    data = won[0].payload["data"]
    assert (data["opportunity_id"], data["from_stage"], data["to_stage"]) == ("HAXMC4IX", "Engaging", "Won")
    assert (data["owner"], data["product"], data["account"]) == ("James Ascencio", "MG Advanced", None)
    assert data["close_date"] == utcnow().date().isoformat()
    assert [r.event_type for r in receiver.on("/ops")] == ["deal.stage_changed"]
    assert receiver.on("/marketing") == [] and receiver.rejected == []
    with Session(store) as s:
        deal = get_deal(s, external_id="HAXMC4IX")
        assert deal.stage == Stage.WON and deal.close_date is not None
        history = s.exec(select(DealStageChange).where(DealStageChange.deal_id == deal.id)).all()
        assert (history[-1].from_stage, history[-1].to_stage, history[-1].source) == ("Engaging", "Won", "test")
    assert audit_actions(store, "deal.") == ["deal.stage_changed"]
    assert audit_actions(store, "webhook.") == ["webhook.endpoint_added"] * 3 + ["webhook.delivered"] * 2


def test_a_rolled_back_change_writes_no_event(store: Engine, receiver: WebhookReceiver) -> None:
    subscribe(store, receiver, "/billing", "*")
    with pytest.raises(RuntimeError), session_scope(store) as s:
        change_stage(s, deal=get_deal(s, external_id="EG7OFLFR"), to_stage="lost", source="test", actor="test")
        raise RuntimeError("the caller's transaction fails after the change")
    assert outbox(store) == []
    with Session(store) as s:
        assert get_deal(s, external_id="EG7OFLFR").stage == Stage.ENGAGING
    assert audit_actions(store, "deal.") == []


def test_which_events_a_change_writes(store: Engine, receiver: WebhookReceiver) -> None:
    subscribe(store, receiver, "/ops", "*")
    subscribe(store, receiver, "/billing", "deal.won")
    assert list(close(store, "VAM56BG4", Stage.ENGAGING)) == ["deal.stage_changed"]
    assert list(close(store, "OEG8QG42", Stage.LOST)) == ["deal.stage_changed", "deal.lost"]
    assert [(e.event_type, e.endpoint_id) for e in outbox(store)] == [
        ("deal.stage_changed", 1), ("deal.stage_changed", 1), ("deal.lost", 1),
    ]  # fmt: skip
    with pytest.raises(DataError, match="already Lost"):
        close(store, "OEG8QG42", Stage.LOST)
    with pytest.raises(DataError, match="unknown stage 'closed'"):
        close(store, "VAM56BG4", "closed")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError, match="unknown opportunity 'NOPE'"):
        close(store, "NOPE")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://billing.example/hook", "must start with http:// or https://"),
        ("billing.example/hook", "must start with http:// or https://"),
        ("https:///hook", "has no host"),
        ("https://user:pw@billing.example/hook", "must not carry credentials"),
        ("http://billing.example:99999/", "is not valid"),
    ],
)
def test_endpoint_urls_are_checked(store: Engine, url: str, message: str) -> None:
    with pytest.raises(DataError, match=re.escape(message)), session_scope(store) as s:
        add_endpoint(s, url=url, events=["deal.won"], secret="s")


def test_endpoint_events_duplicates_and_removal(store: Engine, receiver: WebhookReceiver) -> None:
    with pytest.raises(DataError, match="unknown event"), session_scope(store) as s:
        add_endpoint(s, url=receiver.url("/billing"), events=["deal.closed"], secret="s")
    endpoint_id = subscribe(store, receiver, "/billing", "deal.won,deal.lost")
    with pytest.raises(DataError, match="already exists"), session_scope(store) as s:
        add_endpoint(s, url=receiver.url("/billing"), events=["deal.won"], secret="s")
    close(store, "F5U1ACDD")
    with session_scope(store) as s:
        _, dropped = remove_endpoint(s, endpoint_id=endpoint_id)
    assert dropped == 1
    assert [(e.status, e.last_error) for e in outbox(store)] == [("dead", "endpoint removed")]
    close(store, "M7I5O9YU")
    assert len(outbox(store)) == 1  # a removed endpoint gets no new events
    with pytest.raises(NotFoundError), session_scope(store) as s:
        remove_endpoint(s, endpoint_id=endpoint_id)


def test_failing_twice_then_delivered_on_the_third_attempt(store: Engine, receiver: WebhookReceiver) -> None:
    subscribe(store, receiver, "/billing", "deal.won")
    close(store, "SU8JNMP4")
    receiver.fail("/billing", times=2)
    rng = random.Random(7)
    t0 = utcnow()
    assert deliver(store, now=t0, rng=rng).retrying == 1
    [event] = outbox(store)
    assert event.attempts == 1 and event.last_error == "HTTP 500: receiver is down"
    assert t0 < event.next_attempt_at <= t0 + timedelta(seconds=2)  # the first retry waits at most the base
    assert deliver(store, now=t0, rng=rng).claimed == 0  # not due yet
    assert deliver(store, now=t0 + HOUR, rng=rng).retrying == 1
    assert deliver(store, now=t0 + 2 * HOUR, rng=rng).delivered == 1
    [event] = outbox(store)
    assert (event.status, event.attempts, event.last_error) == ("delivered", 3, None)
    assert receiver.requests["/billing"] == 3 and len(receiver.on("/billing")) == 1
    assert audit_actions(store, "webhook.")[1:] == ["webhook.attempt_failed"] * 2 + ["webhook.delivered"]


def test_always_failing_goes_dead_and_retry_revives_it(store: Engine, receiver: WebhookReceiver) -> None:
    subscribe(store, receiver, "/billing", "deal.won")
    close(store, "K5CWSFCW")
    receiver.fail("/billing")
    policy = DeliveryPolicy(max_attempts=3)
    t0 = utcnow()
    reports = [deliver(store, now=t0 + i * HOUR, policy=policy) for i in range(4)]
    assert [(r.retrying, r.dead) for r in reports] == [(1, 0), (1, 0), (0, 1), (0, 0)]
    [event] = outbox(store)
    assert (event.status, event.attempts, event.last_error) == ("dead", 3, "HTTP 500: receiver is down")
    assert audit_actions(store, "webhook.")[-1] == "webhook.dead"

    with session_scope(store) as s:
        assert [e.id for e in retry_events(s, all_dead=True)] == [event.id]
    receiver.heal("/billing")
    assert deliver(store, policy=policy).delivered == 1
    assert outbox(store)[0].status == OutboxStatus.DELIVERED
    with pytest.raises(DataError, match="already delivered"), session_scope(store) as s:
        retry_events(s, ids=[event.id or 0])
    with pytest.raises(NotFoundError, match="no outbox event with id 999"), session_scope(store) as s:
        retry_events(s, ids=[999])


def test_a_lapsed_lease_is_claimed_again_and_the_stale_claim_loses(store: Engine, receiver: WebhookReceiver) -> None:
    subscribe(store, receiver, "/billing", "deal.won")
    close(store, "MCE5DKD1")
    t0 = utcnow()
    [first] = claim_due(store, now=t0, limit=10, lease_seconds=60)
    assert claim_due(store, now=t0 + timedelta(seconds=30), limit=10, lease_seconds=60) == []
    [second] = claim_due(store, now=t0 + timedelta(seconds=61), limit=10, lease_seconds=60)
    assert second.id == first.id
    policy = DeliveryPolicy()
    assert record_outcomes(store, [(first, None)], policy=policy).lost_lease == 1
    assert record_outcomes(store, [(second, None)], policy=policy).delivered == 1


def test_backoff_is_capped_with_full_jitter() -> None:
    policy = DeliveryPolicy(backoff_base_seconds=2, backoff_cap_seconds=600)
    rng = random.Random(1)
    for failures, ceiling in ((1, 2), (2, 4), (5, 32), (10, 600), (500, 600)):
        delays = [backoff_seconds(failures, policy, rng) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling * 0.8  # spread over the whole range, not a fixed step


def _own_engine(engine: Engine) -> Engine:
    """A second engine (own pool, own connections) on the same store."""
    if engine.dialect.name == "sqlite":
        return make_engine(engine.url.render_as_string(hide_password=False))
    with engine.connect() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    assert POSTGRES_URL is not None
    return make_engine(POSTGRES_URL, connect_args={"options": f"-csearch_path={schema}"})


def test_concurrent_deliverers_send_each_event_exactly_once(store: Engine) -> None:
    paths = {f"/e{i}": f"secret-{i}" for i in range(10)}
    with WebhookReceiver(paths) as receiver:
        for path in paths:
            subscribe(store, receiver, path, "*")
        for opportunity in OPEN_DEALS:
            close(store, opportunity)
        total = len(outbox(store))
        assert total == len(OPEN_DEALS) * 2 * len(paths)
        policy = DeliveryPolicy(batch_size=7)
        handled: dict[str, int] = {}

        def run(name: str) -> None:
            engine = _own_engine(store)
            try:
                handled[name] = 0
                while (report := deliver(engine, policy=policy)).claimed:
                    handled[name] += report.delivered
            finally:
                engine.dispose()

        workers = [threading.Thread(target=run, args=(f"w{i}",)) for i in range(2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=120)
        copies = Counter((r.path, r.event_id) for r in receiver.received)
        assert len(copies) == total and set(copies.values()) == {1}
        assert sum(handled.values()) == total and receiver.rejected == []
        assert {e.status for e in outbox(store)} == {"delivered"}


def test_the_worker_job_delivers_through_services(store: Engine, receiver: WebhookReceiver) -> None:
    subscribe(store, receiver, "/billing", "deal.won")
    close(store, "S3W6Q07M")
    agent = Agent(store)
    services = Services(load_settings(), store, lambda: Pipeline(store, agent), webhook_sender=SENDER)
    jobs = [job for job in default_jobs() if job.name == "deliver_webhooks"]
    assert run_once(services, jobs) == {"deliver_webhooks": 1}
    assert [r.payload["data"]["opportunity_id"] for r in receiver.on("/billing")] == ["S3W6Q07M"]


def test_cli_webhooks_deal_stage_and_outbox(cli_env: dict[str, str], tmp_path: Path, receiver: WebhookReceiver) -> None:
    env = cli_env

    def run(*args: str) -> str:
        result = dealbot(*args, env=env, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        return result.stdout

    run("seed", "--demo", "--data", str(FIXTURES / "maven_mini"))
    assert_one_line_error(dealbot("webhooks", "add", "ftp://billing.example/x", "--event", "deal.won", "--secret", "s",
                                  env=env, cwd=tmp_path), "must start with http:// or https://")  # fmt: skip
    billing, marketing = receiver.url("/billing"), receiver.url("/marketing")
    assert "added webhook 1" in run("webhooks", "add", billing, "--event", "deal.won", "--secret", "billing-secret")
    added = run("webhooks", "add", marketing, "--event", "deal.lost", "--event", "deal.stage_changed")
    receiver.secrets["/marketing"] = re.search(r"secret \(shown once.*\): (\w+)", added).group(1)  # type: ignore[union-attr]
    listed = run("webhooks", "list")
    assert billing in listed and "deal.lost,deal.stage_changed" in listed and "billing-secret" not in listed

    assert "HAXMC4IX: Engaging -> Won; 2 webhook event(s) queued" in run("deal", "stage", "haxmc4ix", "won",
                                                                         "--value", "1234")  # fmt: skip
    assert_one_line_error(dealbot("deal", "stage", "NOPE", "won", env=env, cwd=tmp_path), "unknown opportunity 'NOPE'")
    pending = run("outbox", "list", "--status", "pending")
    assert "deal.won" in pending and "HAXMC4IX" in pending and billing in pending

    receiver.fail("/billing")
    assert "deliver_webhooks: 2" in run_with(env, tmp_path, "WEBHOOK_MAX_ATTEMPTS", "1", "worker", "--once")
    assert "HTTP 500" in run("outbox", "list", "--status", "dead")
    assert receiver.on("/billing") == []
    assert [r.payload["data"]["close_value"] for r in receiver.on("/marketing")] == [1234]
    receiver.heal("/billing")
    assert "1 event(s) due again: 2" in run("outbox", "retry", "--dead")
    assert "deliver_webhooks: 1" in run("worker", "--once")
    assert "no dead events" in run("outbox", "list", "--status", "dead") and len(receiver.on("/billing")) == 1

    assert "removed webhook 2" in run("webhooks", "remove", "2")
    assert marketing not in run("webhooks", "list")
    assert_one_line_error(dealbot("webhooks", "remove", "2", env=env, cwd=tmp_path), "no active webhook endpoint")


def run_with(env: dict[str, str], cwd: Path, name: str, value: str, *args: str) -> str:
    result = dealbot(*args, env={**env, name: value}, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout
