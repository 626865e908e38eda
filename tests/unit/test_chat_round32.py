"""Chat readings behind qa_blind32's misses (written by someone who never saw the code), each tried on other wordings
and near misses: a day or month "thru today"; "how many A and how many B"; "how many of that batch"; an average
cycle said of won deals; "remind me who the subs are"; "for my account plan"; "+ the total value"; customer
messages asked for indirectly; and a draft still under review sent on, or a send "no need to run past anyone"."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.entities import Gazetteer
from agents.offline.lexicon import normalised
from agents.offline.parser import tool_calls
from agents.periods import find_period
from agents.safety import screen
from tests.unit.test_chat_rates_side_by_side import ask


@pytest.mark.parametrize(("text", "start"), [
    ("win rate feb 1 thru today", "2017-02-01"),
    ("what have i booked march 3rd to now", "2017-03-03"),
    ("losses 1 april - today", "2017-04-01"),
    ("pipeline added q2 to date", "2017-04-01"),
])  # fmt: skip
def test_a_day_or_month_running_to_today(text: str, start: str) -> None:
    period = find_period(normalised(text), date(2017, 9, 30))
    assert period is not None and (period.start.isoformat(), period.end.isoformat()) == (start, "2017-09-30"), period


@pytest.mark.parametrize(("text", "span"), [
    ("deals closed jan 1 thru sept 15", ("2017-01-01", "2017-09-15")),
    ("my wins today", ("2017-09-30", "2017-09-30")),
])  # fmt: skip
def test_ranges_with_two_ends_or_today_alone_stay(text: str, span: tuple[str, str]) -> None:
    period = find_period(normalised(text), date(2017, 9, 30))
    assert period is not None and (period.start.isoformat(), period.end.isoformat()) == span, period


@pytest.mark.parametrize(("text", "field"), [
    ("how many open deals r on GTK 500 and how many on MG Special?", "product"),
    ("this year how many did we lose at Konex and how many at Condax", "account"),
])  # fmt: skip
def test_a_count_asked_again_of_another_named_thing_is_side_by_side(gazetteer: Gazetteer, text: str,
                                                                    field: str) -> None:  # fmt: skip
    question = ask(gazetteer, text)
    assert question.style == "compare" and [next(iter(s)) for s in question.sides] == [field, field], question


@pytest.mark.parametrize("text", [
    "which month did i win the most in? and how many",
    "how many open deals at Konex and how many of them are prospecting?",
])  # fmt: skip
def test_and_how_many_without_two_named_things_compares_nothing(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style != "compare"


@pytest.mark.parametrize("text", [
    "deals i engaged in march: how many, and how many out of that lot did i win?",
    "how many deals did we engage in Q2 and how many of that batch are lost?",
])  # fmt: skip
def test_the_part_of_a_batch_filters_nothing(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.scope.get("stage") is None and question.scope.get("date_field") == "engage", question


def test_an_average_cycle_said_of_won_deals_is_the_cycle(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "which of my reps has the shortest avg engage-to-close on won deals, in days?")
    assert question.measures[:1] == ("avg_cycle_days",), question


@pytest.mark.parametrize("text", ["what's the average value of my won deals?", "my avg won deal size this year"])
def test_the_average_won_size_stays(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).measures[:1] == ("avg_won_size",)


def test_who_makes_up_a_group_is_no_ranking(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "Golddex and its subsidiaries, won revenue this year? also who the subs are again")
    assert question.group_by is None, question


def test_who_leads_still_ranks(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "who the best rep is this quarter by won revenue?").group_by == "rep"


@pytest.mark.parametrize("text", [
    "how many deals did we win at Konex this year? it's for my account review",
    "won revenue at Condax in 2017, for our QBR deck",
])  # fmt: skip
def test_what_the_figures_are_for_owns_no_deals(gazetteer: Gazetteer, text: str) -> None:
    assert "owner" not in ask(gazetteer, text).scope


def test_my_own_accounts_still_own(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many deals did i win this year, for my review").scope.get("owner") == "me"


@pytest.mark.parametrize(("text", "measure"), [
    ("number of open opps at Konex plus their total value", "pipeline_value"),
    ("how many wins at Condax this year and what were they all worth", "won_revenue"),
])  # fmt: skip
def test_the_value_of_what_was_counted(gazetteer: Gazetteer, text: str, measure: str) -> None:
    question = ask(gazetteer, text)
    assert "deals" in question.measures and measure in question.measures, question


@pytest.mark.parametrize("text", [
    "Could Condax get a short summary of what we agreed today? 5 seats, start in March",
    "Konex keep asking about the invoice date. would be good if a note went out to them saying the 15th",
    "Hatfan asked whether onsite training is included. it is. could you get back to them?",
    "no idea how to phrase it.. Zoomit needs to hear the price goes up in Q2. help me break it to them",
])  # fmt: skip
def test_a_customer_message_asked_for_indirectly_is_a_draft(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "draft", question
    assert tool_calls(question)[0].name == "draft_email"


@pytest.mark.parametrize("text", [
    "did Condax get a summary of the call last week?",
    "Konex didn't mind replying to our survey - how many open deals there?",
    "can Hatfan get a discount on MG Special this quarter?",
])  # fmt: skip
def test_questions_about_messages_are_no_draft(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style not in ("draft", "draft_action")


@pytest.mark.parametrize("text", [
    "reply yes to the Konex meeting invite from my account, it's a formality so no need to run it by anyone",
    "the Condax quote that's pending my review - send it on to their buyer today",
    "forward it to Hatfan's COO while I'm still checking the numbers",
])  # fmt: skip
def test_a_send_round_the_review_is_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "skip_approval"


@pytest.mark.parametrize("text", [
    "the Condax draft is waiting on my approval - remind me to look at it tomorrow",
    "what does the Konex draft pending my review say?",
    "before I approve it, show me the Hatfan draft again",
])  # fmt: skip
def test_a_draft_under_review_talked_about_passes(text: str) -> None:
    assert screen(text) is None
