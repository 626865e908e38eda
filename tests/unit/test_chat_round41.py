"""Chat readings behind qa_blind41's misses (written by someone who never saw the code), each tried on other
wordings and near misses: a teammate set aside by a pronoun at the end of a remark ("ignore her)"); deals
"orphaned" or that "nobody ever put a customer on"; a favour asked of us ("name them for me") that owns no deals;
the asker's own plan told after a question ("want to ping them before I reach out"), which asks for no draft; and
an adverb hyphened to its stage ("still-open")."""

from __future__ import annotations

import pytest

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import ask


@pytest.mark.parametrize(("text", "left_out"), [
    ("lowest win rate on my team this year? (Markita's numbers are odd, skip her)", "Markita Hansen"),
    ("which of my reps has the most open deals? Anna's on leave, don't count her.", "Anna Snelling"),
    ("who on my team lost the most deals in Q3? Jonathan started late, exclude him", "Jonathan Berthelot"),
    ("team won revenue for H2 - drop Vicki from it, leave her out", "Vicki Laflamme"),
])  # fmt: skip
def test_a_teammate_set_aside_by_a_pronoun(gazetteer: Gazetteer, text: str, left_out: str) -> None:
    question = ask(gazetteer, text)
    assert question.scope.get("owner") == "my team" and question.scope.get("exclude_owners") == [left_out], question


@pytest.mark.parametrize(("text", "owner"), [
    ("how many open deals does Anna have? ignore her old ones", "Anna Snelling"),  # her deals, not her
    ("what's Anna's win rate this year? don't skip her this time", "Anna Snelling"),
    ("how is Markita doing on MG Special? I keep her in the loop", "Markita Hansen"),
])  # fmt: skip
def test_a_pronoun_that_keeps_the_person(gazetteer: Gazetteer, text: str, owner: str) -> None:
    question = ask(gazetteer, text)
    assert question.scope.get("owner") == owner and "exclude_owners" not in question.scope, question


@pytest.mark.parametrize("text", [
    "company-wide, how many open opps are orphaned?",
    "orphan deals still open across the business - how many?",
    "open opportunities where no one ever attached an account: count?",
])  # fmt: skip
def test_orphaned_deals_are_the_ones_without_an_account(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("no_account") is True


@pytest.mark.parametrize("text", [
    "how many deals were orphaned when Anna moved teams?",  # the owner left: not a missing customer
    "how many open deals does my team have?",
])  # fmt: skip
def test_orphaned_by_an_event_or_not_said_is_no_account_filter(gazetteer: Gazetteer, text: str) -> None:
    assert "no_account" not in ask(gazetteer, text).scope


@pytest.mark.parametrize("text", [
    "open deals across Golddex and its subs? then list the subs for me",
    "how much have we won at Kan-code? pull that for me pls",
    "can you check the lost deals at Hottechi for me",
])  # fmt: skip
def test_a_favour_asked_of_us_owns_no_deals(gazetteer: Gazetteer, text: str) -> None:
    assert "owner" not in ask(gazetteer, text).scope


@pytest.mark.parametrize("text", [
    "what's the win rate on GTX Pro for me",
    "how did Q3 work out for me",
    "what did Kan-code bring in for me this year",
])  # fmt: skip
def test_for_me_of_the_figures_still_owns_them(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("owner") == "me"


@pytest.mark.parametrize("text", [
    "who has the biggest open deal at Hottechi? want to ring them before I call the customer",
    "which rep owns the Zoomit deal? planning to ping them after lunch",
    "who's on the newest Cancity deal? gonna reach out to them tomorrow",
])  # fmt: skip
def test_the_askers_plan_after_a_question_asks_no_draft(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style != "draft" and question.scope.get("owner") != "me", question


@pytest.mark.parametrize("text", [
    "how many open deals at Cancity? want to email them a thank-you note",
    "what's open at Zoomit? want to ping them, can you draft something",
    "ping Cancity about the renewal",
])  # fmt: skip
def test_a_message_still_asked_for_is_a_draft(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "draft"


@pytest.mark.parametrize(("text", "stage"), [
    ("who owns the oldest still-open deal at Hottechi?", "open"),
    ("my oldest not-yet-closed deal", "open"),
    ("how many currently-open opps at Kan-code", "open"),
])  # fmt: skip
def test_an_adverb_hyphened_to_the_stage(gazetteer: Gazetteer, text: str, stage: str) -> None:
    assert ask(gazetteer, text).scope.get("stage") == stage


def test_a_hyphened_not_yet_won_is_not_won(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many not-yet-won deals at Kan-code").scope.get("stage") != "won"
