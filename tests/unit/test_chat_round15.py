"""Chat classes from the fifteenth blind set, in new words: deals with no outcome yet read as open, a period that
only sets the scene (planning a month, the rep's day), the account field left blank, a typo'd move into engaging,
the team named only to be set aside, the top-N noun as the group ranked, the won part of deals closed either way
(the win rate), the typical closed-won deal, figures sent to the rep ("send me the numbers"), a customer to be told
something (a draft), and "don't send anything yet, just draft it" (a draft, not a refusal)."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline import lexicon as lx
from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.measures import measures_of
from agents.offline.parser import Question
from agents.safety import screen

TODAY = date(2017, 12, 31)


def ask(gazetteer: Gazetteer, text: str) -> Question:
    return read_message(text, gazetteer, TODAY)


@pytest.mark.parametrize("text", [
    "how many of my deals haven't closed yet?",
    "deals I have that are still not closed - count?",
    "how many of my opps are yet to close",
    "my deals not won or lost yet, how many?",
    "how many of my opportunities are still undecided",
    "opps of mine that haven't been decided either way",
])  # fmt: skip
def test_deals_with_no_outcome_yet_are_open(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.scope.get("stage") == "open" and q.scope.get("owner") == "me"


@pytest.mark.parametrize("text", [
    "deals that didn't close in Q3",
    "which deals have not closed won",
    "why haven't we closed Konex yet",
])  # fmt: skip
def test_a_period_or_stage_after_not_closed_is_kept(text: str) -> None:
    assert " open " not in lx.normalised(text)


@pytest.mark.parametrize("text", [
    "prepping for Q1: how many open opps have I got?",
    "mapping out february. how many open deals am I carrying?",
    "planning out march - what's my open pipeline worth?",
    "seeing Rangreen today. how many deals have we won with them, all reps?",
])  # fmt: skip
def test_a_period_that_only_sets_the_scene_is_no_filter(gazetteer: Gazetteer, text: str) -> None:
    assert "period" not in ask(gazetteer, text).scope


@pytest.mark.parametrize("text", [
    "q3 - how many deals did I win?",
    "january: how many did I win?",
    "how many deals did I win today?",
])  # fmt: skip
def test_a_period_that_is_asked_about_stays(gazetteer: Gazetteer, text: str) -> None:
    assert "period" in ask(gazetteer, text).scope


@pytest.mark.parametrize("text", [
    "open deals where the account is left empty",
    "how many of my open deals are accountless",
    "open opportunities with the customer field not filled in",
    "open deals where nobody put in the account",
    "open deals where account hasn't been entered",
    "open opps where the client is still blank",
    "open deals with the account missing from the record",
])  # fmt: skip
def test_account_field_left_blank(text: str) -> None:
    assert lx.no_account_cue(lx.normalised(text)) is not None


@pytest.mark.parametrize("text", [
    "which account is missing a close date",
    "how many accounts have no open deals",
    "account field for Konex - who's the owner?",
])  # fmt: skip
def test_an_account_that_is_there_is_no_blank_field(text: str) -> None:
    assert lx.no_account_cue(lx.normalised(text)) is None


@pytest.mark.parametrize("text", [
    "how many deals did I move to engagin in april?",
    "deals i got into engageing in april - how many?",
    "how many opps did i push into enaging during april",
])  # fmt: skip
def test_a_typo_d_move_into_engaging_is_dated(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.scope.get("date_field") == "engage" and q.scope.get("stage") is None


@pytest.mark.parametrize("text", [
    "which Betasoloin opps are open under my name? just me, not the team",
    "list my open Betasoloin deals excluding the rest of the team's",
    "my open deals at Betasoloin, ignore the team's ones",
    "Betasoloin ids I still have open, mine rather than my team's",
])  # fmt: skip
def test_the_team_set_aside_leaves_the_asker(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.scope.get("owner") == "me" and q.group_by is None


@pytest.mark.parametrize("text", ["list the team's open Betasoloin deals", "open Betasoloin deals for my team"])
def test_the_team_asked_about_stays(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("owner") == "my team"


@pytest.mark.parametrize(("text", "group"), [
    ("best 5 software clients by revenue we've won, every rep included", "account"),
    ("top 2 accounts by won deals across all reps", "account"),
    ("top 3 reps by won revenue across all accounts", "rep"),
    ("bottom 3 products by win rate, all reps", "product"),
])  # fmt: skip
def test_the_noun_after_top_n_is_the_group(gazetteer: Gazetteer, text: str, group: str) -> None:
    assert ask(gazetteer, text).group_by == group


@pytest.mark.parametrize("text", [
    "what percentage of my closed deals did I win",
    "of my deals that were decided either way, what share went our way?",
    "GTX Pro deals that closed - what % were won, company wide",
    "of everything closed in Q3, how many % did we win",
])  # fmt: skip
def test_the_won_part_of_decided_deals_is_the_win_rate(text: str) -> None:
    assert "win_rate" in measures_of(lx.normalised(text))


@pytest.mark.parametrize("text", [
    "of everything i closed in Q4 (won or lost), what % were losses?",
    "what % of my won revenue came from GTX Pro",
    "what % of my open deals are prospecting",
])  # fmt: skip
def test_other_shares_are_no_win_rate(text: str) -> None:
    assert "win_rate" not in measures_of(lx.normalised(text))


@pytest.mark.parametrize("text", [
    "typical closed-won deal on MG Advanced across the company?",
    "what do customers usually pay for MG Advanced when we win",
    "mean closed won deal for GTX Pro, all reps",
])  # fmt: skip
def test_the_typical_closed_won_deal_is_the_average_win(text: str) -> None:
    assert "avg_won_size" in measures_of(lx.normalised(text))


def test_a_closed_won_count_is_no_average() -> None:
    assert "avg_won_size" not in measures_of(lx.normalised("average closed-won deal count for MG Advanced"))


@pytest.mark.parametrize("text", [
    "email me the list of my open deals at Konex",
    "can u ping me the won total for MG Special in q2",
    "forward me the count of deals we won with Isdom",
    "send me the Q2 numbers for GTX Pro across the company",
])  # fmt: skip
def test_figures_sent_to_the_rep_are_no_draft(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style not in ("draft", "draft_action", "out_of_scope")


@pytest.mark.parametrize("text", [
    "pls tell Isdom that their GTX Pro quote expires friday",
    "can you inform Cancity that delivery slips to March",
    "give Konex a heads-up that list prices go up in Feb",
    "notify Rangreen about the new support hours",
    "let Goodsilron know we can do the install in week 2",
    "send me a draft to Konex about the renewal",
])  # fmt: skip
def test_a_customer_to_be_told_something_is_a_draft(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "draft" and q.scope.get("account")


@pytest.mark.parametrize("text", [
    "Konex let us know they're pausing, what's the deal worth?",
    "did we tell Isdom about the price rise? what's open there",
    "let me know how many deals Cancity has open",
    "what did Isdom tell us about budget",
])  # fmt: skip
def test_a_told_report_or_a_word_to_me_is_no_draft(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style not in ("draft", "draft_action")


@pytest.mark.parametrize("text", [
    "do not email them yet - draft a follow-up to Konex and I'll check it",
    "dont send it, just write a draft for Isdom about the renewal",
    "don't fire anything off to Rangreen yet, put together a draft first",
    "no sending yet please, draft a thank-you to Cancity",
    "don't mail Betasoloin anything today, just draft the recap so I can review it",
])  # fmt: skip
def test_holding_the_send_for_a_draft_is_no_refusal(text: str) -> None:
    assert screen(text) is None


@pytest.mark.parametrize("text", [
    "don't bother with a draft, just send it to Konex",
    "no need for review, send Isdom the pricing now",
    "don't draft it, send it straight to Cancity",
    "don't send it for review, just send it",
    "don't email it for approval just fire it off to Isdom",
])  # fmt: skip
def test_waving_off_the_draft_is_still_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "skip_approval"
