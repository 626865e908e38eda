"""Who is who in the sales org, asked in chat and answered from the users table (team_info): the managers (of an
office or all), one person's manager or office, and how many reps there are in all. Near misses stay deal
questions: a manager's team ranked by what it won, the rep working an account, reps with deals somewhere."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from agents.context import ToolContext
from agents.offline.entities import Gazetteer
from agents.tools.people import TeamInfoArgs, team_info
from bot.errors import NotFoundError
from memory.models import User
from tests.unit.test_chat_rates_side_by_side import ask
from tests.unit.test_chat_round69 import _reply


@pytest.mark.parametrize(("text", "said"), [
    ("who manages the west office", "2 managers in the West office, over 12 reps: Celia Rouche"),
    ("who runs central", "2 managers in the Central office, over 11 reps: Dustin Brinkmann"),
    ("who are the managers in the East office?", "2 managers in the East office"),
    ("who are the managers", "6 managers, over 35 reps"),
    ("how many managers do we have", "6 managers, over 35 reps"),
    ("list our sales managers pls", "6 managers"),
])  # fmt: skip
def test_the_managers(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert said in reply, reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Cara Losch", "who is Vicki Laflamme's manager", "Vicki Laflamme reports to Celia Rouche (West office)."),
    ("Cara Losch", "who does vicki report to", "Vicki Laflamme reports to Celia Rouche"),
    ("Boris Faz", "who is my manager", "Boris Faz reports to Rocco Neubert (East office)."),
    ("Cara Losch", "who's Boris Faz's boss?", "Boris Faz reports to Rocco Neubert"),
    ("Cara Losch", "which office is Boris Faz in", "Boris Faz is in the East office."),
    ("Cara Losch", "what region is Kami Bicknell in?", "Kami Bicknell is in the West office."),
])  # fmt: skip
def test_one_persons_place_in_the_org(seeded_engine: Engine, user: str, text: str, said: str) -> None:
    reply = _reply(seeded_engine, user, text)
    assert said in reply, reply


@pytest.mark.parametrize("text", ["how many reps do we have", "how many salespeople are there in total?"])
def test_the_whole_sales_force_counted(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert "The company has 35 reps." in reply, reply


@pytest.mark.parametrize(("text", "style"), [
    ("which manager's team won the most in 2017", "ranking"),
    ("who manages the Kan-code account", "ranking"),  # the rep working it, by what they won there
    ("who's on Summer Sewald's team", "roster"),
    ("which manager has the best win rate", "ranking"),
])  # fmt: skip
def test_deal_questions_about_managers_stay_deal_questions(gazetteer: Gazetteer, text: str, style: str) -> None:
    assert ask(gazetteer, text).style == style


def test_reps_with_deals_somewhere_are_no_head_count(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Cara Losch", "how many reps do we have with open deals at Kan-code")
    assert "9 different reps with open deals" in reply, reply


def test_an_unknown_person_or_office_is_named(seeded_engine: Engine) -> None:
    with Session(seeded_engine) as session:
        user = session.exec(select(User).where(User.name == "Cara Losch")).one()
        session.expunge(user)
    ctx = ToolContext(engine=seeded_engine, user=user, today=date(2017, 12, 31))
    with pytest.raises(NotFoundError, match="Zebedee"):
        team_info(ctx, TeamInfoArgs(person="Zebedee Quux"))
    with pytest.raises(NotFoundError, match="the offices are Central, East, West"):
        team_info(ctx, TeamInfoArgs(office="Atlantis"))


@pytest.mark.parametrize(("text", "said"), [
    ("which office has the most reps", "East and West have the most reps (12). Reps by office: East 12, West 12, "
     "Central 11 (35 in all)."),
    ("reps per office?", "Reps by office: East 12, West 12, Central 11"),
    ("which office has the fewest reps", "Central has the fewest reps (11)."),
    ("how many reps does each manager have", "Dustin Brinkmann 5 (35 in all)."),
    ("which manager has the biggest team", "Rocco Neubert and Summer Sewald have the most reps (6)."),
])  # fmt: skip
def test_team_sizes(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert said in reply, reply


@pytest.mark.parametrize(
    "text", ["which office has the most won deals", "which manager's team has the most open deals"]
)
def test_an_offices_deals_are_no_team_size(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "ranking"


@pytest.mark.parametrize("text", [
    "pls tell me my win rate for the 2nd quarter 2017, I need it for the meeting with my boss",
    "how many deals did I win in Q4? my manager wants to know",
    "draft a note to Konex, cc my manager",
])  # fmt: skip
def test_a_boss_named_in_passing_asks_no_org_question(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style != "org"


@pytest.mark.parametrize("text", ["Vicki Laflamme's manager?", "my boss pls"])
def test_the_manager_alone_is_the_question(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert (question.style, question.facts) == ("org", ("manager",)), question


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Cara Losch", "who reports to Celia Rouche", "Celia Rouche has 6 reps: Vicki Laflamme"),
    ("Cara Losch", "who works for Rocco Neubert?", "Rocco Neubert has 6 reps: Cassey Cress"),
    ("Cara Losch", "who reports to me", "Your team has 6 reps: Corliss Cosme"),
])  # fmt: skip
def test_who_reports_to_a_manager_is_the_team(seeded_engine: Engine, user: str, text: str, said: str) -> None:
    reply = _reply(seeded_engine, user, text)
    assert said in reply, reply


def test_who_i_report_to_is_my_manager(seeded_engine: Engine) -> None:
    assert "Boris Faz reports to Rocco Neubert" in _reply(seeded_engine, "Boris Faz", "who do I report to")


def test_an_offices_people_and_its_managers(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Cara Losch", "who's in the West office, and who are the managers over there?")
    assert "West office has 12 reps: Vicki Laflamme" in reply and "Managers: Celia Rouche, Summer Sewald" in reply


@pytest.mark.parametrize(("text", "said"), [
    ("which reps have no manager", "Every one of the 35 reps has a manager on record."),
    ("anyone in the west office without a manager?", "Every one of the 12 reps in the West office has a manager"),
])  # fmt: skip
def test_reps_without_a_manager(seeded_engine: Engine, text: str, said: str) -> None:
    assert said in _reply(seeded_engine, "Cara Losch", text)


@pytest.mark.parametrize("text", ["which reps have no open deals", "deals with no manager sign-off"])
def test_no_manager_near_misses(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style != "org"


@pytest.mark.parametrize(("text", "said"), [
    ("what's our average win rate per rep", "The company: win rate 63.2% (4,238 won of 6,711 closed)."),
    ("avg win rate per rep on my team this year", "Your team: win rate 64.4% (480 won of 745 closed)."),
])  # fmt: skip
def test_a_rate_per_rep_is_the_pooled_rate(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert said in reply and "per rep over" not in reply, reply


def test_revenue_per_rep_is_still_shared_out(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Cara Losch", "what's our won revenue per rep on average")
    assert "$285,872 per rep over 35 reps" in reply, reply
