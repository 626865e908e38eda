"""Chat addresses (Teams ConversationReferences): one row per platform user, found by dealbot user."""

from __future__ import annotations

import threading

from sqlalchemy import Engine
from sqlmodel import Session, select

from memory.chat_addresses import address_for_user, save_address
from memory.db import session_scope
from memory.models import ChatAddress
from memory.users import add_user, link_identity


def _users(engine: Engine) -> tuple[int, int, int]:
    with session_scope(engine) as session:
        linked = add_user(session, name="Rita Rep", email="rita@example.com")
        link_identity(session, name="Rita Rep", teams="aad-rita")
        by_email = add_user(session, name="Eddie Email", email="Eddie@Example.com")
        nobody = add_user(session, name="Nora Nolink")
        return linked.id or 0, by_email.id or 0, nobody.id or 0


def _save(engine: Engine, user_ref: str, conversation: str, email: str | None = None) -> None:
    with session_scope(engine) as session:
        save_address(session, platform="teams", user_ref=user_ref, conversation_id=conversation,
                     reference={"conversation": {"id": conversation}}, user_email=email)  # fmt: skip


def test_the_latest_address_wins_and_is_found_by_teams_id_or_email(engine: Engine) -> None:
    rita, eddie, nora = _users(engine)
    _save(engine, "aad-rita", "a:old")
    _save(engine, "aad-rita", "a:new")
    _save(engine, "aad-eddie-unlinked", "a:eddie", email="eddie@example.com")
    with Session(engine) as session:
        assert len(session.exec(select(ChatAddress)).all()) == 2
        found = address_for_user(session, platform="teams", user_id=rita)
        assert found is not None and found.reference == {"conversation": {"id": "a:new"}}
        by_email = address_for_user(session, platform="teams", user_id=eddie)
        assert by_email is not None and by_email.conversation_id == "a:eddie"
        assert address_for_user(session, platform="teams", user_id=nora) is None
        assert address_for_user(session, platform="teams", user_id=10_000) is None


def test_first_messages_at_once_keep_one_row(engine: Engine) -> None:
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def first_message(n: int) -> None:
        start.wait()
        try:
            _save(engine, "aad-burst", f"a:burst-{n}")
        except BaseException as exc:  # collected: a thread's failure must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=first_message, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    with Session(engine) as session:
        (row,) = session.exec(select(ChatAddress).where(ChatAddress.user_ref == "aad-burst")).all()
    assert row.conversation_id.startswith("a:burst-")
