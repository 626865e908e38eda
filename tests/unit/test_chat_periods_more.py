"""Periods the chat misread: months or quarters apart added up ("jan and mar combined"), "since" a day of a month
("since the 1st of march", "since mid-march"), and a period asked of the open pipeline as a follow-up (what was open
at its end, rebuilt from the engage and close dates)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from agents.context import ToolContext
from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.parser import Question, follow_up, tool_calls
from agents.periods import find_period, find_periods, parse_period, read_period
from agents.tools import CATALOGUE
from memory.users import get_user_by_name

TODAY = date(2017, 12, 31)
JAN, MAR = (date(2017, 1, 1), date(2017, 1, 31)), (date(2017, 3, 1), date(2017, 3, 31))


def ask(gazetteer: Gazetteer, text: str, *before: str) -> Question:
    question = None
    for said in (*before, text):
        question = follow_up(read_message(said, gazetteer, TODAY), question)
    assert question is not None
    return question


def _stats(engine: Engine, user: str, **args: Any) -> dict[str, Any]:
    with Session(engine, expire_on_commit=False) as s:
        ctx = ToolContext(engine=engine, user=get_user_by_name(s, name=user), today=TODAY)
    return CATALOGUE["deal_stats"].invoke(ctx, args).data


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("how much did I win in jan and mar 2017 combined?", (JAN, MAR)),
        ("jan + mar together", (JAN, MAR)),
        ("what did we book in march plus may", (MAR, (date(2017, 5, 1), date(2017, 5, 31)))),
        ("wins in both april and june", ((date(2017, 4, 1), date(2017, 4, 30)), (date(2017, 6, 1), date(2017, 6, 30)))),
        ("Q1 and Q3 together", ((date(2017, 1, 1), date(2017, 3, 31)), (date(2017, 7, 1), date(2017, 9, 30)))),
        ("revenue for q1 and q3 2016 in total", ((date(2016, 1, 1), date(2016, 3, 31)), (date(2016, 7, 1),
                                                 date(2016, 9, 30)))),
        ("dec 2016 and feb 2017 added up", ((date(2016, 12, 1), date(2016, 12, 31)), (date(2017, 2, 1),
                                            date(2017, 2, 28)))),
        ("jan, mar and may combined", (JAN, MAR, (date(2017, 5, 1), date(2017, 5, 31)))),
    ],
)  # fmt: skip
def test_months_apart_added_up_keep_their_parts(text: str, parts: tuple[tuple[date, date], ...]) -> None:
    period = read_period(text, TODAY)
    assert period is not None and period.parts == parts
    assert (period.start, period.end) == (parts[0][0], parts[-1][1])
    named = find_period(text, TODAY)  # the words the offline scope hands the tools, re-read the same
    assert named is not None and read_period(named.phrase, TODAY) == period
    assert parse_period(text, TODAY) is None  # no single run of days covers it


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("mar and apr combined", date(2017, 3, 1), date(2017, 4, 30)),  # next to each other: one run
        ("q1 and q2 together", date(2017, 1, 1), date(2017, 6, 30)),
        ("from jan to mar", date(2017, 1, 1), date(2017, 3, 31)),
        ("jan through mar", date(2017, 1, 1), date(2017, 3, 31)),
        ("between jan and mar", date(2017, 1, 1), date(2017, 3, 31)),
    ],
)
def test_runs_stay_runs(text: str, start: date, end: date) -> None:
    period = read_period(text, TODAY)
    assert period is not None and (period.start, period.end) == (start, end) and not period.parts


@pytest.mark.parametrize(
    "text", ["jan vs mar", "did I win more in jan or mar?", "jan and mar, which was better?", "compare q1 and q3"]
)
def test_months_set_side_by_side_are_not_added_up(text: str) -> None:
    assert [p.parts for p in find_periods(text, TODAY)] == [(), ()]


def test_comparisons_of_months_apart_still_compare(gazetteer: Gazetteer) -> None:
    for text in ("how much did I win in jan vs mar?", "between jan and mar, which month was better for me?"):
        q = ask(gazetteer, text)
        assert q.style in ("compare", "ranking")
        assert all(not read_period(side["period"], TODAY).parts for side in (q.scope, *q.sides) if "period" in side)


def test_a_combined_question_counts_only_its_months(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    q = ask(gazetteer, "how many deals did I win in may and july 2017 combined?")
    assert q.style == "figure"
    (call,) = tool_calls(q)
    both = _stats(seeded_engine, "Darcel Schlecht", **call.args)["groups"][0]["won"]
    one = [_stats(seeded_engine, "Darcel Schlecht", owner="me", stage="won", period=p)["groups"][0]["won"]
           for p in ("May 2017", "June 2017", "July 2017")]  # fmt: skip
    assert both == one[0] + one[2] and both < sum(one)


def test_combined_engage_months(seeded_engine: Engine) -> None:
    args = {"owner": "me", "date_field": "engage"}
    both = _stats(seeded_engine, "Darcel Schlecht", period="may plus july 2017", **args)["groups"][0]["deals"]
    may = _stats(seeded_engine, "Darcel Schlecht", period="may 2017", **args)["groups"][0]["deals"]
    july = _stats(seeded_engine, "Darcel Schlecht", period="july 2017", **args)["groups"][0]["deals"]
    assert both == may + july


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("how many deals did I win since the 1st of march?", date(2017, 3, 1)),
        ("since the first of march", date(2017, 3, 1)),
        ("since march 1st", date(2017, 3, 1)),
        ("since 1 march", date(2017, 3, 1)),
        ("since the start of march", date(2017, 3, 1)),
        ("since mid-march", date(2017, 3, 15)),
        ("since the middle of march", date(2017, 3, 15)),
        ("since the 15th of march 2016", date(2016, 3, 15)),
        ("since the 1st", date(2017, 12, 1)),
        ("since the 15th", date(2017, 12, 15)),
    ],
)
def test_since_a_day_runs_up_to_today(text: str, start: date) -> None:
    period = find_period(text, TODAY)
    assert period is not None and (period.start, period.end) == (start, TODAY)
    again = read_period(period.phrase or period.label, TODAY)  # as the tools re-read it
    assert again is not None and (again.start, again.end) == (start, TODAY)


def test_since_a_later_day_of_the_month_means_last_months() -> None:
    period = read_period("since the 20th", date(2017, 12, 5))
    assert period is not None and period.start == date(2017, 11, 20)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("before the 1st of march", None, date(2017, 2, 28)), ("after mid-march", date(2017, 3, 16), None),
     ("in march", date(2017, 3, 1), date(2017, 3, 31))],
)  # fmt: skip
def test_days_of_a_month_elsewhere(text: str, start: date | None, end: date | None) -> None:
    period = read_period(text, TODAY)
    assert period is not None
    assert (start is None or period.start == start) and (end is None or period.end == end)


def test_since_the_1st_of_march_in_the_chat(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "how many deals did I win since the 1st of march?")
    period = read_period(q.scope["period"], TODAY)
    assert period is not None and (period.start, period.end) == (date(2017, 3, 1), TODAY)


@pytest.mark.parametrize("follow", ["and last quarter?", "what about Q3?", "and at the end of june?"])
def test_a_period_after_the_open_pipeline_asks_what_was_open_then(gazetteer: Gazetteer, follow: str) -> None:
    q = ask(gazetteer, follow, "what is my open pipeline?")
    assert q.scope["stage"] == "open" and q.scope["date_field"] == "open_at"


@pytest.mark.parametrize(
    ("before", "follow"),
    [("how much did I win this quarter?", "and last quarter?"), ("my win rate in Q4?", "what about Q3?"),
     ("what is my open pipeline?", "and what did I win last quarter?")],
)  # fmt: skip
def test_results_follow_ups_still_count_closed_deals(gazetteer: Gazetteer, before: str, follow: str) -> None:
    assert ask(gazetteer, follow, before).scope.get("date_field") == "close"


def test_the_pipeline_open_at_a_quarters_end_is_rebuilt(seeded_engine: Engine, maven_dir: Path) -> None:
    data = _stats(seeded_engine, "Darcel Schlecht", owner="me", stage="open", period="Q3 2017", date_field="open_at")
    end = "2017-09-30"
    with (maven_dir / "sales_pipeline.csv").open() as f:
        rows = [r for r in csv.DictReader(f) if r["sales_agent"] == "Darcel Schlecht"]
    expected = [r for r in rows if r["engage_date"] and r["engage_date"] <= end
                and (not r["close_date"] or r["close_date"] > end)]  # fmt: skip
    g = data["groups"][0]
    assert g["deals"] == g["engaging"] == len(expected) > 0 and g["won"] == g["lost"] == g["prospecting"] == 0
    assert g["pipeline_value"] > 0 and any("open at the end of Q3 2017" in s for s in data["scope"])
    assert not any(s == "open deals" or s.startswith("closed") for s in data["scope"])


def test_prospecting_then_cannot_be_placed(seeded_engine: Engine) -> None:
    data = _stats(seeded_engine, "Darcel Schlecht", owner="me", stage="prospecting", period="Q3 2017",
                  date_field="open_at")  # fmt: skip
    assert data["groups"][0]["deals"] == 0


def test_the_open_pipeline_then_by_rep(seeded_engine: Engine) -> None:
    data = _stats(seeded_engine, "Rocco Neubert", owner="my team", stage="open", period="last quarter",
                  date_field="open_at", group_by="rep")  # fmt: skip
    assert data["groups"] and all(g["deals"] == g["engaging"] and g["won"] == 0 for g in data["groups"])
