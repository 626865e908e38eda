"""Chat readings behind qa_blind33's figure misses (written by someone who never saw the code), each tried on other
wordings and near misses: a period taken back mid-message; "the month before Q4"; "cos" for companies; revenue among
an account's profile facts is its own; one account alone against it with its subsidiaries."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.corrections import period_corrected
from agents.offline.entities import Gazetteer
from agents.periods import read_period
from tests.unit.test_chat_rates_side_by_side import ask

TODAY = date(2017, 12, 31)


@pytest.mark.parametrize(("text", "span"), [
    ("won $ in march.. wait no, I mean april", ("2017-04-01", "2017-04-30")),
    ("how many did we lose in Q1 - no wait, Q3 pls", ("2017-07-01", "2017-09-30")),
    ("deals engaged in june, oops no, july", ("2017-07-01", "2017-07-31")),
    ("win rate for Q2 ... scratch that, Q4 to date", ("2017-10-01", "2017-12-31")),
])  # fmt: skip
def test_a_period_taken_back_gives_way_to_its_correction(text: str, span: tuple[str, str]) -> None:
    period = read_period(period_corrected(text, TODAY), TODAY)
    assert period is not None and (period.start.isoformat(), period.end.isoformat()) == span, period


@pytest.mark.parametrize("text", [
    "how many did i win in march? no, I mean the won ones only",  # what is taken back is no period
    "did i win more in march or april? no idea why it dipped",
    "no deals closed in march?",
])  # fmt: skip
def test_no_period_taken_back_leaves_the_message(text: str) -> None:
    assert period_corrected(text, TODAY) == text


@pytest.mark.parametrize(("text", "span"), [
    ("the month before q4", ("2017-09-01", "2017-09-30")),
    ("the quarter after march", ("2017-04-01", "2017-06-30")),
    ("the month after june", ("2017-07-01", "2017-07-31")),
])  # fmt: skip
def test_the_unit_next_to_a_period(text: str, span: tuple[str, str]) -> None:
    period = read_period(text, TODAY)
    assert period is not None and (period.start.isoformat(), period.end.isoformat()) == span, period


def test_before_a_period_alone_is_still_open_ended() -> None:
    period = read_period("deals engaged before q4", TODAY)
    assert period is not None and period.end.isoformat() == "2017-09-30" and period.start.year < 2017


@pytest.mark.parametrize(("text", "key", "value"), [
    ("retail cos, every rep: how many open opps?", "sector", "retail"),
    ("Golddex and the cos under it: won revenue?", "account_group", "Golddex"),
])  # fmt: skip
def test_cos_are_companies(gazetteer: Gazetteer, text: str, key: str, value: str) -> None:
    assert ask(gazetteer, text).scope.get(key) == value


def test_cos_as_because_names_no_sector(gazetteer: Gazetteer) -> None:
    assert "sector" not in ask(gazetteer, "how many open deals do i have? cos my manager asked").scope


@pytest.mark.parametrize("text", [
    "Konex: employees, revenue and which industry? call in 5",
    "where is Condax based and what's their revenue",
])  # fmt: skip
def test_revenue_among_profile_facts_is_the_companys(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "facts" and "company_revenue" in question.facts, question


def test_revenue_we_won_stays_ours(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "Konex: headcount, and how much revenue have we won there?")
    measures = {m for part in (question, *question.parts) for m in part.measures}  # one question or its parts
    assert "won_revenue" in measures and "company_revenue" not in measures, question


@pytest.mark.parametrize(("text", "first"), [
    ("won $ from Golddex on its own vs Golddex plus its subsidiaries?", {"account": "Golddex"}),
    ("open deals across the whole group compared with just Golddex itself", {"account_group": "Golddex"}),
])  # fmt: skip
def test_one_account_alone_against_its_group(gazetteer: Gazetteer, text: str, first: dict[str, str]) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and question.sides[0] == first and len(question.sides) == 2, question


def test_an_account_with_its_subsidiaries_is_one_scope(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "how much have we won from Golddex and its subsidiaries?")
    assert question.style != "compare" and question.scope.get("account_group") == "Golddex", question
