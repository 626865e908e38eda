"""Data-subject rights on SQLite and PostgreSQL: export finds everything held about a person; after
erasure nothing of them is findable by any search path (every SQL table, the agent's answers), a
tombstone without personal data remains, and a later import does not bring them back."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlmodel import Session, SQLModel

from agents.agent import Agent
from bot.errors import DataError
from memory.db import session_scope
from memory.importer import import_csv
from memory.models import AuditEvent, Contact, Direction, Interaction, InteractionKind, Proposal, SuppressedContact
from memory.seed import seed_demo
from memory.suppression import email_hash
from memory.users import get_user_by_name
from policies.privacy.rights import erase_person, export_person
from tests.conftest import FIXTURES

EMAIL = "maria.lopez@acme.example"
NAME = "Maria Lopez"
REP = "Darcel Schlecht"


def ask(engine: Engine, question: str) -> str:
    with Session(engine) as session:
        user_id = get_user_by_name(session, name=REP).id
    assert user_id is not None
    reply = Agent(engine).answer(user_id=user_id, text=question, today=date(2017, 12, 31), thread_id=uuid.uuid4().hex)
    return reply.text


def contacts_csv(tmp_path: Path) -> Path:
    path = tmp_path / "contacts.csv"
    path.write_text(f"name,email,account,title,phone\n{NAME},{EMAIL.upper()},Acme Corporation,CFO,+1 415 555 0100\n")
    return path


@pytest.fixture
def held(engine: Engine, tmp_path: Path) -> Engine:
    """The mini demo plus Maria: her contact row, an email from her, a note about her, a draft to her,
    and chat turns that mention her."""
    seed_demo(engine, FIXTURES / "maven_mini")
    import_csv(engine, kind="contacts", path=contacts_csv(tmp_path))
    with session_scope(engine) as session:
        maria = session.exec(select(Contact).where(Contact.email == EMAIL)).scalars().one()
        at = datetime(2017, 12, 1, 9, 0, tzinfo=UTC)
        session.add(
            Interaction(
                kind=InteractionKind.EMAIL,
                direction=Direction.INBOUND,
                occurred_at=at,
                subject="Re: renewal",
                raw_text="Happy to talk pricing in January. Maria",
                account_id=maria.account_id,
                contact_id=maria.id,
                source_ref="<m1@acme.example>",
            )
        )
        session.add(Interaction(kind=InteractionKind.NOTE, direction=Direction.INTERNAL, occurred_at=at,
                                raw_text=f"Spoke to {NAME} ({EMAIL}); budget confirmed for Q1.",
                                account_id=maria.account_id, source_ref="note-1",
                                extracted={"contacts": [{"name": NAME, "role": "CFO"}]}))  # fmt: skip
    assert "Maria Lopez" in ask(held_engine := engine, "who is the contact at Acme Corporation?")
    ask(held_engine, "draft a follow-up to Acme Corporation about pricing")
    ask(held_engine, f"did {NAME} reply about pricing?")
    return engine


def everything_in_sql(engine: Engine) -> str:
    """Every row of every table, as text: what any SQL search could find."""
    dump = []
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            dump.extend(json.dumps(list(row), default=str) for row in conn.execute(select(table)))
    return "\n".join(dump).lower()


def test_export_holds_everything_about_the_person(held: Engine) -> None:
    with Session(held) as session:
        data = export_person(session, email=f"  {EMAIL.upper()} ")
    json.dumps(data)  # all of it is JSON
    assert data["contact"]["name"] == NAME and data["account"] == "Acme Corporation"
    assert [i["source_ref"] for i in data["interactions"]] == ["<m1@acme.example>"]
    assert [i["source_ref"] for i in data["interactions_mentioning"]] == ["note-1"]
    assert [p["recipient"] for p in data["proposals"]] == [EMAIL]
    assert {a["action"] for a in data["audit_events"]} == {"proposal.created"}
    assert any(NAME in t["text"] for t in data["conversation_turns"])
    assert data["subject"]["suppressed"] is False


def test_after_erasure_nothing_of_the_person_is_findable(held: Engine, tmp_path: Path) -> None:
    assert NAME.lower() in everything_in_sql(held)
    with session_scope(held) as session:
        report = erase_person(session, email=EMAIL, actor="cli:test")
    assert (report.contact_deleted, report.interactions_deleted, report.proposals_deleted) == (1, 1, 1)
    assert report.interactions_scrubbed == 1 and report.turns_scrubbed >= 1 and report.audit_events_scrubbed >= 1

    dump = everything_in_sql(held)
    for trace in (NAME.lower(), EMAIL, "maria.lopez", "415 555 0100"):
        assert trace not in dump
    assert "Maria" not in ask(held, "who is the contact at Acme Corporation?")
    assert "Maria" not in ask(held, f"did {NAME} reply about pricing?").replace(NAME, "")  # only the echo

    with Session(held) as session:
        tombstone = session.exec(select(AuditEvent).where(AuditEvent.action == "privacy.erased")).scalars().one()
        assert tombstone.subject_id == report.erasure_id and tombstone.details["suppressed"] is True
        assert session.get(SuppressedContact, email_hash(EMAIL)) is not None
        assert session.exec(select(Proposal)).scalars().all() == []

    again = import_csv(held, kind="contacts", path=contacts_csv(tmp_path))
    assert (again.created, again.suppressed) == (0, 1)
    assert "1 skipped (erased on request" in again.summary()
    with Session(held) as session:
        assert session.execute(text("SELECT count(*) FROM contact WHERE lower(email) = :e"), {"e": EMAIL}).scalar() == 0


def test_erasing_someone_unknown_still_suppresses_them(engine: Engine) -> None:
    with session_scope(engine) as session:
        report = erase_person(session, email="nobody@nowhere.example", actor="cli:test")
    assert report.summary() == "nothing was held"
    with Session(engine) as session:
        assert session.get(SuppressedContact, email_hash("NOBODY@nowhere.example")) is not None


def test_a_malformed_address_is_a_one_line_error(engine: Engine) -> None:
    with Session(engine) as session, pytest.raises(DataError, match="'not-an-address' is not an email address"):
        export_person(session, email="not-an-address")
