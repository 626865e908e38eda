"""The offline parser and the tools on question classes read wrongly before: "who is my best customer" (accounts,
not reps), "winning" as a stage, the mean win set against the list price, "last quarter" as a period rather than the
last deal, an office's people as the other side of a bet, groups past a bar in money, figures by the accounts'
country, a bound on the accounts' own annual revenue, and the accounts counted per sector. Checked against the demo
CSVs read directly."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from agents.context import ToolContext
from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.parser import Question, tool_calls
from agents.tools import CATALOGUE
from memory.users import get_user_by_name

TODAY = date(2017, 12, 31)


def ask(gazetteer: Gazetteer, text: str, today: date = TODAY) -> Question:
    return read_message(text, gazetteer, today)


def _rows(maven_dir: Path, name: str) -> list[dict[str, str]]:
    with (maven_dir / name).open() as f:
        return list(csv.DictReader(f))


def _tool(engine: Engine, user: str, tool: str, **args: Any) -> dict[str, Any]:
    with Session(engine, expire_on_commit=False) as s:
        ctx = ToolContext(engine=engine, user=get_user_by_name(s, name=user), today=TODAY)
    return CATALOGUE[tool].invoke(ctx, args).data


@pytest.mark.parametrize(
    ("text", "group"),
    [("who has been our single biggest client this year?", "account"),
     ("who's my top customer by won revenue?", "account"),
     ("who is the best rep in the East office?", "rep"),
     ("who is our leading product on won revenue?", "product")],
)  # fmt: skip
def test_who_with_a_superlative_ranks_the_group_it_names(gazetteer: Gazetteer, text: str, group: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "ranking" and q.group_by == group and q.top == 1


def test_winning_is_the_won_stage_and_won_with_lost_is_a_breakdown(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many of my GTX deals am I winning?").scope["stage"] == "won"
    q = ask(gazetteer, "for the opps I started engaging in Q2, how many have I been winning and how many losing?")
    assert q.style == "figure" and "stage" not in q.scope and q.scope["date_field"] == "engage"


@pytest.mark.parametrize(
    "text",
    ["what does a typical MG Advanced win of mine average out to? I want to hold it against list",
     "on average, how do my MG Advanced wins compare to the list price?",
     "what's the average Zane Levy win on MG Advanced versus list?"],
)  # fmt: skip
def test_the_mean_win_against_the_list_price(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "figure" and q.measures == ("avg_won_size", "won_vs_list")


def test_mean_list_price_of_won_deals(seeded_engine: Engine, maven_dir: Path) -> None:
    prices = {r["product"]: float(r["sales_price"]) for r in _rows(maven_dir, "products.csv")}
    won = [r for r in _rows(maven_dir, "sales_pipeline.csv") if r["sales_agent"] == "Zane Levy"
           and r["deal_stage"] == "Won" and r["product"] == "MG Advanced"]  # fmt: skip
    g = _tool(seeded_engine, "Zane Levy", "deal_stats", owner="me", product="MG Advanced")["groups"][0]
    assert g["avg_won_list_price"] == round(sum(prices[r["product"]] for r in won) / len(won))
    assert g["avg_won_size"] == round(sum(float(r["close_value"]) for r in won) / len(won))


@pytest.mark.parametrize(
    "text",
    ["how many deals did each of my reps close last quarter? just the counts",
     "wins per rep on my team for the last month please, one line each",
     "what were our first quarter wins by rep?"],
)  # fmt: skip
def test_a_period_named_last_or_first_is_no_single_deal(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text, date(2017, 10, 3))
    assert q.style == "ranking" and q.group_by == "rep" and q.top is None and "breakdown" not in q.measures


@pytest.mark.parametrize(
    ("text", "measure"),
    [("how many did each of my guys lose in november?", "deals"),
     ("how much pipeline does each of my people have right now?", "pipeline_value")],
)  # fmt: skip
def test_each_of_my_people_splits_by_rep(gazetteer: Gazetteer, text: str, measure: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "ranking" and q.group_by == "rep" and q.measures[0] == measure


def test_the_last_deal_is_still_one_deal(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "what was my team's last win?").sort == "recently_closed"


@pytest.mark.parametrize(
    "text",
    ["settling a bet with the west folks: which office had the best win rate this year?",
     "the Central guys keep bragging, which manager's team booked the most in Q3?"],
)  # fmt: skip
def test_an_offices_people_in_a_bet_scope_nothing(gazetteer: Gazetteer, text: str) -> None:
    assert "office" not in ask(gazetteer, text).scope


def test_an_offices_people_asked_about_still_scope(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how are the west guys doing on win rate this year?").scope["office"] == "West"


@pytest.mark.parametrize(
    ("text", "group", "bar"),
    [("how many salespeople have booked over $350k all time, and who?", "rep", "won_revenue>350000"),
     ("reps with at least $250k in bookings this year", "rep", "won_revenue>=250000"),
     ("which products have open pipeline above $1M?", "product", "pipeline_value>1000000"),
     ("any sector that brought in less than $600k?", "sector", "won_revenue<600000"),
     ("customers we've sold more than $120k to", "account", "won_revenue>120000")],
)  # fmt: skip
def test_groups_past_a_bar_in_money(gazetteer: Gazetteer, text: str, group: str, bar: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "ranking" and q.group_by == group and q.having == (bar,)


def test_a_bound_on_each_deal_is_not_a_bar_on_the_group(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "how many of my wins were bigger than $5,000?")
    assert q.scope["value"] == ">5000" and not q.having


def test_reps_past_a_bar_in_won_revenue(seeded_engine: Engine, maven_dir: Path) -> None:
    totals: dict[str, float] = {}
    for r in _rows(maven_dir, "sales_pipeline.csv"):
        if r["deal_stage"] == "Won":
            totals[r["sales_agent"]] = totals.get(r["sales_agent"], 0.0) + float(r["close_value"])
    data = _tool(seeded_engine, "Moses Frase", "deal_stats", stage="won", group_by="rep", sort_by="won_revenue",
                 having=["won_revenue>350000"])  # fmt: skip
    assert {g["group"] for g in data["groups"]} == {rep for rep, v in totals.items() if v > 350000}


def test_figures_by_the_accounts_country(gazetteer: Gazetteer, seeded_engine: Engine, maven_dir: Path) -> None:
    q = ask(gazetteer, "excluding america, which nation do our biggest wins come from by revenue?")
    assert q.style == "ranking" and q.group_by == "country" and q.scope["headquarters"] == "not United States"
    hq = {r["account"]: r["office_location"] for r in _rows(maven_dir, "accounts.csv")}
    totals: dict[str, float] = {}
    for r in _rows(maven_dir, "sales_pipeline.csv"):
        if r["deal_stage"] == "Won" and r["account"] and hq[r["account"]] != "United States":
            totals[hq[r["account"]]] = totals.get(hq[r["account"]], 0.0) + float(r["close_value"])
    data = _tool(seeded_engine, "Moses Frase", "deal_stats", stage="won", headquarters="not United States",
                 group_by="country", sort_by="won_revenue")  # fmt: skip
    assert [(g["group"], g["won_revenue"]) for g in data["groups"]][:3] == sorted(
        totals.items(), key=lambda kv: -kv[1])[:3]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "bound"),
    [("how many of our customers turn over more than $2bn a year?", ">2000"),
     ("which accounts have annual revenue under $300M?", "<300"),
     ("our won revenue from companies with over $4 billion in revenue", ">4000")],
)  # fmt: skip
def test_a_bound_on_the_accounts_own_revenue(gazetteer: Gazetteer, text: str, bound: str) -> None:
    q = ask(gazetteer, text)
    assert q.scope["annual_revenue"] == bound and not q.having


def test_accounts_by_their_own_revenue(seeded_engine: Engine, maven_dir: Path) -> None:
    big = {r["account"] for r in _rows(maven_dir, "accounts.csv") if float(r["revenue"]) > 2000}
    data = _tool(seeded_engine, "Moses Frase", "list_accounts", annual_revenue=">2000")
    assert {a["name"] for a in data["accounts"]} == big
    won = sum(float(r["close_value"]) for r in _rows(maven_dir, "sales_pipeline.csv")
              if r["deal_stage"] == "Won" and r["account"] in big)  # fmt: skip
    g = _tool(seeded_engine, "Moses Frase", "deal_stats", annual_revenue=">2000")["groups"][0]
    assert g["won_revenue"] == pytest.approx(won)


@pytest.mark.parametrize(
    ("text", "group", "top"),
    [("what industry are most of the companies on our books in?", "sector", 1),
     ("which country has the fewest of our customers?", "country", 1),
     ("how many accounts do we have per sector?", "sector", None)],
)  # fmt: skip
def test_accounts_counted_per_sector_or_country(gazetteer: Gazetteer, text: str, group: str, top: int | None) -> None:
    q = ask(gazetteer, text)
    assert q.style == "accounts" and q.group_by == group and q.top == top
    assert [c.name for c in tool_calls(q)] == ["list_accounts"]


def test_deals_per_sector_are_not_an_account_count(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "which sector has the most won deals this year?").style == "ranking"


def test_account_counts_per_sector(seeded_engine: Engine, maven_dir: Path) -> None:
    counts: dict[str, int] = {}
    for r in _rows(maven_dir, "accounts.csv"):
        counts[r["sector"]] = counts.get(r["sector"], 0) + 1
    groups = _tool(seeded_engine, "Moses Frase", "list_accounts", group_by="sector")["groups"]
    assert groups[0]["accounts"] == max(counts.values()) and sum(g["accounts"] for g in groups) == sum(counts.values())
