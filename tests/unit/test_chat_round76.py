"""Chat readings from the notes' "noticed, left alone" list, each tried on new wordings and near misses: a colleague
greeted or thanked by name around a question that stays the asker's, a roster asked again of another manager or
office, and "who owns them" after deals were named (their reps, not the account's parent). Figures checked against
the Maven CSVs."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from tests.unit.test_chat_round69 import _reply


def _says(engine: Engine, user: str, text: str, *parts: str) -> None:
    reply = _reply(engine, user, text)
    assert all(part in reply for part in parts), reply


@pytest.mark.parametrize(("text", "parts"), [
    ("how many deals did I win in Q4? thanks kami", ("You: 94 won deals", "Scope: Darcel Schlecht;")),
    ("how many deals did I win in Q4?? ty Rosie", ("You: 94 won deals",)),
    ("how many deals did I win in Q4? cheers kami", ("You: 94 won deals",)),
    ("thanks Kami, and how many did I win in Q4?", ("You: 94 won deals",)),
    ("hey Rosie, what's my win rate this year?", ("You: win rate 63.1% (349 won of 553 closed)",)),
    ("my open deals count pls.. ty Cara Losch!", ("You: 194 open deals",)),
])  # fmt: skip
def test_a_colleague_greeted_or_thanked_is_not_the_subject(seeded_engine: Engine, text: str,
                                                           parts: tuple[str, ...]) -> None:  # fmt: skip
    _says(seeded_engine, "Darcel Schlecht", text, *parts)


@pytest.mark.parametrize(("text", "parts"), [
    ("hey kami, what's your win rate?", ("Kami Bicknell: win rate 64.0%",)),  # asked of the one greeted
    ("how many deals did Kami win in Q4? thanks Kami", ("Kami Bicknell: 51 won deals",)),
    ("thanks, Kami's win rate?", ("Kami Bicknell: win rate 64.0%",)),
    ("how many deals did we win with cheers", ("Cheers: 57 won deals",)),  # the account, not a thanks
])  # fmt: skip
def test_a_name_asked_about_stays_the_subject(seeded_engine: Engine, text: str, parts: tuple[str, ...]) -> None:
    _says(seeded_engine, "Darcel Schlecht", text, *parts)


@pytest.mark.parametrize(("user", "text", "parts"), [
    ("Melvin Marxen", "who's on my team? and cara's?",
     ("Your team has 6 reps: Darcel Schlecht", "Cara Losch has 6 reps: Corliss Cosme")),
    ("Melvin Marxen", "who is on Cara's team? and on Rocco's?",
     ("Cara Losch has 6 reps", "Rocco Neubert has 6 reps: Cassey Cress")),
    ("Melvin Marxen", "who's on my team? and the west office?", ("Your team has 6 reps", "West office has 12 reps")),
    ("Darcel Schlecht", "who's on my team? what about rocco's", ("Darcel Schlecht (747 deals)", "Rocco Neubert has 6")),
])  # fmt: skip
def test_a_roster_asked_again_of_another_side(seeded_engine: Engine, user: str, text: str,
                                             parts: tuple[str, ...]) -> None:  # fmt: skip
    _says(seeded_engine, user, text, *parts)


def test_a_roster_then_a_figure_of_another_is_not_a_second_roster(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Melvin Marxen", "who's on my team? and cara's win rate?")
    assert "Cara Losch has 6 reps" not in reply and "Wilburn Farren: 69.6%" in reply, reply


@pytest.mark.parametrize("text", [
    "how many open deals with Treequote, and who owns them",
    "how many open deals do we have with Treequote and who owns them?",
    "open opps at Treequote - who has them?",
])  # fmt: skip
def test_who_owns_the_deals_named_is_their_reps(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Melvin Marxen", text)
    assert "Marty Freudenburg: 2" in reply and "parent" not in reply, reply


@pytest.mark.parametrize(("text", "parts"), [
    ("Treequote and Kan-code - who owns them?", ("Treequote's parent company is Sonron",)),
    ("which company owns Treequote?", ("Sonron",)),
])  # fmt: skip
def test_who_owns_the_accounts_named_is_their_parent(seeded_engine: Engine, text: str, parts: tuple[str, ...]) -> None:
    _says(seeded_engine, "Melvin Marxen", text, *parts)


@pytest.mark.parametrize(("text", "accounts"), [
    ("draft a check-in email to Treequote? and Kan-code?", ("Treequote", "Kan-code")),
    ("write a thank-you note to Cancity, Hottechi and Isdom", ("Cancity", "Hottechi", "Isdom")),
    ("draft a quick follow-up to Isdom and one to Hottechi", ("Isdom", "Hottechi")),
])  # fmt: skip
def test_one_email_asked_of_several_accounts_is_drafted_for_each(seeded_engine: Engine, text: str,
                                                                 accounts: tuple[str, ...]) -> None:  # fmt: skip
    reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert all(f"at {a} for your approval" in reply for a in accounts), reply
    assert reply.count("for your approval") == len(accounts), reply


@pytest.mark.parametrize("text", [
    "draft a check-in email to Treequote about their Kan-code subsidiary",
    "draft an email to Cancity like the one I sent Hottechi",
    "draft a note to Isdom and loop in Hottechi on it",
])  # fmt: skip
def test_an_account_named_for_another_reason_gets_no_draft(seeded_engine: Engine, text: str) -> None:
    assert _reply(seeded_engine, "Darcel Schlecht", text).count("for your approval") == 1
