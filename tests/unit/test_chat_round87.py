"""Everyday asks found by using the demo as a rep would: "any deals I should worry about?" is a risk check (it was
answered with every deal's figures), "which of my deals should I focus on this week?" asks what needs attention (it
listed the deals closed this week), and a worry waved away ("don't worry about the format") asks nothing about risk.
A typed "reject it" / "cancel that draft" is pointed to the card's Reject button (it was "outside what I can help
with"). Figures checked against the Maven CSVs (sales_pipeline.csv)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from bot.events import IncomingMessage, Reply
from bot.pipeline import Pipeline
from tests.conftest import agent_for

YEAR_END = date(2017, 12, 31)
NO_NOTES = "I have no emails, calls or notes on file for the"  # the demo store holds deals but no interactions


def _reply(engine: Engine, user: str, text: str) -> Reply:
    message = IncomingMessage("console", user, text, conversation_id=f"r87-{hash(text)}", today=YEAR_END)
    return Pipeline(engine, agent_for(engine)).handle_sync(message)


@pytest.mark.parametrize(("user", "text", "open_deals"), [
    ("Darcel Schlecht", "any deals I should worry about?", 194),
    ("Darcel Schlecht", "should i be worried about any of my opps", 194),
    ("Vicki Laflamme", "which of my deals are worrying you", 104),
    ("Darcel Schlecht", "anything in my pipe i need to worry about before xmas?", 194),
])  # fmt: skip
def test_a_worry_asks_for_the_risk_check(seeded_engine: Engine, user: str, text: str, open_deals: int) -> None:
    reply = _reply(seeded_engine, user, text)
    assert reply.text.startswith(f"{NO_NOTES} {open_deals} open deal(s)"), reply.text
    assert 'Ask "which deals need attention?"' in reply.text  # a way on, not a dead end


@pytest.mark.parametrize(("user", "text", "figure"), [
    ("Darcel Schlecht", "don't worry about the format, just give me my win rate this year", "63.1%"),
    ("Darcel Schlecht", "no need to worry about Codehow, how many open deals do i have there", "1 open deal (1 "),
    ("Darcel Schlecht", "not worried about the details - how many deals did I win in Q4?", "94"),
])  # fmt: skip
def test_a_worry_waved_away_asks_for_the_figure(seeded_engine: Engine, user: str, text: str, figure: str) -> None:
    reply = _reply(seeded_engine, user, text)
    assert NO_NOTES not in reply.text and figure in reply.text.split("\n\n", 1)[0], reply.text


@pytest.mark.parametrize("text", [
    "which of my deals should I focus on this week?",
    "which of my opps should i prioritize",
    "which of our deals should we work on first",
])  # fmt: skip
def test_where_to_focus_is_what_needs_attention(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert "Stalest open deals" in reply.text and "closed this week" not in reply.text, reply.text


@pytest.mark.parametrize(("text", "figure"), [
    ("which of my deals did I close this week?", "closed this week"),
    ("which of my deals closed in Q4", "closed in Q4"),
])  # fmt: skip
def test_deals_closed_are_still_listed(seeded_engine: Engine, text: str, figure: str) -> None:
    reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert "Stalest open deals" not in reply.text and figure in reply.text, reply.text


@pytest.mark.parametrize("text", ["reject it", "cancel that draft", "nah, scrap the email", "ok discard this draft"])
def test_a_typed_rejection_points_to_the_card(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert reply.kind == "refusal" and "press Reject on the draft's card" in reply.text, reply.text


@pytest.mark.parametrize("text", ["how many deals did we cancel in Q4", "which deals did I drop this year"])
def test_deals_dropped_are_not_draft_rejections(seeded_engine: Engine, text: str) -> None:
    assert "Reject" not in _reply(seeded_engine, "Darcel Schlecht", text).text


@pytest.mark.parametrize(("text", "first"), [
    ("who on my team is behind?", "Mei-Mei Johns has the lowest won revenue: $0"),
    ("which reps on my team are falling behind this quarter",
     "Won revenue by rep (lowest first):\n1. Mei-Mei Johns: $0\n2. Niesha Huffines: $41,889"),
    ("which of my reps are struggling", "Won revenue by rep (lowest first):\n1. Mei-Mei Johns: $0\n2. Niesha Huffines"),
])  # fmt: skip
def test_who_is_behind_is_the_bottom_of_the_team(seeded_engine: Engine, text: str, first: str) -> None:
    assert _reply(seeded_engine, "Melvin Marxen", text).text.startswith(first)


@pytest.mark.parametrize("text", ["who on my team is ahead?", "who is right behind Darcel?"])
def test_ahead_or_right_behind_someone_is_not_the_bottom(seeded_engine: Engine, text: str) -> None:
    assert "lowest" not in _reply(seeded_engine, "Melvin Marxen", text).text


@pytest.mark.parametrize("text", [
    "what's the email address of our contact at Codehow?",
    "email for the Codehow contact?",
    "codehow contact's email pls",
    "need the e-mail addresses for Codehow",
])  # fmt: skip
def test_an_email_address_asked_is_the_contacts_not_a_draft(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert reply.kind == "answer" and not reply.proposal_ids, reply.text
    assert reply.text.startswith("Codehow's contacts: ") and "@codehow.example)" in reply.text, reply.text


@pytest.mark.parametrize("text", [
    "send a follow-up to the Codehow contact's email",
    "draft an email to Codehow",
    "please can you prepare one email for the contact of Codehow, I want ask a meeting",  # "an email for": a new one
])  # fmt: skip
def test_an_email_to_write_is_still_a_draft(seeded_engine: Engine, text: str) -> None:
    assert _reply(seeded_engine, "Darcel Schlecht", text).kind == "proposal"
