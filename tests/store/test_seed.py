"""The Maven demo seed: every row kept, quirks repaired and reported, idempotent, on each backend."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from bot.errors import DataSourceMissingError
from memory.db import session_scope
from memory.models import Account, Contact, Deal, DealStageChange, Product, Role, Stage, User
from memory.seed import seed_demo, store_counts


def _csv(maven_dir: Path, name: str) -> list[dict[str, str]]:
    with (maven_dir / name).open(newline="") as f:
        return list(csv.DictReader(f))


def test_seed_twice_gives_same_counts(engine: Engine, maven_dir: Path) -> None:
    first = seed_demo(engine, maven_dir)
    with session_scope(engine) as s:
        counts_first = store_counts(s)
    second = seed_demo(engine, maven_dir)
    with session_scope(engine) as s:
        counts_second = store_counts(s)
        history = s.exec(select(func.count()).select_from(DealStageChange)).one()
    assert counts_first == counts_second == {
        "users": 41, "accounts": 85, "contacts": 85, "products": 7, "deals": 8800,
    }  # fmt: skip
    deals_first = next(p for p in first.parts if p.kind == "deals")
    deals_second = next(p for p in second.parts if p.kind == "deals")
    assert (deals_first.created, deals_first.errors) == (8800, [])
    assert (deals_second.created, deals_second.updated, deals_second.unchanged) == (0, 0, 8800)
    # Prospecting deals have one step, Engaging two, closed deals three; a re-run adds none.
    stages = Counter(r["deal_stage"] for r in _csv(maven_dir, "sales_pipeline.csv"))
    expected = stages["Prospecting"] + 2 * stages["Engaging"] + 3 * (stages["Won"] + stages["Lost"])
    assert history == expected


def test_seed_reports_the_repairs(engine: Engine, maven_dir: Path) -> None:
    report = seed_demo(engine, maven_dir)
    repairs = {k: v for part in report.parts for k, v in part.repairs.items()}
    assert repairs["product 'GTXPro' read as 'GTX Pro'"] == 1480
    assert repairs["deal without an account: kept, unassigned"] == 1425
    assert repairs["sector 'technolgy' spelt 'technology'"] == 12


def test_seeded_store_matches_the_csv(seeded_engine: Engine, maven_dir: Path) -> None:
    rows = _csv(maven_dir, "sales_pipeline.csv")
    with Session(seeded_engine) as s:
        by_stage = dict(s.exec(select(Deal.stage, func.count()).group_by(Deal.stage)).all())  # type: ignore[arg-type]
        assert by_stage == dict(Counter(r["deal_stage"] for r in rows))
        won = s.exec(select(func.sum(Deal.close_value)).where(Deal.stage == Stage.WON)).one()
        assert won == sum(float(r["close_value"]) for r in rows if r["deal_stage"] == "Won")
        assert s.exec(select(func.count()).select_from(Deal).where(Deal.account_id == None)).one() == 1425  # noqa: E711
        gtx_pro = s.exec(select(Product).where(Product.name == "GTX Pro")).one()
        assert s.exec(select(func.count()).select_from(Deal).where(Deal.product_id == gtx_pro.id)).one() == 1480
        assert "technolgy" not in set(s.exec(select(Account.sector)))


def test_seeded_people(seeded_engine: Engine) -> None:
    with Session(seeded_engine) as s:
        users = list(s.exec(select(User)))
        reps = [u for u in users if u.role == Role.REP]
        managers = [u for u in users if u.role == Role.MANAGER]
        assert (len(reps), len(managers)) == (35, 6)
        assert {u.office for u in users} == {"Central", "East", "West"}
        darcel = next(u for u in reps if u.name == "Darcel Schlecht")
        assert next(m for m in managers if m.id == darcel.manager_id).name == "Melvin Marxen"
        contacts = list(s.exec(select(Contact)))
        assert len(contacts) == 85 and all(c.synthetic for c in contacts)
        assert all(c.email.endswith(".example") for c in contacts)
        assert len({c.account_id for c in contacts}) == 85


def test_missing_folder_is_a_clear_error(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(DataSourceMissingError, match="not found"):
        seed_demo(engine, tmp_path / "nowhere")
    (tmp_path / "partial").mkdir()
    (tmp_path / "partial" / "products.csv").write_text("product,series,sales_price\n")
    with pytest.raises(DataSourceMissingError, match="lacks sales_teams.csv"):
        seed_demo(engine, tmp_path / "partial")
