"""Users and their chat identities."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.errors import DataError, UnknownUserError
from memory.db import session_scope
from memory.models import Role
from memory.seed import seed_demo
from memory.users import add_user, find_user_by_identity, get_user_by_name, link_identity, team_of
from tests.conftest import FIXTURES


@pytest.fixture
def store(engine: Engine) -> Engine:
    seed_demo(engine, FIXTURES / "maven_mini")
    return engine


def test_link_and_find_by_identity(store: Engine) -> None:
    with session_scope(store) as s:
        link_identity(s, name="darcel schlecht", slack="U123", teams="aad-1", email="Darcel@Example.com")
    with session_scope(store) as s:
        assert find_user_by_identity(s, platform="slack", ref="U123").name == "Darcel Schlecht"  # type: ignore[union-attr]
        assert find_user_by_identity(s, platform="teams", ref="aad-1").email == "darcel@example.com"  # type: ignore[union-attr]
        assert find_user_by_identity(s, platform="slack", ref="U999") is None
        assert find_user_by_identity(s, platform="console", ref="DARCEL SCHLECHT") is not None


def test_an_identity_belongs_to_one_user(store: Engine) -> None:
    with session_scope(store) as s:
        link_identity(s, name="Darcel Schlecht", slack="U123")
    with pytest.raises(DataError, match="already linked to Darcel Schlecht"), session_scope(store) as s:
        link_identity(s, name="Moses Frase", slack="U123")


def test_unknown_user_suggests_a_name(store: Engine) -> None:
    with pytest.raises(UnknownUserError, match="did you mean 'Darcel Schlecht'"), session_scope(store) as s:
        get_user_by_name(s, name="Darcel Schlect")


def test_add_user_and_team(store: Engine) -> None:
    with session_scope(store) as s:
        add_user(s, name="New Rep", role=Role.REP, manager="Melvin Marxen", email="new@example.com")
    with session_scope(store) as s:
        team = {u.name for u in team_of(s, manager=get_user_by_name(s, name="Melvin Marxen"))}
        assert "New Rep" in team and "Darcel Schlecht" in team and len(team) == 7
    with pytest.raises(DataError, match="already exists"), session_scope(store) as s:
        add_user(s, name="new rep")
