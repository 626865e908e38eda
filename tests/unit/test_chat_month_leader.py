"""A later question about the month or quarter an earlier one finds (found with qa_blind70's q70-028): "which month
did we engage the most deals? and of that month's cohort how many got won?" counts that month's engaged deals won;
"... and how many did I lose that month?" counts what closed in it. Months ranked by when deals were engaged."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import ask
from tests.unit.test_chat_round69 import _reply


@pytest.mark.parametrize(("text", "said"), [
    ("which month this year did we engage the most deals? and of that month's cohort how many got won?",
     "The company: 441 won deals. (Scope: won deals; engaged in July 2017"),
    ("best month this year for company wins? and how many did we lose that month?",
     "lost deals. (Scope: lost deals; closed in"),
    ("which quarter did we engage the most deals in 2017, and for that quarter, how many are still open?",
     "open deals"),
])  # fmt: skip
def test_the_month_found_fills_the_later_question(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Dustin Brinkmann", text)
    assert said in reply and "2015" not in reply, reply


@pytest.mark.parametrize("text", [
    "which month this year did we engage the most deals?",
    "which quarter did we engage the fewest deals in",
    "what month did I engage the most new opps",
])  # fmt: skip
def test_months_ranked_by_engaging_are_engage_months(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.group_by in ("month", "quarter") and question.scope.get("date_field") == "engage", question


@pytest.mark.parametrize("text", ["which month this year did we win the most deals?", "our best quarter for revenue"])
def test_months_ranked_by_closing_stay_close_months(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("date_field") != "engage"
