"""Chat readings behind qa_blind38's misses (written by someone who never saw the code), each tried on other
wordings and near misses: a run of days with whole days at both ends ("1 feb to end of may", "mar 3 - jun 30");
two reps compared on one product; "what did they average" of won deals; the team set aside before a full stop; a
terse "team closed-won" from a manager, split month by month; a recipient corrected with "it was"; "no email, just
prepping"; the asker's own call setting the scene; a message asked for at the start of a later sentence; an
account's subsidiaries with a count of the group's deals."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.entities import Gazetteer
from agents.periods import find_period
from tests.unit.test_chat_rates_side_by_side import ask

TODAY = date(2017, 12, 31)


@pytest.mark.parametrize(("text", "span"), [
    ("win rate from 3 feb to end of may", ("2017-02-03", "2017-05-31")),
    ("revenue mar 3 - jun 30 pls", ("2017-03-03", "2017-06-30")),
    ("losses Feb 3rd–May 31st", ("2017-02-03", "2017-05-31")),
    ("3 feb - 30 jun, how many won", ("2017-02-03", "2017-06-30")),
    ("cumulative won from jan 1 up to and including the end of june", ("2017-01-01", "2017-06-30")),
    ("anything between 10 april and july 20?", ("2017-04-10", "2017-07-20")),
])  # fmt: skip
def test_a_run_of_days_with_whole_days_at_both_ends(text: str, span: tuple[str, str]) -> None:
    period = find_period(text, TODAY)
    assert period is not None and (period.start.isoformat(), period.end.isoformat()) == span, period


@pytest.mark.parametrize(("text", "span"), [
    ("dec 24-31", ("2017-12-24", "2017-12-31")),  # one month, the days run by a dash
    ("revenue in june", ("2017-06-01", "2017-06-30")),
])  # fmt: skip
def test_other_periods_keep_their_reading(text: str, span: tuple[str, str]) -> None:
    period = find_period(text, TODAY)
    assert period is not None and (period.start.isoformat(), period.end.isoformat()) == span, period


def test_a_numbered_dash_with_no_month_is_no_period() -> None:
    assert find_period("agenda item 4 - pricing", TODAY) is None


def test_two_reps_compared_on_one_product(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "Moses Frase vs me, won GTX Pro deals since forever - who has more?")
    owners = sorted(side["owner"] for side in question.sides)
    assert owners == ["Moses Frase", "me"] and question.scope.get("product") == "GTX Pro", question


@pytest.mark.parametrize("text", [
    "the ones I won in Q3, what did they average in $",
    "all my GTX Basic wins - what do they average out at?",
])  # fmt: skip
def test_average_as_a_verb_of_won_deals_is_the_mean_win(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).measures == ("avg_won_size",)


@pytest.mark.parametrize(("text", "measure"), [
    ("my Q2 wins, what did they average in days to close", "avg_cycle_days"),
    ("how many did I win in Q2 and what did I average on deal count per week", "deals"),
])  # fmt: skip
def test_average_of_something_else_stays_that(gazetteer: Gazetteer, text: str, measure: str) -> None:
    question = ask(gazetteer, text)
    assert measure in question.measures and "avg_won_size" not in question.measures, question


def test_the_team_set_aside_before_a_full_stop(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "Condax - list just my open opps, not my team's. it's for a 1:1")
    assert question.scope.get("owner") == "me", question


def test_a_terse_team_figure_from_a_manager_split_by_month(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "team closed-won revenue month by month for Q3")
    assert question.scope.get("owner") == "my team" and question.group_by == "month", question


def test_team_meeting_notes_name_no_team_scope(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "team meeting notes: what's my pipeline").scope.get("owner") == "me"


def test_a_recipient_corrected_with_it_was(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "congrats note to Treequote on the launch.. no wait, it was Zoomit that launched")
    assert question.style == "draft" and question.scope.get("account") == "Zoomit", question


def test_a_later_wait_that_names_no_account_keeps_the_recipient(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "a note to Treequote about Zoomit's review - wait, it was a good review")
    assert question.style == "draft" and question.scope.get("account") == "Treequote", question


def test_no_email_just_prepping_asks_for_figures(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "no email, just prepping for a QBR: how many open deals at Treequote?")
    assert question.style == "figure" and question.scope.get("account") == "Treequote", question


def test_no_email_yet_but_a_note_asked_is_a_draft(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "no email just yet, but put together a note to Treequote about the renewal").style == "draft"


def test_the_askers_own_call_sets_the_scene_for_a_company_figure(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "before I ring Zoomit myself: how many have we lost with them, all reps?")
    assert "owner" not in question.scope and question.scope.get("account") == "Zoomit", question


@pytest.mark.parametrize("text", [
    "not sure it helps, they ghosted us twice. ok. reminder to Zoomit that the pilot licences expire monday",
    "Fwd: can you confirm the onsite date?\n\nsounds good. answer them yes and propose tuesday 10am",
])  # fmt: skip
def test_a_message_asked_at_the_start_of_a_later_sentence(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text.replace("them", "Zoomit") if "Fwd" in text else text).style == "draft"


@pytest.mark.parametrize("text", [
    "ok. reminder to Zoomit went out on monday. how many open deals there?",
    "Zoomit again. follow-up to them was ignored, how many deals have we lost there?",
    "ok. note to self: how many deals at Zoomit?",
])  # fmt: skip
def test_a_message_spoken_of_is_no_draft(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "figure"


def test_subsidiaries_and_a_count_of_the_whole_group(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "Golddex - which firms sit under them, and how many won deals does the whole group have?")
    parts = {part.style: part for part in question.parts}
    assert question.style == "multi" and set(parts) == {"facts", "figure"}, question
    assert parts["figure"].scope.get("account_group") == "Golddex", question
