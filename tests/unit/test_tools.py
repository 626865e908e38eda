"""The read-only tools answer from the store, checked against the demo CSV directly."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from agents.context import ToolContext
from agents.tools import CATALOGUE
from bot.errors import NotFoundError
from memory.users import get_user_by_name


def _ctx(session: Session, name: str) -> ToolContext:
    return ToolContext(session=session, user=get_user_by_name(session, name=name), today=date(2017, 12, 31))


def _open_count(maven_dir: Path, owners: set[str]) -> int:
    with (maven_dir / "sales_pipeline.csv").open() as f:
        return sum(
            1
            for r in csv.DictReader(f)
            if r["sales_agent"] in owners and r["deal_stage"] in {"Prospecting", "Engaging"}
        )


@pytest.mark.parametrize("rep", ["Darcel Schlecht", "Garret Kinder", "Anna Snelling"])
def test_my_open_deals(seeded_engine: Engine, maven_dir: Path, rep: str) -> None:
    with Session(seeded_engine) as s:
        result = CATALOGUE["list_deals"].invoke(_ctx(s, rep), {"owner": "me", "stage": "open"})
    assert result.data["count"] == _open_count(maven_dir, {rep})


def test_team_deals_for_a_manager(seeded_engine: Engine, maven_dir: Path) -> None:
    with (maven_dir / "sales_teams.csv").open() as f:
        team = {r["sales_agent"] for r in csv.DictReader(f) if r["manager"] == "Melvin Marxen"}
    with Session(seeded_engine) as s:
        result = CATALOGUE["list_deals"].invoke(
            _ctx(s, "Melvin Marxen"), {"owner": "my team", "stage": "open"}
        )
    assert result.data["count"] == _open_count(maven_dir, team)


def test_account_overview_tolerates_typos(seeded_engine: Engine) -> None:
    with Session(seeded_engine) as s:
        result = CATALOGUE["account_overview"].invoke(_ctx(s, "Darcel Schlecht"), {"account": "Cancitty"})
        assert result.data["account"] == "Cancity"
        with pytest.raises(NotFoundError, match="can't find an account called 'Zzyzx Holdings'"):
            CATALOGUE["account_overview"].invoke(_ctx(s, "Darcel Schlecht"), {"account": "Zzyzx Holdings"})


def test_every_tool_has_a_schema_and_a_description() -> None:
    for tool in CATALOGUE.values():
        assert tool.description.strip()
        assert tool.args_schema.model_json_schema()["properties"]
        assert tool.outbound is False
