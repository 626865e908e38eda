"""Days written in digits or named one by one. "what did I win on dec 29?" once read as all of December, "deals won on
2017-12-29" as the whole of 2017 and "on 12/29" as no period at all; each is now that one day. Runs of days with a
year on each end ("from 2017-07-01 to 2017-08-15") are the run. Figures checked against the Maven CSVs."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from agents.periods import find_period, read_period
from tests.unit.test_chat_round69 import _reply

TODAY = date(2017, 12, 31)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("what did I win on dec 29?", date(2017, 12, 29), date(2017, 12, 29)),
    ("deals won on 2017-12-29", date(2017, 12, 29), date(2017, 12, 29)),
    ("anything close on 12/29?", date(2017, 12, 29), date(2017, 12, 29)),
    ("closed on 29/12/2017", date(2017, 12, 29), date(2017, 12, 29)),
    ("wins on the 3rd of july", date(2017, 7, 3), date(2017, 7, 3)),
    ("from 2017-07-01 to 2017-08-15", date(2017, 7, 1), date(2017, 8, 15)),
    ("7/1/2017 - 8/15/2017", date(2017, 7, 1), date(2017, 8, 15)),
    ("jul 1 2017 to aug 15 2017", date(2017, 7, 1), date(2017, 8, 15)),
    ("from 12/15/2016 to 1/15/2017", date(2016, 12, 15), date(2017, 1, 15)),
    ("since 12/1", date(2017, 12, 1), date(2017, 12, 31)),
])  # fmt: skip
def test_days_named_or_in_digits_are_those_days(text: str, start: date, end: date) -> None:
    period = read_period(text, TODAY)
    assert period is not None and (period.start, period.end) == (start, end), period


@pytest.mark.parametrize(("text", "start", "end"), [
    ("won in dec 2017", date(2017, 12, 1), date(2017, 12, 31)),  # a month and its year
    ("dec 5 deals closed?", date(2017, 12, 1), date(2017, 12, 31)),  # a count after the month, not its 5th
    ("between jul 1 and aug 15", date(2017, 7, 1), date(2017, 8, 15)),
])  # fmt: skip
def test_months_and_runs_stay_as_they_were(text: str, start: date, end: date) -> None:
    period = read_period(text, TODAY)
    assert period is not None and (period.start, period.end) == (start, end), period


@pytest.mark.parametrize("text", ["3/4 of my deals are engaging", "we're on it 24/7", "what's 1/2 of my pipeline"])
def test_fractions_are_no_dates(text: str) -> None:
    assert read_period(text, TODAY) is None


def test_the_phrase_of_a_day_re_reads_as_the_day() -> None:
    period = find_period("deals won on 2017-12-29", TODAY)
    assert period is not None and read_period(period.phrase, TODAY) == read_period("dec 29 2017", TODAY)


@pytest.mark.parametrize(("text", "said"), [
    ("what did I win on dec 29?", "won revenue $1,140 from 2 won deals"),
    ("deals won on 2017-12-29", "You: 2 won deals"),
    ("how many deals did i close on 12/29?", "closed on 29 December 2017"),
    ("my won revenue from 2017-07-01 to 2017-08-15", "won revenue $167,572 from 51 won deals"),
    ("my won rev 7/1/2017 - 8/15/2017", "won revenue $167,572 from 51 won deals"),
    ("my won revenue on jul 3rd?", "won revenue $54 from 1 won deal"),
])  # fmt: skip
def test_a_days_figures(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert said in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("how many of my deals are still in engaging from before Q4?", "You: 83 engaging deals"),
    ("deals I engaged in july that are still engaging", "You: 66 engaging deals"),
    ("how many open deals did i have at the end of Q3", "You: 153 open deals"),  # the pipeline as it stood then
])  # fmt: skip
def test_deals_still_in_a_stage_from_a_period_past(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert said in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("am i ahead of last quarter?", ("Q4 2017: $357,666", "Q3 2017: $373,218")),
    ("am i ahead of where i was last quarter", ("Q4 2017: $357,666", "Q3 2017: $373,218")),
    ("are we behind last month?", ("December 2017:", "November 2017:")),
])  # fmt: skip
def test_ahead_of_or_behind_a_period_past(seeded_engine: Engine, text: str, said: tuple[str, ...]) -> None:
    reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert all(part in reply for part in said), reply
