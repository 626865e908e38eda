"""Chat readings found with qa_blind66's leftovers and qa_blind68, each tried on several wordings and near misses: a
bare sector after a sale verb ("what did I win from medical") filters by the sector, the finance department does
not."""

from __future__ import annotations

import pytest

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import ask


@pytest.mark.parametrize(("text", "sector"), [
    ("how much have I won in retail this year?", "retail"),
    ("how much did I win from medical this year?", "medical"),
    ("how much did we win this year from retail", "retail"),
    ("what did we sell the most of in tech in q3", "technology"),
    ("how many have we lost in software so far", "software"),
])  # fmt: skip
def test_a_sector_named_after_a_sale(gazetteer: Gazetteer, text: str, sector: str) -> None:
    assert ask(gazetteer, text).scope.get("sector") == sector, text


@pytest.mark.parametrize("text", [
    "i lost the sign-off from finance on Cancity, what stage is it at",
    "we won the vote from finance, how many open deals do I have",
    "finance is asking again about the Cancity deal - what is it worth?",
])  # fmt: skip
def test_the_finance_department_is_no_sector(gazetteer: Gazetteer, text: str) -> None:
    assert "sector" not in ask(gazetteer, text).scope, text
