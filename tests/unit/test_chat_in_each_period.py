"""Groups picked by when their deals fell (found with qa_blind70's q70-020): a matching deal in each period named
("in both halves of 2017", "in each of oct, nov and dec") or in one and none in another ("in Q3 but not in Q4"),
named and counted; near misses stay rankings or figures."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import ask
from tests.unit.test_chat_round69 import _reply


@pytest.mark.parametrize(("text", "in_each", "none_in"), [
    ("which of my accounts did I win deals with in both halves of 2017? just the count", ("H1 2017", "H2 2017"), ()),
    ("accounts I won deals with in both Q3 and Q4", ("Q3 2017", "Q4 2017"), ()),
    ("which reps on my team closed deals in each of oct, nov and dec",
     ("October 2017", "November 2017", "December 2017"), ()),
    ("which accounts did I win in Q3 but not in Q4", ("Q3 2017",), ("Q4 2017",)),
    ("which products did we lose in Q1 and not in Q2", ("Q1 2017",), ("Q2 2017",)),
])  # fmt: skip
def test_groups_picked_by_period(
    gazetteer: Gazetteer, text: str, in_each: tuple[str, ...], none_in: tuple[str, ...]
) -> None:
    question = ask(gazetteer, text)
    assert (question.style, question.in_each, question.none_in) == ("ranking", in_each, none_in), question


@pytest.mark.parametrize("text", [
    "which accounts did I win the most from in Q3 and Q4",  # one ranking over both
    "which reps won deals in Q3 and Q4",  # no "both": over the two quarters together
    "how many deals did I win in both Q3 and Q4 combined",  # deals counted, no group picked
    "which of my accounts are in both the US and Japan",
])  # fmt: skip
def test_no_period_condition_asked(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert (question.in_each, question.none_in) == ((), ()), question


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Kary Hendrixson", "which of my accounts did I win deals with in both halves of 2017? just the count",
     "28 accounts with won deals in both H1 2017 and H2 2017: "),
    ("Kary Hendrixson", "accounts I won deals with in both Q3 and Q4", "24 accounts with won deals in both Q3 2017"),
    ("Kary Hendrixson", "which accounts did I win in Q3 but not in Q4",
     "3 accounts with won deals in Q3 2017 and none in Q4 2017: Konex, Blackzim, Groovestreet"),
])  # fmt: skip
def test_the_groups_are_named_and_counted(seeded_engine: Engine, user: str, text: str, said: str) -> None:
    reply = _reply(seeded_engine, user, text)
    assert said in reply, reply
