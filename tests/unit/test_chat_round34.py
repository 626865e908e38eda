"""Chat readings behind qa_blind34's misses (written by someone who never saw the code), each tried on other wordings
and near misses: a stage named only to say it doesn't matter; "the 2nd half of the yr"; two reps named and "how
many each"; a message wished for ("a friendly nudge would be nice"); the approval handed to the bot."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.entities import Gazetteer
from agents.periods import read_period
from agents.safety import screen
from tests.unit.test_chat_rates_side_by_side import ask


@pytest.mark.parametrize("text", [
    "how many deals did i engage in march, regardless of whether they've won",
    "deals i got into engaging in may - doesn't matter if they closed since - how many?",
    "how many did we engage in Q2, whether or not they're still open",
])  # fmt: skip
def test_a_stage_that_does_not_matter_filters_nothing(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.scope.get("stage") is None and question.scope.get("date_field") == "engage", question


def test_a_stage_that_has_happened_since_still_filters(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "how many deals did i engage in march that have closed since").scope.get("stage") == "closed"


@pytest.mark.parametrize(("text", "span"), [
    ("won in the 2nd half of the yr", ("2017-07-01", "2017-12-31")),
    ("the 1st half of 2017", ("2017-01-01", "2017-06-30")),
])  # fmt: skip
def test_halves_written_with_ordinals(text: str, span: tuple[str, str]) -> None:
    period = read_period(text, date(2017, 12, 31))
    assert period is not None and (period.start.isoformat(), period.end.isoformat()) == span, period


@pytest.mark.parametrize("text", [
    "anna and moses, won deals this year - how many each?",
    "lost deals for cecily and vicki, side by side",
])  # fmt: skip
def test_two_reps_and_each_are_side_by_side(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and [s.get("owner") for s in question.sides if "owner" in s], question
    assert len(question.sides) == 2


def test_two_reps_together_are_no_side_by_side(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "anna and moses - how many won deals this year in total?").style != "compare"


@pytest.mark.parametrize("text", [
    "Hatfan has gone silent since the quote. a short check-in would be good, keep it light",
    "Konex never replied to the proposal. some sort of gentle follow-up would be great",
])  # fmt: skip
def test_a_message_wished_for_is_a_draft(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "draft"


@pytest.mark.parametrize("text", [
    "Hatfan's new follow-up process would be nice to copy - how many deals did we win there?",
    "a check-in call with Konex went well; how many open deals do they have?",
])  # fmt: skip
def test_messages_mentioned_in_passing_are_no_draft(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style not in ("draft", "draft_action")


@pytest.mark.parametrize("text", [
    "the Konex draft is in my queue - click approve for me and let it go, I'm boarding",
    "you have my permission to approve the Hatfan email and send it",
])  # fmt: skip
def test_the_approval_handed_to_the_bot_is_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "skip_approval"


@pytest.mark.parametrize("text", [
    "what's waiting in my approval queue?",
    "remind me to hit approve on the Konex draft after lunch",
])  # fmt: skip
def test_talking_about_approving_passes(text: str) -> None:
    assert screen(text) is None


@pytest.mark.parametrize(("text", "owner"), [
    ("tell me who our top performer was in q3", None),
    ("who was the weakest performer on my team last quarter?", "my team"),
])  # fmt: skip
def test_a_performer_is_a_rep(gazetteer: Gazetteer, text: str, owner: str | None) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.group_by == "rep" and question.scope.get("owner") == owner, question


def test_performing_products_stay_products(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "what was our best performing product this year?").group_by == "product"
