"""Chat readings behind qa_blind49's misses, each tried on other wordings and near misses: "last month vs the month
before" and "this quarter and the one before"; a figure asked again "and on" another product; "which companies sit
under X"; a product's list price set against what we closed it for ("lists at what?", "the avg we closed at")."""

from __future__ import annotations

import pytest

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import ask


@pytest.mark.parametrize(("text", "periods"), [
    ("what did I book last month vs the month before?", ["october 2017", "last month"]),
    ("my win rate this quarter and the one before pls", ["q3 2017", "this quarter"]),
    ("Q2 vs the quarter prior", ["q1 2017", "q2"]),
])  # fmt: skip
def test_a_period_and_the_one_before_it(gazetteer: Gazetteer, text: str, periods: list[str]) -> None:
    question = ask(gazetteer, text)
    assert [side.get("period") for side in question.sides] == periods, question


def test_the_month_before_last_is_one_period(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "what did I book the month before last?")
    assert question.style != "compare" and question.scope.get("period"), question


def test_a_figure_asked_again_on_another_product(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "my win rate on MG Advanced this yr? and on GTX Plus Basic")
    assert question.style == "compare" and [s.get("product") for s in question.sides] == ["MG Advanced",
                                                                                         "GTX Plus Basic"]  # fmt: skip


def test_two_products_added_up_are_one_figure(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "my won revenue on MG Advanced and on GTX Basic combined").style != "compare"


@pytest.mark.parametrize("text", [
    "which companies sit under Acme Corporation?",
    "what falls under Sonron these days? list pls",
])  # fmt: skip
def test_the_companies_that_sit_under_a_parent(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert "subsidiaries" in question.facts or question.scope.get("subsidiary"), question


@pytest.mark.parametrize("text", [
    "GTK 500: list price vs the avg we really closed at in Q3?",
    "MG Special lists at what? and what's my actual average closed-won value on it",
])  # fmt: skip
def test_the_list_price_against_what_we_closed_for(gazetteer: Gazetteer, text: str) -> None:
    measures = ask(gazetteer, text).measures
    assert measures[:2] == ("avg_won_size", "won_vs_list"), measures


@pytest.mark.parametrize("text", ["what does GTX Plus Pro list at?", "what's MG Special listed at?"])
def test_what_a_product_lists_at_is_the_catalogue(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "catalogue"


def test_the_open_pipeline_at_list_is_still_the_pipeline(gazetteer: Gazetteer) -> None:
    assert "pipeline_value" in ask(gazetteer, "what's my open pipeline worth at list?").measures
