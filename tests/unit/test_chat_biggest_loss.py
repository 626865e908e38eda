"""A lost deal closes at 0, so "my biggest loss" ranked lost deals by a close value they all share and named one at
random, shown as "$0 (close value)"; and "loss" alone was not read as the lost stage ("biggest loss this year" gave
a won deal). A lost deal's value is now its list price, what was at stake. Found by asking the demo."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import answer, ask


def _lost_prices(maven_dir: Path) -> list[float]:
    """List prices of Darcel Schlecht's deals lost in 2017, from the CSVs."""
    with (maven_dir / "products.csv").open(newline="", encoding="utf-8-sig") as fh:
        price = {r["product"].replace(" ", ""): float(r["sales_price"]) for r in csv.DictReader(fh)}
    with (maven_dir / "sales_pipeline.csv").open(newline="", encoding="utf-8-sig") as fh:
        return [price[r["product"].replace(" ", "")] for r in csv.DictReader(fh)
                if r["sales_agent"] == "Darcel Schlecht" and r["deal_stage"] == "Lost"
                and r["close_date"].startswith("2017")]  # fmt: skip


@pytest.mark.parametrize(("text", "pick"), [
    ("what was my biggest loss this year", max),
    ("my largest lost deal in 2017?", max),
    ("smallest deal i lost this year", min),
])  # fmt: skip
def test_lost_deals_rank_by_what_was_at_stake(gazetteer: Gazetteer, seeded_engine: Engine, maven_dir: Path,
                                              text: str, pick: object) -> None:  # fmt: skip
    question = ask(gazetteer, text)
    assert question.scope.get("stage") == "lost", text
    reply = answer(seeded_engine, question)
    expected = pick(_lost_prices(maven_dir))  # type: ignore[operator]
    assert f"Lost, ${expected:,.0f} (list price)" in reply, reply


def test_a_won_deal_keeps_its_close_value(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    reply = answer(seeded_engine, ask(gazetteer, "my biggest win this year"))
    assert "Won, $" in reply and "(close value)" in reply, reply
