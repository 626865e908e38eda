"""Chat gaps left over: informal words for a manager's reps in a ranking ("which of my guys has the most opps"), a
bare thank-you (a short "you're welcome", not the help text) and the share of closed deals lost (the loss rate:
lost over won + lost, not a share of all losses)."""

from __future__ import annotations

from datetime import date

import pytest
from langchain_core.messages import HumanMessage

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.model import HELP, WELCOME, OfflineChatModel
from agents.offline.parser import Question, tool_calls

TODAY = date(2017, 12, 31)


def ask(gazetteer: Gazetteer, text: str) -> Question:
    return read_message(text, gazetteer, TODAY)


@pytest.mark.parametrize("text", [
    "which of my guys has the most opps",
    "which of my folks won the most deals",
    "who among my AEs has the most open deals",
    "which of my people has the fewest open deals",
    "which of my team members has the most lost deals",
    "which one of my salespeople closed the most",
    "which of my sellers has the best win rate",
    "which of my reps has the most opps",
])  # fmt: skip
def test_informal_words_for_reps_rank_by_rep(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert (q.style, q.group_by) == ("ranking", "rep")


@pytest.mark.parametrize(("text", "group_by"), [
    ("which of my accounts has the most opps", "account"),
    ("which of my guys' accounts has the most deals", "account"),
    ("which of my people's customers has the most won revenue", "account"),
    ("which of my products has the most deals", "product"),
])  # fmt: skip
def test_a_group_after_the_informal_word_is_what_is_ranked(gazetteer: Gazetteer, text: str, group_by: str) -> None:
    assert ask(gazetteer, text).group_by == group_by


def test_people_without_which_of_is_no_ranking(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many people work at Cancity").style != "ranking"


def reply(gazetteer: Gazetteer, text: str) -> str:
    model = OfflineChatModel(lambda: gazetteer)
    return str(model.invoke([HumanMessage(content=text)]).content)


@pytest.mark.parametrize("text", [
    "thanks!", "thank you", "cheers", "great, thanks", "Thanks.", "ok thank you so much!", "thx", "ty",
    "much appreciated", "perfect, cheers mate", "awesome, thanks a lot", "thanks again", "that helps, thanks!",
])  # fmt: skip
def test_a_bare_thank_you_gets_a_short_acknowledgement(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert (q.style, q.reason) == ("help", "thanks") and tool_calls(q) == []
    assert reply(gazetteer, text) == WELCOME == "You're welcome."


@pytest.mark.parametrize("text", [
    "thanks! how many deals did we win?",
    "thanks, and what about my open deals",
    "Cheers?",
    "how is Cheers doing",
    "draft a thank you note to Cheers",
])  # fmt: skip
def test_thanks_with_something_asked_is_answered(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.reason != "thanks" and q.style not in ("help", "out_of_scope")


@pytest.mark.parametrize("text", ["hi", "help", "no thanks"])
def test_greetings_and_declines_still_get_the_help_text(gazetteer: Gazetteer, text: str) -> None:
    assert reply(gazetteer, text) == HELP


@pytest.mark.parametrize(("text", "part"), [
    ("what % of the MG Special deals closed either way did we lose", "lost"),
    ("what share of closed MG Special deals were lost", "lost"),
    ("of the MG Special deals that closed, what % did we lose", "lost"),
    ("what percentage of MG Special deals that were won or lost did we lose", "lost"),
    ("what proportion of the MG Special opps that have closed did we lose", "lost"),
    ("what % of the MG Special deals closed either way did we win", "won"),
    ("what % of my closed deals did we lose", "lost"),
])  # fmt: skip
def test_the_share_of_closed_deals_lost_is_the_loss_rate(gazetteer: Gazetteer, text: str, part: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "share" and q.scope.get("stage") == "closed" and q.sides == ({"stage": part},)
    if "MG Special" in text:
        assert q.scope.get("product") == "MG Special" or q.scope.get("products") == ["MG Special"]


@pytest.mark.parametrize("text", [
    "what % of our losses were MG Special",
    "what share of our lost deals were MG Special",
])  # fmt: skip
def test_a_product_share_of_all_losses_stays_one(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "share" and q.scope.get("stage") == "lost"


def test_open_stage_shares_are_unchanged(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "what % of my open deals are still prospecting")
    assert q.scope.get("stage") == "open" and q.sides == ({"stage": "prospecting"},)
