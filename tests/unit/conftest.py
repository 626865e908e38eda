"""Fixtures shared by the unit tests of the offline chat parser."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from agents.offline.entities import Gazetteer


@pytest.fixture(scope="module")
def gazetteer(seeded_engine: Engine) -> Gazetteer:
    """The names the parser knows (reps, accounts, products, offices), read from the seeded demo store."""
    with Session(seeded_engine) as session:
        return Gazetteer.build(session)
