"""Chat readings behind qa_blind50's misses, each tried on other wordings and near misses: the asker against an
office or a named rep against the team; "avg cycle" and "win rt"; a rep or a product taken back ("scratch that, for
Marty", "actually make it X", "(typo earlier, not Y)"); "which product has the longest cycle" as a ranking; months
listed with "each month"; "what share of my team's revenue is mine"."""

from __future__ import annotations

import pytest

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import ask


@pytest.mark.parametrize("text", [
    "my win rt last qtr vs east office overall",
    "how does my 2017 win rate stack up against Central as a whole",
])  # fmt: skip
def test_the_asker_against_an_office(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and question.sides[0] == {"owner": "me"} and "office" in question.sides[1]
    assert question.measures[:1] == ("win_rate",), question


def test_a_named_rep_against_the_team(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "zane vs team win rate 2017")
    assert question.sides == ({"owner": "Zane Levy"}, {"owner": "my team"}), question


def test_two_offices_stay_two_offices(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "East vs West win rate this year")
    assert [s.get("office") for s in question.sides] == ["East", "West"], question


def test_an_average_cycle_said_short(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "my avg cycle on won deals in q4").measures == ("avg_cycle_days",)


@pytest.mark.parametrize(("text", "field", "value"), [
    ("team pipeline for Niesha, scratch that, for Marty - open value at list", "owner", "Marty Freudenburg"),
    ("win rate on MG Special for the team. actually make it GTX Plus Pro, MG Special I already have", "product",
     "GTX Plus Pro"),
    ("avg deal size i closed on GTX Plus Basic (typo earlier, not GTX Basic)", "product", "GTX Plus Basic"),
])  # fmt: skip
def test_a_name_taken_back(gazetteer: Gazetteer, text: str, field: str, value: str) -> None:
    question = ask(gazetteer, text)
    assert question.scope.get(field) == value and "products" not in question.scope, question


def test_not_without_a_slip_is_no_correction(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "win rate on MG Special, not counting GTX Basic deals")
    assert question.scope.get("product") == "MG Special" or "MG Special" in question.scope.get("products", []), question


def test_which_product_has_the_longest_cycle_ranks_products(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "which product has the longest sales cycle on won deals? avg days")
    assert question.style == "ranking" and question.group_by == "product", question


def test_which_of_my_wins_took_longest_is_one_deal(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "which of my wins took the longest to close?").style == "list"


def test_months_listed_with_each_month_cover_them_all(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "won rev oct nov dec for me, each month pls")
    assert question.group_by == "month" and question.scope["period"] == "2017-10-01 to 2017-12-31", question


def test_the_askers_share_of_the_team(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "what share of my team's Q4 won revenue is mine?")
    assert question.style == "share" and question.sides == ({"owner": "me"},), question
