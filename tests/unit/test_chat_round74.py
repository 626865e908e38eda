"""Chat readings found around end-of-quarter questions: a figure asked, then asked again of another side by naming
only that side ("my team's won revenue this year? and the west office's?"), and two or more reps, accounts or
offices named in a row ("won revenue for Kami and Rosie in Q4"). Each side gets its own figure; the tail was once
read as a filter on the first question (the team's deals in the West office: none) and the second name was dropped.
Figures checked against the Maven CSVs."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import ask
from tests.unit.test_chat_round69 import _reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Melvin Marxen", "my team's won revenue this year? and the west office's?",
     ("Your team: $2,251,930 (882 won", "West office: $3,568,647 (1,438 won")),
    ("Melvin Marxen", "my win rate this year - what about the east office?",
     ("You: 62.2% (882 won, 536 lost)", "East office: 63.0% (1,171 won, 687 lost)")),
    ("Darcel Schlecht", "how many deals did i win in q4? and kami?", ("You: 94 (94 won", "Kami Bicknell: 51 (51 won")),
    ("Darcel Schlecht", "my Q4 wins, and kami's", ("You: 94 (94 won", "Kami Bicknell: 51 (51 won")),
    ("Melvin Marxen", "GTX Pro win rate this year? and MG Special's?",
     ("GTX Pro: 63.6% (729 won, 418 lost)", "MG Special: 64.8% (793 won, 430 lost)")),
    ("Melvin Marxen", "what did we win from Treequote in Q4? and from Kan-code?",
     ("Treequote: $67,608 (23 won", "Kan-code: $91,971 (29 won")),
    ("Darcel Schlecht", "my won revenue in Q4? and company-wide?",
     ("You: $357,666 (94 won", "The company: $2,802,496 (1,196 won")),
    ("Darcel Schlecht", "won rev in q4 for me... how about my team", ("You: $357,666", "Your team: $670,788 (243 won")),
])  # fmt: skip
def test_a_figure_asked_again_of_another_side(seeded_engine: Engine, user: str, text: str,
                                              said: tuple[str, ...]) -> None:  # fmt: skip
    reply = _reply(seeded_engine, user, text)
    assert all(part in reply for part in said), reply


@pytest.mark.parametrize("text", [
    "what did we win from Treequote in Q4? and in Q3?",  # another period: read by the period sides
    "how many did i win in q4? and how many did i lose?",  # a question of its own
    "my won revenue in Q4 - for the west office",  # no "and": a filter, said as the asker said it
    "who's on my team? and cara's?",  # a roster, not a figure
    "Kami's won revenue in Q4? and kami's?",  # the same side again: nothing new
])  # fmt: skip
def test_tails_that_are_not_another_side_read_as_before(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert not (question.style == "compare" and any("owner" in s or "office" in s for s in question.sides)), question


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Melvin Marxen", "won revenue for Kami and Rosie in Q4",
     ("Kami Bicknell: $89,577 (51 won", "Rosie Papadopoulos: $58,496 (21 won")),
    ("Melvin Marxen", "Kami and Rosie's won revenue in Q4",
     ("Kami Bicknell: $89,577 (51 won", "Rosie Papadopoulos: $58,496 (21 won")),
    ("Melvin Marxen", "win rate for Kami and Rosie this year",
     ("Kami Bicknell: 64.0% (174 won, 98 lost)", "Rosie Papadopoulos: 64.5% (78 won, 43 lost)")),
    ("Melvin Marxen", "Kami, Rosie and Wilburn - won revenue in Q4?",
     ("Kami Bicknell: $89,577", "Rosie Papadopoulos: $58,496", "Wilburn Farren: $69,082 (22 won")),
    ("Melvin Marxen", "won revenue in Q4 for the east and west offices",
     ("East office: $824,853 (312 won", "West office: $989,861 (428 won")),
    ("Melvin Marxen", "Q4 won $ for Treequote & Kan-code", ("Treequote: $67,608", "Kan-code: $91,971")),
])  # fmt: skip
def test_names_in_a_row_each_get_their_figure(seeded_engine: Engine, user: str, text: str,
                                              said: tuple[str, ...]) -> None:  # fmt: skip
    reply = _reply(seeded_engine, user, text)
    assert all(part in reply for part in said), reply


@pytest.mark.parametrize(("text", "owners"), [
    ("won revenue for Kami and Rosie combined in Q4", ["Kami Bicknell", "Rosie Papadopoulos"]),
    ("kami + rosie won revenue in Q4", ["Kami Bicknell", "Rosie Papadopoulos"]),
    ("Kami and Rosie's wins together this year", ["Kami Bicknell", "Rosie Papadopoulos"]),
])  # fmt: skip
def test_names_said_to_be_added_up_stay_one_set(gazetteer: Gazetteer, text: str, owners: list[str]) -> None:
    question = ask(gazetteer, text)
    assert question.style != "compare" and question.scope.get("owners") == owners, question


def test_a_rep_and_accounts_are_not_names_in_a_row(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "Kami's won revenue from Treequote in Q4")
    assert question.style != "compare" and question.scope.get("owner") == "Kami Bicknell", question


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Melvin Marxen", "of my open deals, what % are prospecting", "Prospecting deals: 296 of your open deals of 511"),
    ("Melvin Marxen", "my open deals: what share are prospecting?", "Prospecting deals: 296 of your open deals of 511"),
    ("Melvin Marxen", "my open deals - what % of them are prospecting", "296 of your open deals of 511, i.e. 57.9%"),
    ("Darcel Schlecht", "my closed deals this year - what % did i lose", "204 of your closed deals of 553, i.e. 36.9%"),
])  # fmt: skip
def test_a_stage_share_with_the_whole_said_first(seeded_engine: Engine, user: str, text: str, said: str) -> None:
    reply = _reply(seeded_engine, user, text)
    assert said in reply, reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Melvin Marxen", "my open deals: how many are prospecting", "296 prospecting deals"),
    ("Melvin Marxen", "my open deals - which are prospecting?", "296 prospecting deals"),
])  # fmt: skip
def test_a_count_with_the_whole_said_first_stays_a_count(seeded_engine: Engine, user: str, text: str,
                                                         said: str) -> None:  # fmt: skip
    reply = _reply(seeded_engine, user, text)
    assert said in reply and "%" not in reply.split("\n")[0], reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Melvin Marxen", "my win rate this year? and the team's open count?",
     ("Your team: win rate 62.2% (882 won of 1,418 closed)", "Your team: 511 open deals")),  # a manager's "my": theirs
    ("Darcel Schlecht", "my win rate this year? and the team's open count?",
     ("You: win rate 63.1% (349 won of 553 closed)", "Your team: 511 open deals")),
    ("Darcel Schlecht", "my lost count for q4, and our team's win count", ("You: 65 lost deals", "Your team: 243 won")),
])  # fmt: skip
def test_a_team_figure_after_and_is_a_question_of_its_own(seeded_engine: Engine, user: str, text: str,
                                                          said: tuple[str, ...]) -> None:  # fmt: skip
    reply = _reply(seeded_engine, user, text)
    assert all(part in reply for part in said), reply
