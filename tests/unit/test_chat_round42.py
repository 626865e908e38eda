"""Chat readings behind qa_blind42's misses (written by someone who never saw the code), each tried on other
wordings and near misses: "May" the month where no verb can stand ("how did May go"), open deals that "don't even
have" an account, and the oldest open deal asked as the one that goes back "the furthest"."""

from __future__ import annotations

import pytest

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import ask


@pytest.mark.parametrize("text", [
    "how did May go for me? won revenue pls",
    "May went ok I think - how much did I win that month?",
    "my May numbers: won revenue?",
    "what did I close won through May",
])  # fmt: skip
def test_may_the_month_where_no_verb_can_stand(gazetteer: Gazetteer, text: str) -> None:
    assert "may" in ask(gazetteer, text).scope.get("period", "").lower()


@pytest.mark.parametrize("text", [
    "how many of my deals may close this month",
    "what's my win rate? we may be slipping",
    "may i see my won revenue",
])  # fmt: skip
def test_may_the_verb_names_no_month(gazetteer: Gazetteer, text: str) -> None:
    assert "may" not in ask(gazetteer, text).scope.get("period", "").lower()


@pytest.mark.parametrize("text", [
    "how many of my open deals don't even have a customer on them?",
    "open opps that do not yet have an account - count for my team",
])  # fmt: skip
def test_deals_that_dont_even_have_an_account(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("no_account") is True


def test_customers_that_dont_have_deals_are_no_missing_account(gazetteer: Gazetteer) -> None:
    assert "no_account" not in ask(gazetteer, "which accounts don't even have an open deal with me?").scope


@pytest.mark.parametrize("text", [
    "on my team, which open opp goes back the furthest? id and rep",
    "which of my open deals was first engaged farthest back?",
    "the open deal engaged longest ago across my reps?",
])  # fmt: skip
def test_the_deal_that_goes_back_furthest_is_the_oldest(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.sort == "oldest_engaged" and question.scope.get("stage") == "open", question


def test_the_furthest_from_a_target_is_no_oldest_deal(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "which rep is furthest from the top of the board on won revenue").sort != "oldest_engaged"
