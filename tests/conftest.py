"""Shared fixtures: a store on SQLite always, and on PostgreSQL when TEST_DATABASE_URL answers."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from agents.agent import Agent
from memory.db import make_engine, normalise_url
from memory.migrate import upgrade
from memory.seed import seed_demo

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The team's data and evaluation sets sit beside the checkout (../shared); DEALBOT_SHARED points elsewhere.
SHARED = Path(os.environ.get("DEALBOT_SHARED") or PROJECT_ROOT.parent / "shared")
SHARED_DATA = SHARED / "data"
SHARED_EVALS = SHARED / "evals"
MAVEN_DIR = SHARED_DATA / "crm_maven"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

_pg_reason: str | None = None


def _postgres_url() -> str | None:
    """TEST_DATABASE_URL if it answers; otherwise None, with the reason kept for the skip message."""
    global _pg_reason
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        _pg_reason = "TEST_DATABASE_URL is not set"
        return None
    try:
        probe = create_engine(normalise_url(url), connect_args={"connect_timeout": 3})
        with probe.connect() as conn:
            conn.execute(text("SELECT 1"))
        probe.dispose()
    except Exception as exc:  # any failure to connect means "skip", with the reason printed
        _pg_reason = f"PostgreSQL at TEST_DATABASE_URL does not answer: {str(exc).splitlines()[0]}"
        return None
    return url


POSTGRES_URL = _postgres_url()


def pytest_report_header(config: pytest.Config) -> str:
    if POSTGRES_URL:
        return f"postgres store tests: ON ({POSTGRES_URL})"
    return f"postgres store tests: SKIPPED: {_pg_reason}"


def need(path: Path) -> Path:
    """``path`` if it exists; else skip the test (or the whole module, when called at import) naming it."""
    if not path.exists():
        pytest.skip(
            f"shared material not found at {path} (set DEALBOT_SHARED to the shared folder)", allow_module_level=True
        )
    return path


@pytest.fixture(scope="session")
def maven_dir() -> Path:
    return need(MAVEN_DIR)


def _make_store(backend: str, tmp_dir: Path) -> tuple[Engine, str | None]:
    """A fresh, empty database: a SQLite file, or a private schema in the test PostgreSQL."""
    if backend == "sqlite":
        return make_engine(f"sqlite:///{tmp_dir / 'store.db'}"), None
    if POSTGRES_URL is None:
        pytest.skip(_pg_reason or "no PostgreSQL")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    engine = make_engine(POSTGRES_URL, connect_args={"options": f"-csearch_path={schema}"})
    return engine, schema


def _drop_store(engine: Engine, schema: str | None) -> None:
    engine.dispose()
    if schema is not None and POSTGRES_URL is not None:
        admin = make_engine(POSTGRES_URL)
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An empty database on each backend."""
    engine, schema = _make_store(request.param, tmp_path)
    yield engine
    _drop_store(engine, schema)


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once per session (per worker). Its connections are closed, so the file
    holds everything (no WAL left beside it); tests never open it, only copies of it."""
    path = tmp_path_factory.mktemp("migrated") / "store.db"
    template = make_engine(f"sqlite:///{path}")
    upgrade(template)
    template.dispose()
    assert not path.with_name("store.db-wal").exists()
    return path


@pytest.fixture
def engine(empty_engine: Engine, request: pytest.FixtureRequest) -> Engine:
    """A migrated, empty store on each backend. On SQLite, a copy of the file ``upgrade`` wrote once this session
    (the same schema and rows it would write again, in a fraction of the time); the migrations themselves are tested
    from ``empty_engine`` in tests/store/test_migrations.py."""
    if empty_engine.dialect.name == "sqlite" and empty_engine.url.database:
        empty_engine.dispose()  # no connection was opened on the empty file; none may outlive the copy
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), empty_engine.url.database)
        return empty_engine
    upgrade(empty_engine)
    return empty_engine


@pytest.fixture
def store(engine: Engine) -> Engine:
    """A fresh store on each backend with the small Maven fixture loaded; tests may write to it. A module that
    needs more (extra deals, threads) defines its own ``store``."""
    seed_demo(engine, FIXTURES / "maven_mini")
    return engine


_SEEDED_AGENTS: dict[Engine, Agent | None] = {}  # the session's read-only seeded stores, each with its one agent


def agent_for(engine: Engine) -> Agent:
    """The agent to answer from ``engine``: on a session's seeded store, one agent for the whole session, as a
    running bot holds one per process (it keeps no state between requests but the store's names, which it checks
    against the store on every request); on any other store a new one, as before."""
    if engine not in _SEEDED_AGENTS:
        return Agent(engine)
    agent = _SEEDED_AGENTS[engine]
    if agent is None:
        agent = _SEEDED_AGENTS[engine] = Agent(engine)
    return agent


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def seeded_engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, maven_dir: Path
) -> Iterator[Engine]:
    """The demo data loaded once per backend per test session. Tests must not write to it."""
    engine, schema = _make_store(request.param, tmp_path_factory.mktemp("seeded"))
    upgrade(engine)
    seed_demo(engine, maven_dir)
    _SEEDED_AGENTS[engine] = None
    yield engine
    _SEEDED_AGENTS.pop(engine, None)
    _drop_store(engine, schema)


@pytest.fixture(scope="session")
def embedding_model() -> None:
    """Load the offline sentence-embedding model once for the whole session (it takes seconds)."""
    from memory.embeddings import encode

    encode(["warm up"])
