"""Chat readings behind qa_blind37's misses (written by someone who never saw the code), each tried on other wordings
and near misses: deals that got "away from me"; an "avg ticket" on won deals; the cycle named "first engagement to
close" is no engage-date filter; "this calendar month"; "how many distinct ones" after the noun they count; sister
companies; a customer's question answered by the rep, quoted or reported, carried into the draft."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.entities import Gazetteer
from agents.periods import read_period
from agents.tools.draft_points import points
from tests.unit.test_chat_rates_side_by_side import ask


def test_deals_that_got_away_from_me_are_mine(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many deals got away from me in Q2").scope.get("owner") == "me"


def test_a_rep_who_got_away_is_no_owner_word(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many deals did the company lose in Q2").scope.get("owner") is None


@pytest.mark.parametrize("text", [
    "on the deals I've won this year, what's my average ticket size",
    "my mean deal ticket on GTX Basic wins",
])  # fmt: skip
def test_an_average_ticket_on_wins_is_the_mean_win(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).measures == ("avg_won_size",), ask(gazetteer, text)


def test_an_average_ticket_of_open_deals_is_no_mean_win(gazetteer: Gazetteer) -> None:
    assert "avg_won_size" not in ask(gazetteer, "average ticket of my open deals").measures


def test_the_cycle_named_from_first_engagement_filters_by_close(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "Q3 wins: average days from first engagement to close")
    assert question.scope.get("date_field") == "close", question


def test_deals_first_engaged_in_a_quarter_filter_by_engage(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many deals did I first engage in Q3").scope.get("date_field") == "engage"


@pytest.mark.parametrize(("text", "span"), [
    ("won this calendar month", ("2017-06-01", "2017-06-30")),
    ("this calendar quarter so far", ("2017-04-01", "2017-06-30")),
])  # fmt: skip
def test_a_calendar_period_is_the_period(text: str, span: tuple[str, str]) -> None:
    period = read_period(text, date(2017, 6, 30))
    assert period is not None and (period.start.isoformat(), period.end.isoformat()) == span, period


def test_distinct_ones_count_the_noun_named_before(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "retail customers - how many unique ones have I won at least one deal with?")
    assert question.style == "distinct" and question.group_by == "account", question


def test_distinct_ones_with_no_noun_are_no_distinct_count(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many distinct ones did I win").style != "distinct"


@pytest.mark.parametrize("text", [
    "which sister companies does Faxquote have",
    "name Treequote's siblings under the same parent",
])  # fmt: skip
def test_sister_companies_are_a_fact_of_the_account(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "facts" and "sisters" in question.facts, question


def test_the_rep_adds_to_the_yes() -> None:
    said = points("Konex asked if we have a reseller in Spain. we do, Iberia Partners in Madrid. draft a reply")
    assert said == ["To answer your question: yes, we have a reseller in Spain: Iberia Partners in Madrid."], said


def test_a_quoted_question_then_the_reps_answer() -> None:
    said = points("fwd:\n> do you support SSO?\n\nwe support SAML and OIDC. reply to them pls")
    assert said == ["To answer your question: we support SAML and OIDC."], said


def test_a_quoted_question_then_only_an_instruction_gives_no_answer() -> None:
    assert not [s for s in points("fwd:\n> do you support SSO?\n\ndraft a reply for me") if "answer" in s]
