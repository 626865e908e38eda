"""Found by asking the demo: "which of my accounts haven't bought anything in 2017" named the account I won most
from, "which of my accounts have no wins" listed the team's reps, and "my accounts I have never won" counted every
account in the store, mine or not. "My accounts" are those I have had a deal with; the customer's side of a win
(bought, purchased) reads as won; "anyone with no wins" as an aside still only sets people aside. And "Finjob's
annual revenue" answered with our won revenue from them, not the company's own."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import answer, ask


def _mine_without_a_2017_win(maven_dir: Path) -> set[str]:
    with (maven_dir / "sales_pipeline.csv").open(newline="", encoding="utf-8-sig") as fh:
        rows = [r for r in csv.DictReader(fh) if r["sales_agent"] == "Darcel Schlecht" and r["account"]]
    won = {r["account"] for r in rows if r["deal_stage"] == "Won" and r["close_date"].startswith("2017")}
    return {r["account"] for r in rows} - won


@pytest.mark.parametrize("text", [
    "which of my accounts havent bought anything in 2017",
    "which of my accounts have no wins in 2017",
    "which of my customers didn't buy a single product this year",
])  # fmt: skip
def test_my_accounts_without_a_win_are_named_from_mine(gazetteer: Gazetteer, seeded_engine: Engine, maven_dir: Path,
                                                       text: str) -> None:  # fmt: skip
    reply = answer(seeded_engine, ask(gazetteer, text))
    expected = _mine_without_a_2017_win(maven_dir)
    assert expected and f"{len(expected)} accounts with no won deals: " in reply, reply
    named = reply.split("no won deals: ", 1)[1].split(". (Scope", 1)[0].split(", ")
    assert set(named) == expected, reply


def test_anyone_with_no_wins_set_aside_is_no_roster(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "which rep has the smallest average won deal? (ignore anyone with no wins)")
    assert question.style != "roster" and not question.having, question


@pytest.mark.parametrize("text", ["what's Finjob's annual revenue", "Finjob annual revenue pls"])
def test_an_accounts_annual_revenue_is_its_own_not_our_wins(gazetteer: Gazetteer, seeded_engine: Engine,
                                                            maven_dir: Path, text: str) -> None:  # fmt: skip
    with (maven_dir / "accounts.csv").open(newline="", encoding="utf-8-sig") as fh:
        musd = next(float(r["revenue"]) for r in csv.DictReader(fh) if r["account"] == "Finjob")
    reply = answer(seeded_engine, ask(gazetteer, text))
    assert f"annual revenue is ${musd:,.2f}M" in reply and "won revenue" not in reply, reply
