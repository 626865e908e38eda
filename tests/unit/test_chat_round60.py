"""Chat readings behind qa_blind60's misses, each tried on other wordings and near misses: periods listed one after
another in one message; a change "from October to November" between the two months; a message opening on "deals"
counts them; the ratio of two sides when asked; each stage's share when asked "as percentages"; wins against what
they were worth at list; one won deal against its list price; two deals by id side by side; "biggest customer by"
ranks; "company wide I mean" is the company."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import answer, ask


def test_periods_listed_one_after_another_are_each_asked(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "what did I win in july? and august. hmm and september too")
    assert question.style == "compare" and len(question.sides) == 3, question


def test_three_periods_summed_stay_one(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "my wins in q1, q2 and q3 combined")
    assert question.style != "compare", question


def test_a_change_between_two_months_of_a_span(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "how much did my won revenue grow from august to september?")
    assert question.style == "compare" and [s["period"] for s in question.sides] == ["august", "september"], question
    assert re.search(r"that is (?:a (?:rise|fall) of|no change)", answer(seeded_engine, question))


def test_a_span_asked_for_its_total_stays_one(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "how much did I win from august to september?")
    assert question.style == "figure", question


def test_a_message_opening_on_deals_counts_them(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "opps I engaged in july vs august")
    assert question.style == "compare" and question.measures == ("deals",), question


def test_revenue_side_by_side_stays_revenue(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "won revenue in july vs august").measures == ("won_revenue",)


def test_the_ratio_of_two_sides_when_asked(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    reply = answer(seeded_engine, ask(gazetteer, "Central vs East won revenue in Q3, and the ratio between them"))
    assert "Central office to East office: " in reply and " times." in reply, reply
    plain = answer(seeded_engine, ask(gazetteer, "Central vs East won revenue in Q3"))
    assert " times." not in plain, plain


def test_each_stage_share_as_percentages(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(
        gazetteer, "how is my open pipeline (list price) split between Engaging and Prospecting? as percentages"
    )
    reply = answer(seeded_engine, question)
    assert question.group_by == "stage" and reply.count("% of the total)") == 2, reply


@pytest.mark.parametrize("text", [
    "my wins this year as a percentage of what they were worth at list price?",
    "how much short of full list price did my GTX Pro wins come in this year?",
    "my MG Advanced wins in Q3: total at list vs what I actually closed",
])  # fmt: skip
def test_wins_against_what_they_were_worth_at_list(gazetteer: Gazetteer, seeded_engine: Engine, text: str) -> None:
    question = ask(gazetteer, text)
    assert "won_vs_list" in question.measures and "vs_list" not in question.scope, question
    reply = answer(seeded_engine, question)
    assert "% of list" in reply and "at list the" in reply, reply


def test_deals_closed_below_list_is_still_a_filter(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "how many deals did I close below list price in Q3")
    assert question.scope.get("vs_list") == "below" and "won_vs_list" not in question.measures, question


def test_one_won_deal_against_its_list_price(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    reply = answer(seeded_engine, ask(gazetteer, "3F5AAJZB: what did it close for against list?"))
    assert "against a list price of $4,821" in reply and "above list" in reply, reply


def test_two_deals_by_id_side_by_side(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "3F5AAJZB vs ZGSQMEQ9 - which one was bigger?")
    assert question.style == "compare" and question.sides == ({"deal": "3F5AAJZB"}, {"deal": "ZGSQMEQ9"}), question
    reply = answer(seeded_engine, question)
    assert reply.startswith("Won revenue: 3F5AAJZB: $5,622"), reply


def test_one_deal_by_id_is_still_a_lookup(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "who owns ZGSQMEQ9?").style == "list"


@pytest.mark.parametrize(("text", "group"), [
    ("our biggest customer by won revenue this year, and how much", "account"),
    ("smallest office by won revenue in Q3?", "office"),
])  # fmt: skip
def test_a_superlative_by_a_figure_is_the_leader(gazetteer: Gazetteer, text: str, group: str) -> None:
    question = ask(gazetteer, text)
    assert question.group_by == group and question.top == 1, question


def test_compare_by_a_figure_lists_every_group(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "compare products by won revenue").top is None


def test_company_wide_i_mean_is_the_company(gazetteer: Gazetteer) -> None:
    assert "owner" not in ask(gazetteer, "um what's our win rate in Q3, like company wide I mean, roughly").scope


def test_an_owning_i_after_i_mean_still_owns(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "I mean how many did I win in Q3").scope.get("owner") == "me"


@pytest.mark.parametrize("text", [
    "my win rate this year - how does it stack up against Zane's?",
    "my Q3 won revenue: how does it measure up against Cassey?",
])  # fmt: skip
def test_my_figure_against_a_named_reps_is_side_by_side(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and {"owner": "me"} in question.sides, question


def test_a_named_reps_place_among_others_is_still_a_standing(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how does Kami stack up against the rest of Central on won revenue").style == "standing"
