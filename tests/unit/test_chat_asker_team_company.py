"""The asker measured against their team or the whole company, and a deal not engaged yet. Found by asking the
demo: "my avg deal size vs the team average" compared with the company, "how does my win rate compare to my
team's?" gave the team alone, "my win rate vs the company" the asker alone, and a Prospecting deal read
"engaged None"."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.parser import Question
from agents.offline.positions import deal_dates

TODAY = date(2017, 12, 31)
ME, TEAM, COMPANY = {"owner": "me"}, {"owner": "my team"}, {}


def ask(gazetteer: Gazetteer, text: str) -> Question:
    return read_message(text, gazetteer, TODAY)


@pytest.mark.parametrize(("text", "sides"), [
    ("what's my avg deal size vs the team average", (ME, TEAM)),
    ("how does my win rate compare to my team's?", (ME, TEAM)),
    ("my win rate vs the company", (ME, COMPANY)),
    ("average deal size for my team vs the company", (TEAM, COMPANY)),
    ("is the company's win rate better than mine?", (COMPANY, ME)),
    ("my cycle vs my team vs the whole company", (ME, TEAM, COMPANY)),
])  # fmt: skip
def test_the_asker_their_team_and_the_company_are_sides(gazetteer: Gazetteer, text: str, sides: tuple) -> None:
    q = ask(gazetteer, text)
    assert q.style == "compare" and q.sides == sides


@pytest.mark.parametrize("text", [
    "which of my reps beats the team average on win rate?",
    "my win rate this year",
    "how many deals did my team win?",
])  # fmt: skip
def test_one_side_or_a_ranking_is_no_comparison_of_people(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert not (q.style == "compare" and set(map(str, q.sides)) <= {str(ME), str(TEAM), str(COMPANY)})


def test_a_deal_not_engaged_yet_says_so() -> None:
    assert deal_dates({"engage_date": None, "close_date": None}) == "not engaged yet"
    assert (
        deal_dates({"engage_date": "2017-03-01", "close_date": "2017-04-02"}) == "engaged 2017-03-01, closed 2017-04-02"
    )
