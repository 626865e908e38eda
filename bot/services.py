"""The composition root's wiring: one place that builds the engine, agent and pipeline."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from agents.agent import Agent
from bot.pipeline import Pipeline
from bot.settings import Settings
from memory.db import make_engine


@dataclass
class Services:
    settings: Settings
    engine: Engine
    agent: Agent
    pipeline: Pipeline

    def close(self) -> None:
        self.engine.dispose()


def build_services(settings: Settings) -> Services:
    """Everything a process needs, built from settings alone (no module-level singletons)."""
    engine = make_engine(settings.effective_database_url)
    agent = Agent(engine, proposal_ttl_hours=settings.proposal_ttl_hours)
    return Services(settings=settings, engine=engine, agent=agent, pipeline=Pipeline(engine, agent))
