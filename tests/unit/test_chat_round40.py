"""Chat readings behind qa_blind40's misses (written by someone who never saw the code), each tried on other
wordings and near misses: a French count with "j'ai"; a cycle's two ends named as dates beside a period of wins;
another rep named with "not just" to widen the scope; ", and how much" after the facts asked of a group; a product
corrected a few words after "no wait"; a customer's quoted "renew automatically" that asks nothing of our sending."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.entities import Gazetteer
from agents.safety import screen
from tests.unit.test_chat_rates_side_by_side import ask

TODAY = date(2017, 12, 31)


def test_a_french_count_of_my_own_deals(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "bonjour, combien de deals j'ai encore en engaging? juste le chiffre merci")
    assert question.scope == {"owner": "me", "stage": "engaging"}, question


def test_the_cycle_ends_named_as_dates_leave_the_period_on_the_wins(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "my Q3 wins - average days between engage date and close date?")
    assert question.measures == ("avg_cycle_days",) and question.scope.get("date_field") == "close", question


def test_a_period_of_engage_dates_stays_on_engage_dates(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "deals I engaged in Q3: average days between engage date and close date?")
    assert question.scope.get("date_field") == "engage", question


def test_not_just_a_rep_widens_the_scope(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "East office won revenue for Q2? every rep there, not just Rocco's")
    assert question.scope.get("office") == "East" and "owner" not in question.scope, question


def test_a_group_total_asked_after_and_how_much(gazetteer: Gazetteer) -> None:
    text = "Golddex and its subs: who's in the group, and how much have we lost with the group overall?"
    question = ask(gazetteer, text)
    figure = next(p for p in question.parts if p.style == "figure")
    assert question.style == "multi" and figure.scope.get("account_group") == "Golddex", question


@pytest.mark.parametrize(("text", "product"), [
    ("note to Zoomit on the MG Special quote.. no wait, they were asking about GTX Pro", "GTX Pro"),
    ("open GTX Basic deals of mine? no, I mean the ones on MG Advanced", "MG Advanced"),
])  # fmt: skip
def test_a_product_corrected_a_few_words_after_the_marker(gazetteer: Gazetteer, text: str, product: str) -> None:
    assert ask(gazetteer, text).scope.get("product") == product


def test_a_customers_quoted_automatic_renewal_is_no_unattended_send() -> None:
    text = "> Do the MG Advanced seats renew automatically?\n\nyes, yearly. reply to Zoomit for me, draft only"
    assert screen(text) is None


@pytest.mark.parametrize("text", [
    "reply to Zoomit and send it automatically",
    "email Zoomit the quote and have it go out automatically tonight",
])  # fmt: skip
def test_a_message_sent_automatically_is_still_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "skip_approval"
