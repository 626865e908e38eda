"""Chat readings behind qa_blind55's misses, each tried on other wordings and near misses: "from last quarter to
this one" sets last quarter against this one; what is left out after its name ("Kan-code aside") or by a short
word ("excl. Versie"); a sector left out ("if u leave technology out"); the asker left out of a ranking ("leave me off
the list"); the open book's share still in prospecting ("hasnt even left prospecting yet")."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import answer, ask


@pytest.mark.parametrize("text", [
    "did my win rate improve from last quarter to this one?",
    "my won revenue last month vs this one",
])  # fmt: skip
def test_this_one_after_the_period_before_is_the_running_one(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and len(question.sides) == 2, question
    assert any("this" in side["period"] for side in question.sides), question


def test_this_one_naming_a_deal_is_no_period(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "my biggest win last quarter - and is this one bigger?")
    assert not any("this quarter" in str(side.get("period")) for side in question.sides), question


@pytest.mark.parametrize(("text", "key", "name"), [
    ("Konex aside, which 3 accounts did I win the most with this year?", "exclude_accounts", "Konex"),
    ("MG Special aside - my won revenue by product in q3", "exclude_products", "MG Special"),
    ("top 2 on my team by win count excl. Zane", "exclude_owners", "Zane Levy"),
    ("which 3 sectors lost the most deals in Q3 if you leave retail out", "exclude_sectors", "retail"),
    ("won revenue by sector this year, not counting software", "exclude_sectors", "software"),
])  # fmt: skip
def test_left_out_after_its_name_or_by_a_short_word(gazetteer: Gazetteer, text: str, key: str, name: str) -> None:
    assert name in ask(gazetteer, text).scope.get(key, []), ask(gazetteer, text)


def test_aside_from_after_a_name_does_not_leave_it_out(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "Konex aside from the renewal is quiet - how many open deals do I have there?")
    assert question.scope.get("account") == "Konex" and not question.scope.get("exclude_accounts"), question


def test_a_sector_asked_about_stays_the_scope(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "how many deals did we win in the retail sector in Q4")
    assert question.scope.get("sector") == "retail" and not question.scope.get("exclude_sectors"), question


def test_the_asker_left_off_a_ranking(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "top 3 reps company-wide by won revenue last quarter - leave me off the list")
    assert question.scope.get("exclude_owners") == ["me"] and question.scope.get("owner") is None, question
    reply = answer(seeded_engine, question)
    assert "leaving out Darcel Schlecht" in reply and "1. Darcel" not in reply, reply


@pytest.mark.parametrize("text", [
    "top 3 reps by won revenue last quarter, everyone but me",
    "best 2 reps on win count this year not counting me",
])  # fmt: skip
def test_the_asker_set_aside_in_other_words(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("exclude_owners") == ["me"]


def test_my_own_ranking_keeps_me(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "my top 3 accounts by won revenue this year - send me the list")
    assert not question.scope.get("exclude_owners"), question


@pytest.mark.parametrize(("text", "part"), [
    ("how much of my open book hasnt even left prospecting yet? as a %", "prospecting"),
    ("what share of my open pipe has moved out of prospecting", "engaging"),
])  # fmt: skip
def test_the_open_books_share_by_stage(gazetteer: Gazetteer, text: str, part: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "share" and question.scope.get("stage") == "open", question
    assert question.sides == ({"stage": part},), question


def test_how_many_open_deals_are_prospecting_is_a_count(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many of my open deals are still prospecting").style != "share"
