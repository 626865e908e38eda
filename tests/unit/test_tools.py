"""The tools answer from the store; checked against the demo CSV read directly."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from agents.context import ToolContext
from agents.tools import CATALOGUE
from bot.errors import NotFoundError
from memory.users import get_user_by_name


def _ctx(engine: Engine, name: str, today: date = date(2017, 12, 31)) -> ToolContext:
    with Session(engine, expire_on_commit=False) as s:
        return ToolContext(engine=engine, user=get_user_by_name(s, name=name), today=today)


def _pipeline(maven_dir: Path) -> list[dict[str, str]]:
    with (maven_dir / "sales_pipeline.csv").open() as f:
        return list(csv.DictReader(f))


def _team(maven_dir: Path, manager: str) -> set[str]:
    with (maven_dir / "sales_teams.csv").open() as f:
        return {r["sales_agent"] for r in csv.DictReader(f) if r["manager"] == manager}


def _stats(engine: Engine, user: str, **args: Any) -> dict[str, Any]:
    return CATALOGUE["deal_stats"].invoke(_ctx(engine, user), args).data


@pytest.mark.parametrize("rep", ["Darcel Schlecht", "Garret Kinder", "Anna Snelling"])
def test_my_open_deals(seeded_engine: Engine, maven_dir: Path, rep: str) -> None:
    expected = sum(
        1 for r in _pipeline(maven_dir) if r["sales_agent"] == rep and r["deal_stage"] in {"Prospecting", "Engaging"}
    )
    assert _stats(seeded_engine, rep, owner="me", stage="open")["groups"][0]["deals"] == expected


def test_team_of_a_manager(seeded_engine: Engine, maven_dir: Path) -> None:
    team = _team(maven_dir, "Melvin Marxen")
    rows = [r for r in _pipeline(maven_dir) if r["sales_agent"] in team]
    g = _stats(seeded_engine, "Melvin Marxen", owner="my team")["groups"][0]
    assert (g["won"], g["lost"]) == (
        sum(r["deal_stage"] == "Won" for r in rows),
        sum(r["deal_stage"] == "Lost" for r in rows),
    )
    # a manager owns no deals, so "me" means their team
    assert _stats(seeded_engine, "Melvin Marxen", owner="me")["groups"][0] == g


def test_won_revenue_in_a_quarter(seeded_engine: Engine, maven_dir: Path) -> None:
    expected = sum(
        float(r["close_value"])
        for r in _pipeline(maven_dir)
        if r["sales_agent"] == "Corliss Cosme"
        and r["deal_stage"] == "Won"
        and "2017-10-01" <= r["close_date"] <= "2017-12-31"
    )
    data = _stats(seeded_engine, "Corliss Cosme", owner="me", period="this quarter")
    assert data["groups"][0]["won_revenue"] == expected
    assert "closed in Q4 2017 (2017-10-01 to 2017-12-31)" in data["scope"]


def test_ranking_by_office(seeded_engine: Engine, maven_dir: Path) -> None:
    data = _stats(seeded_engine, "Cara Losch", group_by="office", sort_by="won_revenue")
    assert [g["group"] for g in data["groups"]] == ["West", "Central", "East"]


def test_unknown_names_are_reported_not_guessed(seeded_engine: Engine) -> None:
    with pytest.raises(NotFoundError, match="can't find an account called 'Zzyzx Holdings'"):
        CATALOGUE["account_info"].invoke(_ctx(seeded_engine, "Darcel Schlecht"), {"account": "Zzyzx Holdings"})
    with pytest.raises(NotFoundError, match="period"):
        _stats(seeded_engine, "Darcel Schlecht", period="sometime soonish")


def test_account_info_tolerates_typos(seeded_engine: Engine) -> None:
    data = CATALOGUE["account_info"].invoke(_ctx(seeded_engine, "Darcel Schlecht"), {"account": "Cancitty"}).data
    assert data["account"] == "Cancity" and data["sector"] == "retail"


def test_catalogue_marks_outbound_tools() -> None:
    assert {name for name, tool in CATALOGUE.items() if tool.outbound} == {"draft_email", "draft_next_step"}
    for tool in CATALOGUE.values():
        assert tool.description.strip()
        assert tool.args_schema.model_json_schema()["properties"]
