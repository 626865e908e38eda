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
from agents.tools.draft_points import points
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


def _accounts(maven_dir: Path) -> list[dict[str, str]]:
    with (maven_dir / "accounts.csv").open() as f:
        return list(csv.DictReader(f))


def _list(engine: Engine, user: str, tool: str, **args: Any) -> dict[str, Any]:
    return CATALOGUE[tool].invoke(_ctx(engine, user), args).data


def test_one_opportunity_by_its_id(seeded_engine: Engine, maven_dir: Path) -> None:
    row = next(r for r in _pipeline(maven_dir) if r["opportunity_id"] == "3F5AAJZB")
    deals = _list(seeded_engine, "Cara Losch", "list_deals", deal="3f5aajzb")["deals"]
    assert [(d["id"], d["owner"], d["value"]) for d in deals] == [("3F5AAJZB", row["sales_agent"],
                                                                   float(row["close_value"]))]  # fmt: skip


def test_a_bound_on_each_deals_value(seeded_engine: Engine, maven_dir: Path) -> None:
    expected = sum(1 for r in _pipeline(maven_dir) if r["sales_agent"] == "James Ascencio" and r["deal_stage"] == "Won"
                   and float(r["close_value"]) > 5000)  # fmt: skip
    g = _stats(seeded_engine, "James Ascencio", owner="me", stage="won", value=">5000")["groups"][0]
    assert g["deals"] == expected


def test_leaving_out_a_product_rep_or_account(seeded_engine: Engine, maven_dir: Path) -> None:
    rows = [r for r in _pipeline(maven_dir) if r["sales_agent"] == "Rosalina Dieter" and r["product"] != "MG Special"]
    won, lost = (sum(r["deal_stage"] == s for r in rows) for s in ("Won", "Lost"))
    g = _stats(seeded_engine, "Rosalina Dieter", owner="me", exclude_products=["MG Speical"])["groups"][0]
    assert (g["won"], g["lost"]) == (won, lost)
    team = _stats(seeded_engine, "Summer Sewald", owner="my team", group_by="rep", include_empty=True,
                  exclude_owners=["Carl"])  # fmt: skip
    assert "Carl Lin" not in {g["group"] for g in team["groups"]}
    kept = _stats(seeded_engine, "Darcel Schlecht", exclude_accounts=["Kan-code"])["groups"][0]["deals"]
    assert kept == sum(1 for r in _pipeline(maven_dir) if r["account"] != "Kan-code")  # deals with no account stay


def test_a_product_series_is_all_its_products(seeded_engine: Engine, maven_dir: Path) -> None:
    expected = sum(float(r["close_value"]) for r in _pipeline(maven_dir) if r["product"].startswith("MG ")
                   and r["deal_stage"] == "Won" and r["close_date"] >= "2017-10-01")  # fmt: skip
    for args in ({"products": ["MG"]}, {"products": ["MG Special", "MG Advanced"]}, {"product": "the MG line"}):
        assert _stats(seeded_engine, "Corliss Cosme", period="Q4 2017", **args)["groups"][0]["won_revenue"] == expected


def test_figures_by_calendar_month(seeded_engine: Engine, maven_dir: Path) -> None:
    rows = [r for r in _pipeline(maven_dir) if r["sales_agent"] == "Elease Gluck" and r["deal_stage"] == "Won"]
    by_month: dict[str, float] = {}
    for r in rows:
        by_month[r["close_date"][:7]] = by_month.get(r["close_date"][:7], 0.0) + float(r["close_value"])
    data = _stats(seeded_engine, "Elease Gluck", owner="me", stage="won", group_by="month")
    assert [g["won_revenue"] for g in data["groups"]] == [by_month[m] for m in sorted(by_month)]  # calendar order
    best = _stats(
        seeded_engine, "Elease Gluck", owner="me", stage="won", group_by="month", sort_by="won_revenue", top=1
    )
    assert best["groups"][0]["won_revenue"] == max(by_month.values())


def test_accounts_by_their_own_facts(seeded_engine: Engine, maven_dir: Path) -> None:
    accounts = _accounts(maven_dir)
    europe = {"Belgium", "Germany", "Italy", "Norway", "Poland", "Romania"}
    found = _list(seeded_engine, "Elease Gluck", "list_accounts", headquarters="Europe")
    assert {a["name"] for a in found["accounts"]} == {a["account"] for a in accounts if a["office_location"] in europe}
    big = _list(seeded_engine, "Moses Frase", "list_accounts", employees=">10000")["accounts"]
    assert {a["name"] for a in big} == {a["account"] for a in accounts if int(a["employees"]) > 10000}
    software = _list(seeded_engine, "Zane Levy", "list_accounts", sector="software")["total"]
    assert software == sum(a["sector"] == "software" for a in accounts)


def test_deals_of_accounts_by_their_facts(seeded_engine: Engine, maven_dir: Path) -> None:
    old = {a["account"] for a in _accounts(maven_dir) if int(a["year_established"]) < 1990}
    expected = sum(
        float(r["close_value"]) for r in _pipeline(maven_dir) if r["account"] in old and r["deal_stage"] == "Won"
    )
    assert _stats(seeded_engine, "Hayden Neloms", founded="<1990")["groups"][0]["won_revenue"] == expected


def test_smallest_won_deal(seeded_engine: Engine, maven_dir: Path) -> None:
    values = [float(r["close_value"]) for r in _pipeline(maven_dir)
              if r["sales_agent"] == "Violet Mclelland" and r["deal_stage"] == "Won"]  # fmt: skip
    deals = _list(seeded_engine, "Violet Mclelland", "list_deals", owner="me", stage="won", sort="smallest", limit=1)
    assert deals["deals"][0]["value"] == min(values)


def test_my_office_and_a_reps_team(seeded_engine: Engine, maven_dir: Path) -> None:
    with (maven_dir / "sales_teams.csv").open() as f:
        teams = list(csv.DictReader(f))
    office = next(t["regional_office"] for t in teams if t["sales_agent"] == "Niesha Huffines")
    assert _stats(seeded_engine, "Niesha Huffines", office="mine")["scope"] == [f"{office} office"]
    manager = next(t["manager"] for t in teams if t["sales_agent"] == "Kami Bicknell")
    mates = {t["sales_agent"] for t in teams if t["manager"] == manager}
    data = _stats(seeded_engine, "Kami Bicknell", owner="my team", group_by="rep", include_empty=True)
    assert {g["group"] for g in data["groups"]} == mates  # a rep's team: everyone under the same manager


def test_account_info_gives_the_parents_own_deals(seeded_engine: Engine, maven_dir: Path) -> None:
    data = _list(seeded_engine, "Vicki Laflamme", "account_info", account="Faxquote")
    expected = sum(float(r["close_value"]) for r in _pipeline(maven_dir)
                   if r["account"] == data["parent"] and r["deal_stage"] == "Won")  # fmt: skip
    assert data["parent_deals"]["won_revenue"] == expected


@pytest.mark.parametrize(
    ("request_text", "said"),
    [("write a note to our main contact at Mathtouch introducing Violet as their new account rep from January",
      "I'd like to introduce Violet Mclelland as your new account rep from January."),
     ('Konmatfix wrote: "does the price hold?" - write back saying yes, it holds until Jan 31',
      "Yes, it holds until Jan 31."),
     ("prepare something for Streethex congratulating them on the new Brussels office? Nothing salesy",
      "Congratulations on the new Brussels office!"),
     ("need an email to Sunnamplex proposing a GTX Basic demo the week of Jan 8. their team is in Poland",
      "I'd like to propose a GTX Basic demo the week of Jan 8.")],
)  # fmt: skip
def test_a_draft_says_what_the_rep_asked(request_text: str, said: str) -> None:
    assert points(request_text, ["Violet Mclelland", "Darcel Schlecht"]) == [said]


@pytest.mark.parametrize(
    "request_text",
    ["Lexiqvolax came back saying GTX Pro is too pricey. draft a reply that explains the value",
     "draft a follow-up to Yearin about the GTX Basic pilot"],
)  # fmt: skip
def test_what_the_customer_said_is_no_point_to_make(request_text: str) -> None:
    assert points(request_text) == []


def test_groups_past_a_bar(seeded_engine: Engine, maven_dir: Path) -> None:
    rows = [r for r in _pipeline(maven_dir) if r["account"]]
    counts: dict[str, list[int]] = {}
    for r in rows:
        c = counts.setdefault(r["account"], [0, 0])
        c[0] += r["deal_stage"] == "Won"
        c[1] += r["deal_stage"] == "Lost"
    data = _stats(seeded_engine, "Moses Frase", group_by="account", sort_by="won", having=["won>=100", "lost<won"])
    assert {g["group"] for g in data["groups"]} == {a for a, (w, lost) in counts.items() if w >= 100 and lost < w}
    with pytest.raises(NotFoundError):
        _stats(seeded_engine, "Moses Frase", group_by="account", having=["bogus>1"])


def test_figures_taken_deal_by_deal(seeded_engine: Engine, maven_dir: Path) -> None:
    rows = [r for r in _pipeline(maven_dir) if r["sales_agent"] == "Zane Levy"]
    won = sorted(float(r["close_value"]) for r in rows if r["deal_stage"] == "Won")
    lost = [r for r in rows if r["deal_stage"] == "Lost"]
    days = [(date.fromisoformat(r["close_date"]) - date.fromisoformat(r["engage_date"])).days for r in lost]
    g = _stats(seeded_engine, "Zane Levy", owner="me")["groups"][0]
    middle = len(won) // 2
    assert g["median_won_size"] == round(won[middle] if len(won) % 2 else (won[middle - 1] + won[middle]) / 2)
    assert g["avg_lost_cycle_days"] == round(sum(days) / len(days), 1)


def test_the_deal_with_the_longest_cycle(seeded_engine: Engine, maven_dir: Path) -> None:
    rows = [r for r in _pipeline(maven_dir) if r["sales_agent"] == "Lajuana Vencill" and r["deal_stage"] == "Won"]
    longest = max((date.fromisoformat(r["close_date"]) - date.fromisoformat(r["engage_date"])).days for r in rows)
    args = {"owner": "me", "stage": "won", "sort": "longest_cycle", "limit": 1}
    deal = CATALOGUE["list_deals"].invoke(_ctx(seeded_engine, "Lajuana Vencill"), args).data["deals"][0]
    assert deal["cycle_days"] == longest


def test_accounts_ranked_and_filtered_on_their_own_facts(seeded_engine: Engine, maven_dir: Path) -> None:
    with (maven_dir / "accounts.csv").open() as f:
        accounts = list(csv.DictReader(f))
    ctx = _ctx(seeded_engine, "Moses Frase")
    youngest = CATALOGUE["list_accounts"].invoke(ctx, {"sort_by": "founded", "top": 1}).data["accounts"][0]
    assert youngest["year_established"] == max(int(a["year_established"]) for a in accounts)
    subs = CATALOGUE["list_accounts"].invoke(ctx, {"subsidiary": True}).data["accounts"]
    assert {a["name"] for a in subs} == {a["account"] for a in accounts if a["subsidiary_of"]}
    places = CATALOGUE["list_accounts"].invoke(ctx, {"headquarters": "Japan or Korea"}).data["accounts"]
    assert {a["headquarters"] for a in places} == {"Japan", "Korea"}


def _list_prices(maven_dir: Path) -> dict[str, float]:
    with (maven_dir / "products.csv").open() as f:
        return {r["product"].replace(" ", ""): float(r["sales_price"]) for r in csv.DictReader(f)}


@pytest.mark.parametrize(("side", "op"), [("above", float.__gt__), ("below", float.__lt__)])
def test_won_deals_against_their_list_price(seeded_engine: Engine, maven_dir: Path, side: str, op: Any) -> None:
    prices = _list_prices(maven_dir)
    expected = sum(
        1
        for r in _pipeline(maven_dir)
        if r["sales_agent"] == "Reed Clapper" and r["deal_stage"] == "Won"
        and op(float(r["close_value"]), prices[r["product"].replace(" ", "")])
    )  # fmt: skip
    g = _stats(seeded_engine, "Rocco Neubert", owner="Reed Clapper", stage="won", vs_list=side)["groups"][0]
    assert g["deals"] == expected


def test_deals_closed_on_particular_days(seeded_engine: Engine, maven_dir: Path) -> None:
    days = ["2017-03-31", "2017-06-30", "2017-09-30", "2017-12-31"]
    rows = _pipeline(maven_dir)
    expected = sum(1 for r in rows if r["sales_agent"] == "Maureen Marcano" and r["deal_stage"] == "Won"
                   and r["close_date"] in days)  # fmt: skip
    g = _stats(seeded_engine, "Maureen Marcano", owner="me", stage="won", close_days=days)["groups"][0]
    assert g["deals"] == expected


@pytest.mark.parametrize("rep", ["Hayden Neloms", "Darcel Schlecht"])
def test_products_never_won_are_listed_with_zero(seeded_engine: Engine, maven_dir: Path, rep: str) -> None:
    won = {r["product"].replace(" ", "") for r in _pipeline(maven_dir) if r["sales_agent"] == rep
           and r["deal_stage"] == "Won"}  # fmt: skip
    all_products = set(_list_prices(maven_dir))
    data = _stats(seeded_engine, rep, owner="me", stage="won", group_by="product", include_empty=True,
                  having=["deals=0"])  # fmt: skip
    assert {g["group"].replace(" ", "") for g in data["groups"]} == all_products - won


def test_accounts_with_an_empty_quarter(seeded_engine: Engine, maven_dir: Path) -> None:
    with (maven_dir / "accounts.csv").open() as f:
        accounts = {r["account"] for r in csv.DictReader(f)}
    quarters: dict[str, set[int]] = {a: set() for a in accounts}
    for r in _pipeline(maven_dir):
        if r["deal_stage"] == "Won" and r["close_date"].startswith("2017") and r["account"]:
            quarters[r["account"]].add((int(r["close_date"][5:7]) - 1) // 3 + 1)
    data = _stats(seeded_engine, "Donn Cantrell", stage="won", period="2017", group_by="account", empty_in="quarter")
    assert {g["group"] for g in data["groups"]} == {a for a, q in quarters.items() if len(q) < 4}
    for g in data["groups"]:
        assert len(g["empty_in"]) == 4 - len(quarters[g["group"]])


def test_figures_by_weekday_and_the_age_of_open_deals(seeded_engine: Engine, maven_dir: Path) -> None:
    rows = [r for r in _pipeline(maven_dir) if r["sales_agent"] == "Darcel Schlecht"]
    won_days: dict[str, int] = {}
    for r in rows:
        if r["deal_stage"] == "Won":
            name = date.fromisoformat(r["close_date"]).strftime("%A")
            won_days[name] = won_days.get(name, 0) + 1
    data = _stats(seeded_engine, "Darcel Schlecht", owner="me", stage="won", group_by="weekday", sort_by="won", top=1)
    assert data["groups"][0]["won"] == max(won_days.values())
    engaging = [r for r in rows if r["deal_stage"] == "Engaging"]
    ages = [(date(2017, 12, 31) - date.fromisoformat(r["engage_date"])).days for r in engaging]
    figures = _stats(seeded_engine, "Darcel Schlecht", owner="me", stage="engaging")["groups"][0]
    assert figures["avg_open_age_days"] == round(sum(ages) / len(ages), 1)


def test_product_catalogue_prices_in_the_order_asked(seeded_engine: Engine, maven_dir: Path) -> None:
    with (maven_dir / "products.csv").open() as f:
        prices = {r["product"]: float(r["sales_price"]) for r in csv.DictReader(f)}
    ctx = _ctx(seeded_engine, "Zane Levy")
    asked = CATALOGUE["product_info"].invoke(ctx, {"products": ["MG Advanced", "gtk 500"]}).data["products"]
    assert [(p["name"], p["list_price"]) for p in asked] == [("MG Advanced", prices["MG Advanced"]),
                                                           ("GTK 500", prices["GTK 500"])]  # fmt: skip
    assert len(CATALOGUE["product_info"].invoke(ctx, {}).data["products"]) == len(prices)
    series = CATALOGUE["product_info"].invoke(ctx, {"products": ["MG"]}).data["products"]
    assert {p["series"] for p in series} == {"MG"} and len(series) > 1


def test_lowest_and_highest_won_deal(seeded_engine: Engine, maven_dir: Path) -> None:
    won = [float(r["close_value"]) for r in _pipeline(maven_dir) if r["deal_stage"] == "Won" and r["product"] in
           ("GTX Pro", "GTXPro")]  # fmt: skip
    figures = _stats(seeded_engine, "Cassey Cress", product="GTX Pro", stage="won")["groups"][0]
    assert (figures["min_won_size"], figures["max_won_size"]) == (min(won), max(won))
