"""Alembic migrations, run programmatically (``dealbot db upgrade``)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from bot.errors import StoreNotInitialisedError
from memory.db import check_connection, describe

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    """An Alembic config bound to ``engine`` (no alembic.ini needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision``; safe to run any number of times."""
    check_connection(engine)
    command.upgrade(alembic_config(engine), revision)


def head_revision() -> str | None:
    """The newest migration this code ships."""
    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def check_initialised(engine: Engine) -> None:
    """Raise a one-line StoreError unless the database answers and its schema is the one this code expects."""
    check_connection(engine)
    current, head = current_revision(engine), head_revision()
    if current is None:
        raise StoreNotInitialisedError(
            f"database {describe(engine)} has no dealbot tables yet; run `dealbot db upgrade` "
            "(or `dealbot seed --demo` for the demo data)"
        )
    if current != head:
        raise StoreNotInitialisedError(
            f"database {describe(engine)} is at schema revision {current}, this dealbot needs {head}; "
            "run `dealbot db upgrade`"
        )


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
