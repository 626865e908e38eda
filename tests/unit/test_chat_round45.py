"""Chat readings behind qa_blind45's misses (written by someone who never saw the code), each tried on other
wordings and near misses: "may" as one end of a run of months; a stage's count said as "won count"/"lost count"; a
rep "under me" and deals that "convert the lowest share of won vs lost"; one company picked from a group already
named ("in the Acme family, which company..."); "which company owns X" as the parent; the bot asked to approve a
draft itself."""

from __future__ import annotations

import pytest

from agents.offline.entities import Gazetteer
from agents.safety import screen
from tests.unit.test_chat_rates_side_by_side import ask


@pytest.mark.parametrize("text", [
    "my won deals may through august?",
    "lost deals from march to may for me",
])  # fmt: skip
def test_may_as_one_end_of_a_run_of_months(gazetteer: Gazetteer, text: str) -> None:
    assert "may" in ask(gazetteer, text).scope.get("period", "").lower()


def test_may_beside_through_with_no_month_is_the_verb(gazetteer: Gazetteer) -> None:
    assert "period" not in ask(gazetteer, "how many deals may through no fault of ours slip").scope


@pytest.mark.parametrize(("text", "stage"), [("my won count for Q2", "won"), ("loss count for the team in Q3", "lost")])
def test_a_stage_count_said_as_won_count(gazetteer: Gazetteer, text: str, stage: str) -> None:
    question = ask(gazetteer, text)
    assert question.measures == ("deals",) and question.scope.get("stage") == stage, question


@pytest.mark.parametrize("text", [
    "which rep under me converts the highest share of won vs lost?",
    "person under me with the weakest share of won to lost this year",
])  # fmt: skip
def test_a_rep_under_me_ranked_by_share_of_won_vs_lost(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.measures[:1] == ("win_rate",) and question.scope.get("owner") == "my team", question


@pytest.mark.parametrize(("text", "ascending"), [
    ("which of Sonron's subsidiaries has the most open deals?", False),
    ("in the Golddex group, which company brought in the least won revenue?", True),
    ("which customer in the Acme Corporation family has the highest win rate", False),
])  # fmt: skip
def test_one_company_picked_from_a_named_group(gazetteer: Gazetteer, text: str, ascending: bool) -> None:
    question = ask(gazetteer, text)
    assert question.group_by == "account" and question.ascending is ascending, question
    assert question.scope.get("account_group"), question


@pytest.mark.parametrize("text", [
    "which of Sonron's subsidiaries are based in the US?",  # no superlative: which ones, not a ranking
    "how much have we won from the Golddex group in total?",
])  # fmt: skip
def test_a_group_asked_about_without_picking_one(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).group_by != "account"


def test_which_company_owns_an_account_is_its_parent(gazetteer: Gazetteer) -> None:
    assert "parent" in ask(gazetteer, "which company owns Gogozoom?").facts


def test_who_owns_a_deal_is_no_parent(gazetteer: Gazetteer) -> None:
    assert "parent" not in ask(gazetteer, "who owns the Gogozoom deal?").facts


@pytest.mark.parametrize("text", [
    "I'm travelling, so approve the Zoomit quote yourself and let it go",
    "can you ok my pending Konex email on my behalf",
    "sign off on the two Treequote drafts for me please",
])  # fmt: skip
def test_the_bot_asked_to_approve_a_draft_itself(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "skip_approval"


@pytest.mark.parametrize("text", [
    "remind me to approve the Zoomit draft for her tomorrow",
    "I'll approve the Konex email myself once I'm back",
    "which drafts are waiting for me to approve?",
])  # fmt: skip
def test_the_reps_own_approval_is_no_request(text: str) -> None:
    assert screen(text) is None
