"""Chat readings behind qa_blind39's misses (written by someone who never saw the code), each tried on other
wordings and near misses: a question in German; a product or account taken back mid-message; an earlier answer of
ours quoted back as a follow-up's context; other reps named only as those left out; a person set aside by "not
her"; "per deal" as a mean, not a split; a count or figure asked after ", and what did"; a trailing "all reps"; a
draft asked for in Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.entities import Gazetteer
from agents.offline.german import in_english
from agents.offline.quoted_answer import quoted_answer_as_mine
from tests.unit.test_chat_rates_side_by_side import ask

TODAY = date(2017, 12, 31)


@pytest.mark.parametrize(("text", "scope"), [
    ("schnelle Frage: wie viele Deals habe ich im März gewonnen?",
     {"owner": "me", "stage": "won", "period": "march", "date_field": "close"}),
    ("wie viele offene Deals habe ich bei Zoomit? danke", {"account": "Zoomit", "owner": "me", "stage": "open"}),
])  # fmt: skip
def test_a_question_in_german(gazetteer: Gazetteer, text: str, scope: dict[str, str]) -> None:
    question = ask(gazetteer, text)
    assert question.measures == ("deals",) and question.scope == scope, question


@pytest.mark.parametrize("text", [
    "die Zahlen please: how many deals did I win in March",  # one German word is no German message
    "the die is cast - how many deals did I lose in May?",
])  # fmt: skip
def test_english_with_a_german_word_is_left_alone(text: str) -> None:
    assert in_english(text) == text


def test_a_product_taken_back_gives_way_to_the_one_meant(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "won MG Advanced deals of mine this year - oops no, I meant just MG Special")
    assert question.scope.get("product") == "MG Special" and "products" not in question.scope, question


def test_a_correction_that_names_no_product_keeps_the_one_named(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "open MG Advanced deals of mine - no, I mean the engaging ones")
    assert question.scope.get("product") == "MG Advanced", question


def test_an_answer_of_ours_quoted_back_speaks_for_the_asker(gazetteer: Gazetteer) -> None:
    text = "> dealbot: You lost 7 deals in Q3.\n\nsame for the quarter before that? and what's the difference"
    question = ask(gazetteer, text)
    assert question.scope.get("owner") == "me" and question.style == "compare", question


def test_a_quote_from_a_customer_is_not_put_in_the_first_person() -> None:
    text = "> From: ana@zoomit.example\n> Could you send your pricing?\n\nhow many deals at Zoomit"
    assert quoted_answer_as_mine(text) == text


def test_other_reps_named_only_as_left_out(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "which deals do I have open at Zoomit? ids pls (others on the team have a few too)")
    assert question.style == "list" and question.scope.get("owner") == "me", question


def test_asking_which_other_reps_still_ranks_reps(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "which other reps have open deals at Zoomit?").group_by == "rep"


def test_a_person_set_aside_by_not_her(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "most won deals on my team this year? (Violet only joined in nov, so not her)")
    assert question.scope.get("exclude_owners") == ["Violet Mclelland"], question


def test_not_her_fault_leaves_no_one_out(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "how many did Violet lose this year? not her fault tbh")
    assert "exclude_owners" not in question.scope, question


def test_per_deal_is_a_mean_not_a_split(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "MG Advanced wins of my reps in Q3 - what's the average value per deal?")
    assert question.style == "figure" and question.scope.get("owner") == "my team", question


def test_per_rep_still_splits(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "average won deal size per rep on my team in Q3").group_by == "rep"


def test_a_figure_asked_after_comma_and_what_did(gazetteer: Gazetteer) -> None:
    text = "Golddex and the firms under it - which are they, and what did the group bring in won $ this year? all reps"
    question = ask(gazetteer, text)
    assert question.style == "multi", question
    figure = next(p for p in question.parts if p.style == "figure")
    assert figure.scope.get("account_group") == "Golddex" and "owner" not in figure.scope, question


def test_a_draft_asked_in_spanish(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "hola, necesito un correo para Zoomit: the onsite moves to monday. redáctalo en inglés")
    assert question.style == "draft" and question.scope.get("account") == "Zoomit", question
