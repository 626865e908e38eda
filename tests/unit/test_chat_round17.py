"""Chat classes from the seventeenth blind set, in new words: the asker's "I need the numbers" in front of a question
about what "we" did at an account (the company's deals, not the asker's), a count asked for with a size word ("the
biggest open deal count": a ranking by how many, not the largest deal), a named office with "-wide" ("West-wide"),
and a subsidiary group's answer naming the companies in it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from agents.context import ToolContext
from agents.offline import lexicon as lx
from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.parser import Question
from agents.tools import CATALOGUE
from memory.users import get_user_by_name

TODAY = date(2017, 12, 31)


def ask(gazetteer: Gazetteer, text: str) -> Question:
    return read_message(text, gazetteer, TODAY)


@pytest.mark.parametrize("text", [
    "I need the numbers: how many deals have we lost at Treequote, and what have we won there?",
    "I'd like to know our total won revenue at Konex",
    "can I get the count of deals we've lost at Isdom overall",
    "I want to see how many open deals we have with Cancity",
    "i just want the figures - what's our win rate at Bioplex?",
    "I'm curious how much we've won from Rundofase in total",
    "I was wondering how many deals we lost at Condax",
    "Could I see what we've won at Treequote overall?",
    "I only need to know how many deals we lost to Treequote",
    "no draft yet, I simply need the data: our lost deals at Konex and the total we've won there",
])  # fmt: skip
def test_the_asker_asking_about_our_deals_is_the_company(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.scope.get("account") and "owner" not in q.scope


@pytest.mark.parametrize("text", [
    "I need to close two more deals at Treequote, how many have we won there",
    "I want my numbers at Treequote: deals lost and won revenue",
    "how many deals have I lost at Treequote? I need the total",
    "I need the numbers on deals I lost at Treequote",
    "can I get my won revenue at Konex overall",
])  # fmt: skip
def test_an_owning_i_or_my_stays_the_askers(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("owner") == "me"


@pytest.mark.parametrize(("text", "stage", "ascending"), [
    ("which of my reps has the biggest open deal count right now?", "open", False),
    ("rep with the biggest deal tally on my team", None, False),
    ("who has the highest open-deal count in my team", "open", False),
    ("rep with the biggest number of deals on my team", None, False),
    ("which of my reps has the smallest won-deal count this year", "won", True),
    ("who's got the top win count in my team for Q3", "won", False),
    ("which of my reps has the largest opp count at the moment", None, False),
    ("on my team, who carries the greatest open opportunity count? name and number", "open", False),
    ("which of my reps has the lowest lost deal count", "lost", True),
    ("my rep with the max open deal count", "open", False),
])  # fmt: skip
def test_a_count_with_a_size_word_ranks_reps_by_count(
    gazetteer: Gazetteer, text: str, stage: str | None, ascending: bool
) -> None:
    q = ask(gazetteer, text)
    assert (q.style, q.group_by, q.measures, q.ascending) == ("ranking", "rep", ("deals",), ascending)
    assert q.scope.get("stage") == stage


@pytest.mark.parametrize("text", [
    "which of my reps has the biggest open deal?",
    "what's the largest deal on my team right now",
    "biggest open deal count? no - the biggest open deal itself, with its value",
])  # fmt: skip
def test_the_largest_single_deal_stays_a_deal(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "list" and q.sort == "largest"


@pytest.mark.parametrize(("text", "expected"), [
    ("the biggest open deal count", " the most open deals "),
    ("largest number of wins", " the most wins "),
    ("lowest won-deal count", " the fewest won deals "),
    ("the biggest deal", " the biggest deal "),
    ("a deal count of 12", " a deal count of 12 "),
])  # fmt: skip
def test_size_words_on_counts_read_as_most(text: str, expected: str) -> None:
    assert lx.normalised(text) == expected


@pytest.mark.parametrize(("text", "office"), [
    ("West-wide open pipeline: number of open deals and the list-price total", "West"),
    ("Central-wide won revenue this year", "Central"),
    ("east-wide open deal count, all reps", "East"),
    ("what's the West-wide win rate for Q3?", "West"),
    ("East-wide: how many deals did we lose in October?", "East"),
])  # fmt: skip
def test_an_office_wide_figure_is_the_office(gazetteer: Gazetteer, text: str, office: str) -> None:
    assert ask(gazetteer, text).scope.get("office") == office


@pytest.mark.parametrize("text", [
    "company-wide open pipeline count",
    "worldwide won revenue this year",
])  # fmt: skip
def test_wide_without_an_office_is_no_office(gazetteer: Gazetteer, text: str) -> None:
    assert "office" not in ask(gazetteer, text).scope


@pytest.mark.parametrize("text", [
    "Sonron plus all their subsidiaries - which companies are in that group, and our total won revenue?",
    "list the members of the Sonron group and what we've won across them",
    "won revenue across Sonron and its subs, and name the subs",
])  # fmt: skip
def test_a_group_answer_names_its_companies(gazetteer: Gazetteer, seeded_engine: Engine, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.scope.get("account_group") == "Sonron"
    scope = " ".join(_stats(seeded_engine, "Zane Levy", **q.scope)["scope"])
    assert all(name in scope for name in ("Faxquote", "Gogozoom", "Treequote"))


def test_a_single_account_names_no_group(seeded_engine: Engine) -> None:
    scope = " ".join(_stats(seeded_engine, "Zane Levy", account="Sonron")["scope"])
    assert "Faxquote" not in scope and "subsidiaries" not in scope


def _stats(engine: Engine, user: str, **args: Any) -> dict[str, Any]:
    with Session(engine, expire_on_commit=False) as s:
        ctx = ToolContext(engine=engine, user=get_user_by_name(s, name=user), today=TODAY)
    return CATALOGUE["deal_stats"].invoke(ctx, args).data
