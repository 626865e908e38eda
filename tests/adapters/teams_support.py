"""Shared set-up for the Teams tests: a demo store with a Teams-linked rep, and services over it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from adapters.email.smtp import SmtpSender
from agents.agent import Agent
from bot.approvals import ApprovalDesk
from bot.pipeline import Pipeline
from bot.services import Services
from bot.settings import Settings
from memory.db import session_scope
from memory.seed import seed_demo
from memory.users import link_identity
from policies.executor import ExecutorConfig, ProposalExecutor
from tests.conftest import FIXTURES

DARCEL_AAD = "aad-darcel-0001"  # the AAD object id Teams sends for Darcel Schlecht
DARCEL_EMAIL = "darcel.schlecht@dealbot-demo.example"


def seed_teams_store(engine: Engine) -> Engine:
    """The small demo data, with Darcel Schlecht linked to a Teams identity."""
    seed_demo(engine, FIXTURES / "maven_mini")
    with session_scope(engine) as session:
        link_identity(session, name="Darcel Schlecht", teams=DARCEL_AAD)
    return engine


def services_for(engine: Engine, settings: Settings) -> Services:
    """What ``build_services`` makes, over an existing engine (the PostgreSQL fixture's schema survives)."""
    agent = Agent(engine, proposal_ttl_hours=settings.proposal_ttl_hours)
    sender = None
    if settings.smtp_host:
        sender = SmtpSender(host=settings.smtp_host, port=settings.smtp_port, tls=settings.smtp_tls, timeout=10)
    config = ExecutorConfig(lease=timedelta(seconds=settings.proposal_lease_seconds))
    executor = ProposalExecutor(engine, email_sender=sender, config=config)
    return Services(settings=settings, engine=engine, make_pipeline=lambda: Pipeline(engine, agent),
                    executor=executor, desk=ApprovalDesk(engine, executor))  # fmt: skip
