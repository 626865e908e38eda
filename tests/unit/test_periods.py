"""Periods as reps name them: relative months and quarters, open ranges from a day, spans of months, and
every period of a message that names two."""

from __future__ import annotations

from datetime import date

import pytest

from agents.period_days import particular_days
from agents.periods import OPEN_END, OPEN_START, find_period, find_periods, parse_period

END_OF_YEAR = date(2017, 12, 31)


@pytest.mark.parametrize(
    ("text", "today", "start", "end"),
    [("the month before last", date(2017, 6, 30), date(2017, 4, 1), date(2017, 4, 30)),
     ("two months ago", END_OF_YEAR, date(2017, 10, 1), date(2017, 10, 31)),
     ("the quarter before last", END_OF_YEAR, date(2017, 4, 1), date(2017, 6, 30)),
     ("month before last", date(2017, 1, 15), date(2016, 11, 1), date(2016, 11, 30)),
     ("jan thru june", END_OF_YEAR, date(2017, 1, 1), date(2017, 6, 30)),
     ("between march and may", END_OF_YEAR, date(2017, 3, 1), date(2017, 5, 31)),
     ("since October", END_OF_YEAR, date(2017, 10, 1), END_OF_YEAR)],
)  # fmt: skip
def test_relative_periods_and_spans(text: str, today: date, start: date, end: date) -> None:
    period = parse_period(text, today)
    assert period is not None and (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("already engaging before 1 July?", OPEN_START, date(2017, 6, 30)),
     ("before july 1st", OPEN_START, date(2017, 6, 30)),
     ("prior to Q3", OPEN_START, date(2017, 6, 30)),
     ("after June 15", date(2017, 6, 16), OPEN_END)],
)  # fmt: skip
def test_open_ranges_from_a_day_or_period(text: str, start: date, end: date) -> None:
    period = find_period(text, END_OF_YEAR)
    assert period is not None and (period.start, period.end) == (start, end)
    assert "1900" not in str(period) and "2999" not in str(period)


@pytest.mark.parametrize("text", ["want to loop them in before I reply", "before she goes on leave", "since when?"])
def test_before_and_since_without_a_date_are_no_period(text: str) -> None:
    assert parse_period(text, END_OF_YEAR) is None


@pytest.mark.parametrize(
    ("text", "phrases"),
    [("what did I book in Q3, what have I booked this quarter, and what's the gap", ["q3", "this quarter"]),
     ("q2 or q3", ["q2", "q3"]),
     ("my q4 2017 numbers vs q3", ["q4 2017", "q3"]),
     ("from march to may 2017", ["march to may 2017"]),
     ("won in Q3", ["q3"])],
)  # fmt: skip
def test_every_period_a_message_names(text: str, phrases: list[str]) -> None:
    assert [p.phrase for p in find_periods(text, END_OF_YEAR)] == phrases


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("from Aug 15 through Sep 15", date(2017, 8, 15), date(2017, 9, 15)),
     ("over the holidays (dec 25-31)", date(2017, 12, 25), date(2017, 12, 31)),
     ("15 aug to 15 sep", date(2017, 8, 15), date(2017, 9, 15)),
     ("between 1 and 15 june", date(2017, 6, 1), date(2017, 6, 15)),
     ("may 3 to 9", date(2017, 5, 3), date(2017, 5, 9))],
)  # fmt: skip
def test_a_run_of_days(text: str, start: date, end: date) -> None:
    period = find_period(text, END_OF_YEAR)
    assert period is not None and (period.start, period.end) == (start, end)
    again = parse_period(period.phrase, END_OF_YEAR)  # the phrase re-parses to the same days
    assert again is not None and (again.start, again.end) == (start, end)


@pytest.mark.parametrize("text", ["on mar 31, jun 30, sep 30 or dec 31", "aug 15", "since 2017-07-01"])
def test_days_that_are_no_run(text: str) -> None:
    period = parse_period(text, END_OF_YEAR)
    assert period is None or "to" not in period.label.split(" (")[0] or period.start.day == 1


@pytest.mark.parametrize(
    ("text", "start", "end", "days"),
    [("won ON the last day of a quarter this year (mar 31, jun 30, sep 30, dec 31)", date(2017, 1, 1),
      date(2017, 12, 31), [date(2017, 3, 31), date(2017, 6, 30), date(2017, 9, 30), date(2017, 12, 31)]),
     ("closed on the first day of the month", date(2017, 7, 1), date(2017, 9, 30),
      [date(2017, 7, 1), date(2017, 8, 1), date(2017, 9, 1)]),
     ("booked on quarter-end", date(2017, 4, 1), date(2017, 9, 30), [date(2017, 6, 30), date(2017, 9, 30)]),
     ("deals I closed on mar 31 or jun 30", date(2017, 1, 1), date(2017, 12, 31),
      [date(2017, 3, 31), date(2017, 6, 30)])],
)  # fmt: skip
def test_particular_days(text: str, start: date, end: date, days: list[date]) -> None:
    found = particular_days(text, start, end)
    assert found is not None and found[0] == days
    assert parse_period(found[1], END_OF_YEAR) is None or "mar" not in found[1]  # the listed days are no period


@pytest.mark.parametrize(
    "text",
    ["how much did I close by the end of the quarter", "what did I win on mar 31", "the last day of the quarter is a "
     "friday, how's my pipe", "deals from mar 31 to jun 30"],
)  # fmt: skip
def test_no_particular_days(text: str) -> None:
    assert particular_days(text, date(2017, 1, 1), date(2017, 12, 31)) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [("did i close anything yesterday?", date(2017, 12, 30)), ("what did we book today", END_OF_YEAR),
     ("wins the day before yesterday", date(2017, 12, 29))],
)  # fmt: skip
def test_one_day(text: str, day: date) -> None:
    period = parse_period(text, END_OF_YEAR)
    assert period is not None and period.start == period.end == day


@pytest.mark.parametrize("text", ["days each has been open (engage date up to today)", "as of today", "until today"])
def test_today_that_only_ends_a_span_is_no_period(text: str) -> None:
    assert parse_period(text, END_OF_YEAR) is None and find_periods(text, END_OF_YEAR) == []
