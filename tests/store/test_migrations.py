"""The Alembic migrations create exactly the schema the models describe, on every backend."""

from __future__ import annotations

import json
from datetime import datetime

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlmodel import SQLModel

import memory.models  # noqa: F401
from memory.migrate import current_revision, head_revision, upgrade


def test_upgrade_creates_every_table(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert set(SQLModel.metadata.tables) <= tables
    assert current_revision(engine) == head_revision()


def test_models_and_migrations_agree(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_migrations_form_one_line() -> None:
    from alembic.script import ScriptDirectory

    from memory.migrate import MIGRATIONS_DIR

    assert len(ScriptDirectory(str(MIGRATIONS_DIR)).get_heads()) == 1, "several migration heads: rebase one"


def test_upgrade_twice_is_harmless(engine: Engine) -> None:
    upgrade(engine)
    assert current_revision(engine) == head_revision()


def test_update_status_is_filled_from_the_json_it_indexes(empty_engine: Engine) -> None:
    """0007 copies each stored update's status into the indexed column; rows without one stay NULL."""
    upgrade(empty_engine, "0006_risk_flags")
    rows = [
        (1, {"proposed_update": {"status": "confirmed", "deal_id": 1}}),
        (2, {"proposed_update": {"deal_id": 1}}),  # written before statuses existed: proposed
        (3, {"update": {"amount": None}}),
    ]
    with empty_engine.begin() as conn:
        for row_id, extracted in rows:
            conn.execute(
                text(
                    "INSERT INTO interaction (id, kind, direction, occurred_at, raw_text, source_ref, extracted, "
                    "created_at) VALUES (:id, 'email', 'inbound', :at, 'x', :ref, :extracted, :at)"
                ),
                {"id": row_id, "at": datetime(2017, 12, 1), "ref": f"<{row_id}@t>", "extracted": json.dumps(extracted)},
            )
    upgrade(empty_engine)
    with empty_engine.connect() as conn:
        found = dict(conn.execute(text("SELECT id, update_status FROM interaction ORDER BY id")).all())
    assert found == {1: "confirmed", 2: "proposed", 3: None}
