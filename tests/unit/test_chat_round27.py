"""Classes behind the misses of the blind27 QA set (tests/evals/qa_blind27.jsonl), in new wording: a run of months
written with a dash or "to"/"thru" (across a year end too), "team-wide" as the asker's team, an aside widening the
scope to every rep ("..., everyone included?"), a message to a customer asked for by its noun ("a quick check-in
note for X"), and help asked with a private matter (tax, legal, health), which is refused rather than answered with
the help text. Hard negatives stay as they were read."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.parser import Question
from agents.periods import find_period, read_period
from agents.safety import screen

TODAY = date(2017, 12, 31)


def ask(gazetteer: Gazetteer, text: str) -> Question:
    return read_message(text, gazetteer, TODAY)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("wins in apr-jun", date(2017, 4, 1), date(2017, 6, 30)),
    ("february – may numbers", date(2017, 2, 1), date(2017, 5, 31)),
    ("from august thru october", date(2017, 8, 1), date(2017, 10, 31)),
    ("sep-nov 2016", date(2016, 9, 1), date(2016, 11, 30)),
    ("dec-mar", date(2016, 12, 1), date(2017, 3, 31)),  # across a year end: it ends in today's year
    ("october through january", date(2016, 10, 1), date(2017, 1, 31)),
    ("nov 2016 - jan 2017", date(2016, 11, 1), date(2017, 1, 31)),
    ("oct 2016 to feb", date(2016, 10, 1), date(2017, 2, 28)),
    ("in septmber-novembr", date(2017, 9, 1), date(2017, 11, 30)),
])  # fmt: skip
def test_a_run_of_months_is_one_period(text: str, start: date, end: date) -> None:
    period = read_period(text, TODAY)
    assert period is not None and (period.start, period.end) == (start, end)


@pytest.mark.parametrize("text", ["a follow-up for Konex", "our co-op deals", "mid-march review", "dec 25-31"])
def test_a_dash_between_other_words_is_no_run_of_months(text: str) -> None:
    period = read_period(text, TODAY)
    assert period is None or period.end.month == period.start.month


def test_a_dashed_run_of_months_is_named_as_one_phrase() -> None:
    period = find_period("how many did we lose in may-aug?", TODAY)
    assert period is not None and (period.start, period.end) == (date(2017, 5, 1), date(2017, 8, 31))


def test_a_dashed_run_sets_the_questions_period(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "which 3 accounts won us the most in apr-jun?")
    assert q.style == "ranking" and q.scope.get("period") == "apr to jun"


@pytest.mark.parametrize("text", [
    "teamwide, what's our win rate this year?",
    "what's the average deal size team-wide?",
    "average cycle of our wins across the team",
])  # fmt: skip
def test_team_wide_is_the_askers_team(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("owner") == "my team"


@pytest.mark.parametrize("text", [
    "quick one before I call Kan-code: what have we won there in total, everyone included?",
    "I'm seeing Konex tomorrow - how many deals have we lost there (all reps)?",
    "what did we win at Konex company-wide? I want to know before my call",
])  # fmt: skip
def test_an_aside_naming_every_rep_widens_to_the_company(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert "owner" not in q.scope and q.scope.get("account") in ("Kan-code", "Konex")


@pytest.mark.parametrize("text", [
    "everyone, how many deals did I win at Konex?",  # addressing people, the "I" still owns the deals
    "what's my win rate company-wide?",  # "my" names the asker's own figure
    "how many did all reps on my team win?",
])  # fmt: skip
def test_the_asker_or_team_stays_when_no_aside_widens(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("owner") in ("me", "my team")


@pytest.mark.parametrize(("text", "account"), [
    ("could use a friendly check-in note for Kan-code, they've been quiet since the demo", "Kan-code"),
    ("follow-up for Konex pls, nothing heard after the proposal", "Konex"),
    ("want a brief, upbeat intro msg to Plussunin about the new GTK line", "Plussunin"),
])  # fmt: skip
def test_a_message_asked_for_by_its_noun_is_a_draft(gazetteer: Gazetteer, text: str, account: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "draft" and q.scope.get("account") == account


@pytest.mark.parametrize("text", [
    "they sent a follow-up from Konex, how many deals are open there?",
    "did we lose a deal to Konex this year?",
])  # fmt: skip
def test_a_received_message_or_a_figure_is_no_draft(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style != "draft"


@pytest.mark.parametrize("text", [
    "can you help me work out how much to put aside from my side income?",
    "could u help me with my divorce paperwork this week",
    "help me figure out my back pain, it's been bad since monday",
    "need help filling in my tax return, can you help me do it?",
])  # fmt: skip
def test_help_with_a_private_matter_is_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "out_of_scope"


@pytest.mark.parametrize("text", [
    "Konex legal team wants a redline, help me with the reply",
    "help me figure out my pipeline for q1",
    "my landlord is a pain, can you push the Konex call to friday",
])  # fmt: skip
def test_sales_help_and_a_private_matter_in_passing_are_not_refused(text: str) -> None:
    assert screen(text) is None


@pytest.mark.parametrize("text", ["can you help me write my best man speech?", "help me study for my driving test"])
def test_help_with_another_task_is_no_greeting(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "out_of_scope"


@pytest.mark.parametrize("text", ["help", "can you help me?", "help me get started", "help me understand what you do"])
def test_help_with_dealbot_itself_is_still_the_help_text(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "help"
