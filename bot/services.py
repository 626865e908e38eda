"""The composition root's wiring: one place that builds the engine, agent and pipeline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from adapters.email.smtp import SmtpSender
from adapters.webhooks import HttpWebhookSender
from bot.approvals import ApprovalDesk
from bot.settings import Settings
from memory.db import make_engine
from memory.vector_open import lazy_vector_memory
from policies.executor import ExecutorConfig, ProposalExecutor
from policies.privacy.residency import check_residency
from policies.senders import WebhookSender

if TYPE_CHECKING:  # chromadb, langchain and the agent load only in processes that use them
    from bot.pipeline import Pipeline
    from memory.vector import VectorMemory


@dataclass
class Services:
    settings: Settings
    engine: Engine
    # The chat pipeline (the agent, langchain, the model) is built on first use: `dealbot outbox list` and
    # the other store commands start in a fraction of the time without it.
    make_pipeline: Callable[[], Pipeline]
    executor: ProposalExecutor | None = None  # the only holder of the email sender
    webhook_sender: WebhookSender | None = None
    desk: ApprovalDesk | None = None  # Approve / Edit / Reject from any chat platform
    vectors: Callable[[], VectorMemory] | None = None  # opened on first use (POST /ingest, chat notes)

    @cached_property
    def pipeline(self) -> Pipeline:
        return self.make_pipeline()

    def close(self) -> None:
        self.engine.dispose()


def build_services(settings: Settings) -> Services:
    """Everything a process needs, built from settings alone (no module-level singletons)."""
    check_residency(data_region=settings.data_region, allowed=settings.allowed_regions, endpoints={
        "LLM_REGION": (settings.llm_configured, settings.llm_region),
        "EMBEDDING_REGION": (bool(settings.chroma_host), settings.embedding_region),
    })  # fmt: skip
    engine = make_engine(settings.effective_database_url)
    memory = lazy_vector_memory(var_dir=settings.var_dir, host=settings.chroma_host, port=settings.chroma_port)

    def make_pipeline() -> Pipeline:
        from agents.agent import Agent
        from agents.models import model_factory
        from bot.notes import NoteLogger
        from bot.pipeline import Pipeline

        model = model_factory(settings)
        agent = Agent(engine, proposal_ttl_hours=settings.proposal_ttl_hours, model=model, memory=memory)
        return Pipeline(engine, agent, NoteLogger(engine, memory))

    executor = ProposalExecutor(engine, email_sender=_email_sender(settings), config=_executor_config(settings))
    return Services(
        settings=settings, engine=engine, make_pipeline=make_pipeline, executor=executor, vectors=memory,
        webhook_sender=HttpWebhookSender(timeout_seconds=settings.webhook_timeout_seconds),
        desk=ApprovalDesk(engine, executor),
    )  # fmt: skip


def _email_sender(settings: Settings) -> SmtpSender | None:
    if not settings.smtp_host:
        return None  # approved emails wait (never dropped) until an SMTP server is configured
    return SmtpSender(host=settings.smtp_host, port=settings.smtp_port, tls=settings.smtp_tls,
                      username=settings.smtp_username, password=settings.smtp_password)  # fmt: skip


def _executor_config(settings: Settings) -> ExecutorConfig:
    return ExecutorConfig(
        from_address=settings.smtp_from,
        lease=timedelta(seconds=settings.proposal_lease_seconds),
        max_attempts=settings.proposal_max_attempts,
    )
