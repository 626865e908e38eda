"""Privacy across SQL and vector memory (Chroma, real embeddings) on SQLite and PostgreSQL: ingestion keeps
the scheduling fact but not the health detail; erasure leaves nothing of the person in SQL, in memory
search or in the agent's answers."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from agents.agent import Agent
from bot.ingest_events import InboundItem, Party
from memory.db import session_scope
from memory.ingest import Ingestor
from memory.models import Interaction
from memory.seed import seed_demo
from memory.users import get_user_by_name
from memory.vector import VectorMemory
from policies.privacy.ingest import redact_items
from policies.privacy.rights import erase_person, export_person
from policies.privacy.vector_rights import VectorMemoryRights
from tests.conftest import FIXTURES
from tests.store.test_privacy_rights import contacts_csv, everything_in_sql

NAME, EMAIL, REP = "Maria Lopez", "maria.lopez@acme.example", "Darcel Schlecht"
AT = datetime(2017, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def vectors(tmp_path: Path) -> Iterator[VectorMemory]:
    yield VectorMemory.open(var_dir=tmp_path)


def ingest(engine: Engine, vectors: VectorMemory, *items: InboundItem) -> None:
    outcomes = Ingestor(engine, vectors).ingest(redact_items(items))
    assert {o.status for o in outcomes} <= {"linked", "unlinked"}, outcomes


def all_documents(vectors: VectorMemory) -> str:
    return "\n".join(vectors.collection.get(include=["documents"])["documents"] or []).lower()


def test_an_ingested_note_keeps_the_schedule_but_not_the_health_detail(engine: Engine, vectors: VectorMemory) -> None:
    seed_demo(engine, FIXTURES / "maven_mini")
    note = InboundItem(source_ref="note-1", kind="note", occurred_at=AT,
                       text="Acme Corporation: she's out for chemo next month, push the call")  # fmt: skip
    ingest(engine, vectors, note)

    with Session(engine) as session:
        stored = session.exec(select(Interaction)).one()
    assert stored.raw_text == "Acme Corporation: [health detail removed] next month, push the call"
    assert "chemo" not in everything_in_sql(engine)
    documents = all_documents(vectors)
    assert "next month, push the call" in documents and "chemo" not in documents
    assert all("chemo" not in hit.text for hit in vectors.search("chemotherapy cancer treatment", k=5))


def test_after_erasure_nothing_is_found_in_sql_memory_or_answers(
    engine: Engine, vectors: VectorMemory, tmp_path: Path
) -> None:
    from memory.importer import import_csv

    seed_demo(engine, FIXTURES / "maven_mini")
    import_csv(engine, kind="contacts", path=contacts_csv(tmp_path))
    from_her = InboundItem(
        source_ref="<m1@acme.example>",
        kind="email",
        occurred_at=AT,
        subject="Re: renewal",
        text="Happy to talk pricing in January; the budget is approved.",
        sender=Party(NAME, EMAIL),
        recipients=(Party(REP, "darcel@ourteam.example"),),
    )
    about_her = InboundItem(
        source_ref="note-2",
        kind="note",
        occurred_at=AT,
        text=f"Acme Corporation: {NAME} ({EMAIL}) confirmed the Q1 budget on the call.",
    )
    ingest(engine, vectors, from_her, about_her)
    rights = VectorMemoryRights(vectors)
    with Session(engine) as session:
        held = export_person(session, email=EMAIL, stores=[rights])["memory"]["vector_memory"]
    assert len(held) == 2 and NAME.lower() in all_documents(vectors)

    with session_scope(engine) as session:
        report = erase_person(session, email=EMAIL, actor="cli:test", stores=[rights])
    assert report.memory_deleted == 2 and report.interactions_deleted == 1 and report.interactions_scrubbed == 1

    sql = everything_in_sql(engine)
    documents = all_documents(vectors)
    for trace in (NAME.lower(), EMAIL, "maria"):
        assert trace not in sql and trace not in documents
    assert "confirmed the q1 budget" in documents  # the business fact stays, without her
    assert not any("maria" in hit.text.lower() for hit in vectors.search(f"{NAME} pricing budget", k=10))

    with Session(engine) as session:
        user_id = get_user_by_name(session, name=REP).id
    assert user_id is not None
    answer = Agent(engine).answer(user_id=user_id, text="who is the contact at Acme Corporation?",
                                  today=date(2017, 12, 31), thread_id=uuid.uuid4().hex)  # fmt: skip
    assert "Maria" not in answer.text
