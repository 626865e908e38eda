"""Misses found by the lead using the demo as a rep on a Monday (today 2017-12-31): asking what to work on in a rep's
own words ("what's on my plate today", "which of my deals should I chase first this week and why", "who should I call
today") is the deals needing attention, not a refusal, a list of deals closed this week, or a phone number; a draft
to a deal of the list just shown by its place ("draft a follow-up to the first one", "#8", "the last one") goes to
that deal's account about that deal's product, without showing the list again; and a forecast of the rest of a period
under way ("give me a forecast for the rest of the quarter", "what will I close by year end", on 2017-11-13) says
there is none in the CRM, what was won in the period so far, and the open pipeline - not all deals ever, a refusal,
or the period's closed deals dated after today.

Figures checked with python csv against /work/shared/data/crm_maven/sales_pipeline.csv: Darcel Schlecht's 83
Engaging deals by engage date (then id): 1 I3KQNE9V Isdom GTX Plus Pro, 2 NU4ACGMY no account, ... 8 PNISVWNN
Scotfind MG Advanced, ... 10 T9QD8U1Y Betasoloin MG Special (Isdom also has her GTX Pro deal, which a draft to the
first one must not be about); her three biggest wins of 2017: 4XLLUO6J Inity $6,360, UUCSEHJX Warephase $6,276,
X4LSK4OE Treequote $6,182. On 2017-11-13: Rocco Neubert's team won 62 deals for $179,577 from 2017-10-01 and has 214
open deals, $573,636 at list price; Darcel Schlecht won 303 for $983,656 from 2017-01-01 and 16 for $57,676 from
2017-11-01, and has 194 open deals, $656,040 at list price."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from agents.agent import Agent
from bot.events import IncomingMessage, Reply
from bot.pipeline import Pipeline

YEAR_END = date(2017, 12, 31)
DARCEL, ROCCO = "Darcel Schlecht", "Rocco Neubert"
MID_NOVEMBER = date(2017, 11, 13)
STALEST = "Stalest open deals"  # the attention answer's list


def _reply(engine: Engine, text: str, thread: str = "", user: str = DARCEL, today: date = YEAR_END) -> Reply:
    message = IncomingMessage("console", user, text, conversation_id=thread or f"r91-{hash(text)}", today=today)
    return Pipeline(engine, Agent(engine)).handle_sync(message)


# 1. what to work on, asked in a rep's words
@pytest.mark.parametrize("text", [
    "what's on my plate today",
    "morning! what's on my plate today",
    "which of my deals should I chase first this week and why",
    "which opps should I be chasing",
    "what deals should I push this week",
    "what do I need to follow up on",
    "who should I call today",
    "who should I ring first this week?",
    "give me my top priorities",
    "top 3 deals to focus on",
    "what's most urgent in my pipeline",
])  # fmt: skip
def test_what_to_work_on_is_the_deals_needing_attention(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, text)
    assert STALEST in reply.text and "I3KQNE9V" in reply.text, reply.text


@pytest.mark.parametrize("text", [
    "what should I push for in the negotiation",
    "what should I focus on in my presentation",
    "my priorities for the QBR deck",
    "who should I call at Cancity about pricing?",
    "what did I push to next quarter",
])  # fmt: skip
def test_the_same_words_about_something_else_are_not(seeded_engine: Engine, text: str) -> None:
    assert STALEST not in _reply(seeded_engine, text).text


def test_a_call_done_by_the_rep_keeps_its_date_as_said(seeded_engine: Engine) -> None:
    # "call today" is the rep calling, not a meeting on a date; the period asked is still the deals'
    reply = _reply(seeded_engine, "I'll call tomorrow, how many deals did I win in Q4?")
    assert "94 won deals" in reply.text and "Q4 2017" in reply.text, reply.text


# 2. a draft to a deal of the list just shown, by its place
@pytest.mark.parametrize(("first", "ask", "account", "product"), [
    ("which deals need attention", "ok draft a follow-up to the first one", "Isdom", "GTX Plus Pro"),
    ("what should I work on today", "draft a check-in to #8", "Scotfind", "MG Advanced"),
    ("which deals need attention", "write to number 10 about next steps", "Betasoloin", "MG Special"),
    ("my 3 biggest wins this year", "send a thank-you to the top one", "Inity", "GTX Plus Pro"),
    ("my 3 biggest wins this year", "draft a thank-you note to the last one", "Treequote", "GTX Plus Pro"),
])  # fmt: skip
def test_a_draft_goes_to_the_deal_at_that_place(
    seeded_engine: Engine, first: str, ask: str, account: str, product: str
) -> None:
    thread = f"r91-place-{hash((first, ask))}"
    _reply(seeded_engine, first, thread)
    reply = _reply(seeded_engine, ask, thread)
    assert reply.proposal_ids and f"at {account} for your approval" in reply.text, reply.text
    assert product in reply.text and STALEST not in reply.text, reply.text  # that deal's product; no list again


def test_a_place_with_no_account_or_past_the_end_has_nobody_to_write_to(seeded_engine: Engine) -> None:
    thread = "r91-place-nobody"
    _reply(seeded_engine, "which deals need attention", thread)
    second = _reply(seeded_engine, "draft a check-in to the second one", thread)
    assert "NU4ACGMY" in second.text and "no account on file" in second.text and not second.proposal_ids, second.text
    past = _reply(seeded_engine, "draft a note to number 12", thread)
    assert "showed 10 deal(s)" in past.text and not past.proposal_ids, past.text
    back = _reply(seeded_engine, "draft a note to the first one", thread)  # the list is still the one pointed into
    assert back.proposal_ids and "at Isdom for your approval" in back.text, back.text


@pytest.mark.parametrize(("first", "ask"), [
    ("what's my win rate", "draft a check-in to the first one"),  # no list shown: nothing to point into
    ("which deals need attention", "write a note for the second quarter review"),  # a quarter, not a deal's place
    ("which deals need attention", "draft an email to no one, just tell me my win rate"),
])  # fmt: skip
def test_no_list_or_no_place_makes_no_draft_to_a_listed_deal(seeded_engine: Engine, first: str, ask: str) -> None:
    thread = f"r91-noplace-{hash((first, ask))}"
    _reply(seeded_engine, first, thread)
    reply = _reply(seeded_engine, ask, thread)
    assert not reply.proposal_ids and "Isdom" not in reply.text, reply.text


def test_an_account_named_wins_over_a_place(seeded_engine: Engine) -> None:
    thread = "r91-named"
    _reply(seeded_engine, "which deals need attention", thread)
    reply = _reply(seeded_engine, "draft an email to Cancity about the first one", thread)
    assert reply.proposal_ids and "at Cancity for your approval" in reply.text, reply.text


# 3. a forecast of the rest of a period under way
@pytest.mark.parametrize(("user", "text", "so_far", "pipeline"), [
    (ROCCO, "give me a forecast for the rest of the quarter", "Q4 2017 (to 2017-11-13): 62 won deals for $179,577",
     "$573,636"),
    (ROCCO, "what will my team close by the end of the qtr?", "62 won deals for $179,577", "$573,636"),
    (DARCEL, "what will I close by year end", "2017 (to 2017-11-13): 303 won deals for $983,656", "$656,040"),
    (DARCEL, "whats my forecast for this year", "303 won deals for $983,656", "$656,040"),
    (DARCEL, "forecast for the rest of the month pls", "November 2017 (to 2017-11-13): 16 won deals for $57,676",
     "$656,040"),
])  # fmt: skip
def test_a_forecast_of_the_rest_of_a_period_gives_won_so_far_and_the_pipeline(
    seeded_engine: Engine, user: str, text: str, so_far: str, pipeline: str
) -> None:
    reply = _reply(seeded_engine, text, user=user, today=MID_NOVEMBER)
    assert "There is no forecast for the rest of" in reply.text and so_far in reply.text, reply.text
    assert pipeline in reply.text, reply.text


@pytest.mark.parametrize(("user", "text", "today"), [
    (ROCCO, "did we hit this quarter's forecast?", MID_NOVEMBER),  # results held to a forecast: the period's figures
    (DARCEL, "what did I close by year end", MID_NOVEMBER),  # what was closed, no forecast
    (DARCEL, "what's my forecast for this quarter", YEAR_END),  # the quarter ends today: nothing left to forecast
    (DARCEL, "how much did I win this year", MID_NOVEMBER),
])  # fmt: skip
def test_no_rest_of_a_period_to_forecast(seeded_engine: Engine, user: str, text: str, today: date) -> None:
    assert "There is no forecast for the rest of" not in _reply(seeded_engine, text, user=user, today=today).text


# 4. a change to the draft just made, typed in chat
REVISE = "I can't rewrite a draft from a chat message"


@pytest.mark.parametrize("ask", [
    "make it shorter and mention the discount we discussed",
    "can you make it more formal",
    "change the subject line to 'next steps'",
    "add that we can do a demo next week",
    "hmm, could you make the email friendlier?",
    "mention the discount too",
])  # fmt: skip
def test_a_typed_change_to_a_draft_points_to_the_card(seeded_engine: Engine, ask: str) -> None:
    thread = f"r91-revise-{hash(ask)}"
    _reply(seeded_engine, "draft a follow-up to Isdom", thread)
    reply = _reply(seeded_engine, ask, thread)
    assert REVISE in reply.text and "Edit" in reply.text and not reply.proposal_ids, reply.text


@pytest.mark.parametrize(("ask", "account"), [
    ("make it a pricing email to Konex", "Konex"),  # a new draft to another account
    ("draft a follow-up to Cancity mentioning the discount too", "Cancity"),
])  # fmt: skip
def test_a_new_draft_is_not_a_change(seeded_engine: Engine, ask: str, account: str) -> None:
    thread = f"r91-newdraft-{hash(ask)}"
    _reply(seeded_engine, "draft a follow-up to Isdom", thread)
    reply = _reply(seeded_engine, ask, thread)
    assert reply.proposal_ids and f"at {account} for your approval" in reply.text, reply.text
