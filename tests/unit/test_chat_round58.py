"""Chat readings behind qa_blind58's misses, each tried on other wordings and near misses: a message that came in is
no draft request; the rep's own email under way asks only for figures; a send waved through unseen, and errands
such as travel, are refused; "(whole company)" as an aside; "20 grand" and "cleared 400k" as bounds; "did anyone"
and a plain "who" list everyone it is true of, "who else" leaves the asker out; "..., then H2" asks the second
period; won deals per rep is a count; a member "incl" in the team counted is no filter; the share of the deals just
counted by size."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from agents.offline.calls import tool_calls
from agents.offline.entities import Gazetteer
from agents.safety import screen
from tests.unit.test_chat_rates_side_by_side import answer, ask


@pytest.mark.parametrize("text", [
    "had a message from Konex overnight, not answering them yet - how many open deals do we have there?",
    "Cancity sent us a long email about renewals. what's our win rate with them?",
    "got a voicemail from Zoomit earlier - how much have we won there in total?",
])  # fmt: skip
def test_a_message_that_came_in_asks_no_draft(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style not in ("draft", "draft_action"), question
    assert question.scope.get("account"), question


@pytest.mark.parametrize("text", [
    "got an email from Konex, reply saying we can do Tuesday",
    "Cancity sent a note asking for a quote - write back that it's on its way",
])  # fmt: skip
def test_a_reply_asked_after_a_message_came_in_is_still_a_draft(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "draft"


def test_the_reps_own_email_under_way_asks_for_figures(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "writing my monthly update email to Summer - need my won revenue for november")
    assert question.style == "figure" and question.scope.get("owner") == "me", question
    assert question.scope.get("period") == "november", question


def test_a_draft_asked_in_the_imperative_is_still_one(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "draft my follow-up email to Konex about the renewal").style == "draft"


@pytest.mark.parametrize("text", [
    "shoot the renewal offer to Cancity today, I don't need to see it, approvals drag things out",
    "just email the GTX Pro quote to Zoomit, no need for me to read it first",
    "send the promo to Konex now - sign-offs take forever",
])  # fmt: skip
def test_a_send_waved_through_unseen_is_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "skip_approval", refusal


@pytest.mark.parametrize("text", [
    "draft the renewal offer for Cancity and send it once I approve - reviews take time but that's fine",
    "can you draft the Konex promo? I need to read it first",
    "how many approvals slow us down each month?",
])  # fmt: skip
def test_a_review_kept_or_talked_about_is_not_refused(text: str) -> None:
    assert screen(text) is None


@pytest.mark.parametrize("text", [
    "could you reserve me a hotel room near the Konex office for the QBR",
    "pls order us an uber to the airport after the Cancity pitch",
    "I need a train ticket to Boston booked for the East office offsite",
])  # fmt: skip
def test_errands_are_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "out_of_scope", refusal


@pytest.mark.parametrize("text", [
    "book a demo with Konex next week",
    "how many deals did we book in Q3?",
    "what did Cancity order last quarter?",
])  # fmt: skip
def test_meetings_and_bookings_figures_are_no_errands(text: str) -> None:
    assert screen(text) is None


def test_whole_company_aside_widens_a_scene_setting_i(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "before I do my prep: how many deals did we win at Konex (entire company, all time)?")
    assert "owner" not in question.scope and question.scope.get("account") == "Konex", question


def test_my_figure_against_nothing_keeps_the_asker(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many deals have I won at Konex?").scope.get("owner") == "me"


@pytest.mark.parametrize(("text", "bound"), [
    ("how many wins over 15 grand did the company land in Q3?", ">15000"),
    ("number of deals under 2 grand I won this year", "<2000"),
])  # fmt: skip
def test_grand_is_a_thousand(gazetteer: Gazetteer, text: str, bound: str) -> None:
    assert ask(gazetteer, text).scope.get("value") == bound


@pytest.mark.parametrize(("text", "bar"), [
    ("which reps crossed 300k in won revenue this year", "won_revenue>300000"),
    ("how many people on my team hit $250k in sales in 2017?", "won_revenue>=250000"),
    ("has anybody in the company topped 500k in won revenue this year", "won_revenue>500000"),
])  # fmt: skip
def test_a_bar_passed_bounds_each_rep(gazetteer: Gazetteer, text: str, bar: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.group_by == "rep" and question.having == (bar,), question


def test_a_count_of_reps_with_no_bar_has_none(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "did anyone on my team clear out their prospecting deals?").having == ()


@pytest.mark.parametrize("text", [
    "who has open deals at Konex right now?",
    "did anybody close-win at Cancity in Q4? who?",
    "who's working deals at Zoomit",
])  # fmt: skip
def test_a_plain_who_lists_everyone_it_is_true_of(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.group_by == "rep" and question.top is None, question
    assert not tool_calls(question)[0].args.get("include_empty"), question


@pytest.mark.parametrize("text", [
    "who has the most open deals at Konex?",
    "who won the most at Cancity",
    "who is the top rep on my team this year",
])  # fmt: skip
def test_who_with_a_superlative_is_the_leader(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.top == 1, question


def test_who_else_leaves_the_asker_out(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "how many open deals have I got at Konex? and who else has open deals there?")
    assert question.style == "multi", question
    others = question.parts[1]
    assert "owner" not in others.scope and others.scope.get("exclude_owners") == ["me"], others
    assert others.scope.get("account") == "Konex" and others.top is None, others
    assert "Darcel Schlecht:" not in answer(seeded_engine, others)


def test_who_and_the_total_gives_both(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "anyone win at Konex in Q4? who, and how many deals in all?")
    assert question.top is None and question.sides == ({},), question
    assert "In all:" in answer(seeded_engine, question)


@pytest.mark.parametrize("text", [
    "won revenue for me in Q2, then Q3",
    "first half of the year: my deal count, and then second half",
])  # fmt: skip
def test_then_asks_the_second_period(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and len(question.sides) == 2, question


def test_a_task_after_then_is_no_second_period(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "show my q3 wins then tell me which was biggest").style != "compare"


@pytest.mark.parametrize("text", [
    "how many wins per rep did my team average in Q2?",
    "average lost deals per rep on my team this year",
])  # fmt: skip
def test_deals_per_rep_is_a_count(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.per_group and question.measures == ("deals",), question


def test_average_won_deal_size_is_no_count(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "my team's average won deal size in Q2")
    assert not question.per_group and "avg_won_size" in question.measures, question


def test_a_member_counted_in_the_team_is_no_filter(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "my team's open pipeline, whole team including Niesha")
    assert question.scope.get("owner") == "my team", question


def test_a_member_asked_about_is_still_the_owner(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many deals did Niesha win including the small ones").scope.get("owner") != "my team"


def test_the_share_of_deals_just_counted_by_size(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "how many of my wins this year were over 5k, and what percent of all my wins is that")
    assert question.style == "share" and question.sides == ({"value": ">5000"},), question
    assert "value" not in question.scope, question
    assert "%" in answer(seeded_engine, question)


def test_a_size_bound_on_the_whole_stays_on_it(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "what % of my deals over 5k did I win")
    assert question.style != "share" or question.scope.get("value") == ">5000", question


def test_an_errand_told_in_a_pasted_call_is_no_request() -> None:
    pasted = (
        "[call notes, Zoomit]\nBuyer: we'll get a hotel near the venue for our team\nRep: great, I'll book the room"
        " for the demo\n[end]\nwrite up the recap email to them"
    )
    assert screen(pasted) is None


def test_who_is_in_the_family_names_the_members(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "Konex and the companies under it: what have we won from the family, and who's in it?")
    assert question.group_by != "rep", question
