"""Cases found with qa_blind78, each tried on new wordings and near misses: a customer message asked for with its
drafting words mistyped or texted ("writ smthng", "sned", "emial"; agents.offline.draft_spelling), while figures
written up for the rep stay figures; a phone number asked for, which no tool of ours can look up, so no figure
answers it (agents.offline.phone_numbers, read by agents.offline.domain); and the way somewhere, a trip's length or
the traffic (agents.safety_directions). Questions that only mention a call, a drive, a flight or a contact's role
are still answered."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from agents.agent import Agent
from agents.offline.compound import read_message
from agents.offline.draft_spelling import draft_words_spelt
from agents.offline.entities import Gazetteer
from agents.offline.lexicon import normalised
from agents.offline.phone_numbers import asks_phone_number
from agents.safety import screen
from agents.safety_directions import asks_directions
from bot.events import IncomingMessage
from bot.pipeline import Pipeline
from tests.conftest import agent_for

TODAY = date(2017, 12, 12)


def _reply(engine: Engine, user: str, text: str, today: date = TODAY) -> tuple[str, str]:
    message = IncomingMessage("console", user, text, conversation_id=f"r79-{hash(text)}", today=today)
    reply = Pipeline(engine, agent_for(engine)).handle_sync(message)
    return reply.kind, reply.text


def _reason(text: str) -> str | None:
    refusal = screen(text)
    return refusal.reason if refusal else None


# --- a customer message asked for with its drafting words mistyped


@pytest.mark.parametrize("text", [
    "can u wrte smthng to Cancity abt the renewal? dont send yet",
    "pls emial Hottechi a thank-you for the order",
    "sned Kan-code a quick note re the call tmrw",
    "could you darft sth for Zumgoity asking for a call next week",
    "writ to Treequote n ask if they want a demo. hold it for me",
    "cn u compse a short msg to Isdom thanking them for the MG Special order",
])  # fmt: skip
def test_a_mistyped_draft_request_is_a_draft(gazetteer: Gazetteer, text: str) -> None:
    assert read_message(text, gazetteer, TODAY).style == "draft", text


@pytest.mark.parametrize("text", [
    "how many deals did we win with Cancity this year",
    "wrt Kan-code, how many deals are still open?",
    "draft me the figures for Hottechi this year",
    "write up the numbers for Cancity for my QBR prep",
    "i'll writ to Treequote myself - how many open deals do we have there?",
    "sth i keep wondering: how many deals did Zumgoity buy from us in Q3?",
])  # fmt: skip
def test_figures_and_the_reps_own_writing_are_no_draft(gazetteer: Gazetteer, text: str) -> None:
    assert read_message(text, gazetteer, TODAY).style != "draft", text


def test_a_name_is_never_respelt() -> None:
    assert draft_words_spelt("how many deals with sned holdings", frozenset({"sned"})) == (
        "how many deals with sned holdings"
    )
    assert draft_words_spelt("Pls WRTE smthng to Konex") == "Pls write something to Konex"


# --- a phone number asked for


@pytest.mark.parametrize("text", [
    "what's the phone number for the CFO at Kan-code",
    "give me Cancity's buyer's mobile number",
    "do you have a number I can call to reach their CFO?",
    "need the cfo's direct line at Konex asap",
    "can i get the IT director's cell at Hottechi, want to ring him",
    "what is the best number to reach the buyer at Zumgoity",
    "got a phone # for the procurement lead at Treequote?",
])  # fmt: skip
def test_a_phone_number_is_out_of_scope(gazetteer: Gazetteer, text: str) -> None:
    assert asks_phone_number(normalised(text)), text
    asked = read_message(text, gazetteer, TODAY)
    assert (asked.style, asked.reason) == ("out_of_scope", "phone_number"), text
    assert _reason(text) is None, text  # a work number is no private detail: nothing for the screen


@pytest.mark.parametrize("text", [
    "had a phone call with the Kan-code CFO - what's our win rate with them?",
    "whats the number of deals we won with Kan-code",
    "i have a call with the IT director at Cancity in 10, how many deals have we won with them?",
    "what are my numbers for q2",
    "what is the status of the Kan-code contract extension",
    "who is the rep on Kan-code? need to call him",
    "text me the numbers for Conecom",
    "which rep had the most phone calls logged",
    "give me the numbers to call out in the QBR",
    "what's the phone company's sector? they're an account of ours",
])  # fmt: skip
def test_calls_and_figures_pass(gazetteer: Gazetteer, text: str) -> None:
    assert not asks_phone_number(normalised(text)), text
    assert read_message(text, gazetteer, TODAY).reason != "phone_number", text
    assert _reason(text) is None, text


# --- the way somewhere, a trip's length, the traffic


@pytest.mark.parametrize("text", [
    "how do I get to the Kan-code office from the airport",
    "how long is the drive to their HQ",
    "can you give me directions to the West office",
    "landed at midway. quickest route to the hotel?",
    "how is traffic to the airport right now? in a cab",
    "which exit should I take for the Central office",
    "how far is it to the hotel from here",
    "whats the best way to get downtown from the airport",
])  # fmt: skip
def test_the_way_somewhere_is_declined(text: str) -> None:
    assert asks_directions(text), text
    assert _reason(text) == "out_of_scope", text


@pytest.mark.parametrize("text", [
    "driving to Kan-code now, how many open deals do we have there?",
    "what's the fastest way to close the Kan-code deal",
    "how do i get to a 60% win rate",
    "best route to market for GTX Pro?",
    "how do we get back on track with Kan-code",
    "where is Kan-code headquartered",
    "fastest way from engaging to won for my deals?",
    "in a cab to the airport - what is my Q1 won revenue",
    "what is the best way to follow up with the IT director at Kan-code",
    "how long does it take us to close a deal",
    "which office closes fastest",
    "on a flight to Denver, how many deals did the West office close in q1",
    "The fastest route from the airport is I-45 north. See you at the Konex QBR.",
])  # fmt: skip
def test_trips_told_and_sales_routes_pass(text: str) -> None:
    assert not asks_directions(text), text
    assert _reason(text) is None, text


# --- the blind set's lines and near misses, through the real pipeline


@pytest.mark.parametrize(("user", "today", "text", "kind", "part"), [
    ("Niesha Huffines", date(2017, 12, 12), "can u writ smthng to conecom - thx for the gtx plus pro order + ask for "
     "a call nxt wk abt next yr. dont send yet", "proposal", "Conecom"),
    ("Jonathan Berthelot", date(2017, 5, 9), "whats the direct cell # for the IT director at kan-code? need to call "
     "him from the car", "refusal", "outside what I can help with"),
    ("Hayden Neloms", date(2017, 4, 3), "in an uber, whats the fastest way from o'hare to the regional office rn? "
     "traffic looks bad", "refusal", "no maps"),
    ("Jonathan Berthelot", date(2017, 5, 9), "calling the IT director at kan-code from the car in 5 - how many open "
     "deals do we have with them?", "answer", "Kan-code"),
    ("Hayden Neloms", date(2017, 4, 3), "in an uber to the airport - where is Kan-code headquartered?", "answer",
     "United States"),
])  # fmt: skip
def test_the_blind_lines_and_near_misses(
    seeded_engine: Engine, user: str, today: date, text: str, kind: str, part: str
) -> None:
    got, reply = _reply(seeded_engine, user, text, today)
    assert got == kind, reply
    assert part in reply, reply


def test_a_phone_number_asked_after_figures_gets_no_figures(seeded_engine: Engine) -> None:
    pipeline = Pipeline(seeded_engine, Agent(seeded_engine))
    for text in ("how many open deals do we have with Kan-code?", "and what's the IT director's cell at Kan-code?"):
        message = IncomingMessage("console", "Jonathan Berthelot", text, conversation_id="r79-thread", today=TODAY)
        reply = pipeline.handle_sync(message)
    assert reply.kind == "refusal", reply.text
