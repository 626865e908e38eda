"""Reading numbers out of answers: every form a fair answer uses, and nothing a stray id or date would add."""

from __future__ import annotations

import pytest

from bot.evals.numbers import close_enough, mentions_number, read_numbers


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("You have 194 open deals.", [194]),
        ("won revenue: 1,234", [1234]),
        ("1234.5", [1234.5]),
        ("$1,153,214.00 in total", [1153214]),
        ("$1.2M", [1_200_000]),
        ("about 12k", [12_000]),
        ("$12.5K", [12_500]),
        ("1.2k", [1_200]),
        ("3bn", [3e9]),
        ("4mm and 4MM", [4e6, 4e6]),
        ("1.15 million", [1_150_000]),
        ("5 Million", [5_000_000]),
        ("12 thousand", [12_000]),
        ("63.2%", [63.2]),
        ("63.2 %", [63.2]),
        ("win rate 61.0 percent", [61.0]),
        ("0.5%", [0.5]),
        ("€ 1,200 or £7", [1200, 7]),
        (".5 of it", [0.5]),
        ("115, 72, 8 and 1", [115, 72, 8, 1]),
        ("115,72,8,1", [115, 72, 8, 1]),
        ("won/lost: 161 / 100", [161, 100]),
        ("(12)", [12]),
        ("#1 rep", [1]),
        ("It took 51.8 days.", [51.8]),
        ("194.", [194]),
        ("-5 deals", [-5]),
        ("-$1,200", [-1200]),
        ("10-5", [10, 5]),
        ("2016-2017", [2016, 2017]),
        ("a 12-month contract", [12]),
        ("id=42", [42]),
    ],
)
def test_reads_the_forms_answers_use(text: str, values: list[float]) -> None:
    assert read_numbers(text) == pytest.approx(values)


@pytest.mark.parametrize(
    "text",
    [
        "61IKUAZI",
        "M7I5O9YU",
        "4DLY9ZDH, YTGQKC7A and W2K1S9N3",
        "Q4",
        "FY17 H1",
        "1st, 2nd, 3rd and 4th",
        "10x",
        "12kg",
        "version v1.2.3",
        "at 09:14",
        "9:30 am",
        "",
        "no digits here",
    ],
)
def test_ids_quarters_ordinals_and_times_are_not_numbers(text: str) -> None:
    assert read_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "2017-12-31",
        "as of 2017-12-31.",
        "2017-05-02T09:14",
        "2017-12-31 09:14:00",
        "2017/12/31",
        "12/31/2017",
        "31.12.2017",
        "Dec 31, 2017",
        "December 31st 2017",
        "31 December 2017",
        "the 31st of December 2017",
        "2017-12",
    ],
)
def test_a_date_states_its_year_only(text: str) -> None:
    assert read_numbers(text) == [2017]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("closes Dec 31.", []),
        ("12/31/17", []),
        ("in March 12 deals were engaged", [12]),  # a count after a month name is still a count
        ("May 3 deals slip", [3]),
        ("Q4 2017: $106,195", [2017, 106195]),
    ],
)
def test_dates_without_years_and_counts_after_months(text: str, values: list[float]) -> None:
    assert read_numbers(text) == values


@pytest.mark.parametrize(
    ("found", "expected", "ok"),
    [
        (1_150_000, 1_153_214, True),  # $1.15M for 1,153,214: within 1%
        (1_200_000, 1_153_214, False),  # $1.2M: 4% off
        (61.0, 61.0, True),
        (60.5, 61.0, True),
        (60.3, 61.0, False),
        (0.0, 0.0, True),
        (0.001, 0.0, False),
        (-194, 194, False),
    ],
)
def test_one_percent_relative_tolerance(found: float, expected: float, ok: bool) -> None:
    assert close_enough(found, expected) is ok


@pytest.mark.parametrize(
    ("text", "expected", "ok"),
    [
        ("You have 194 open deals.", 194, True),
        ("You have 195 open deals.", 194, True),  # 0.5% off
        ("You have 196 open deals.", 194, False),
        ("Won revenue $1.15M", 1_153_214, True),
        ("Won revenue $1.2M", 1_153_214, False),
        ("win rate 61.0%", 61.0, True),
        ("win rate 0.61", 61.0, False),  # a percentage is compared as its number
        ("You have no open deals", 0, True),
        ("None of your deals are open", 0, True),
        ("zero open deals", 0, True),
        ("0 open deals", 0, True),
        ("nothing open", 0, False),
        ("There are 3 notes on it", 0, False),  # "no" only as a whole word
        ("Q4 revenue: $5,000", 4, False),
        ("as of 2017-12-31 you have 15", 12, False),
        ("as of 2017-12-31 you have 15", 31, False),
        ("61IKUAZI is open", 61, False),
        ("opportunity 61IKUAZI", 61.0, False),
        ("engaged in 2017", 2017, True),
        ("closed 2017-12-31", 2017, True),
    ],
)
def test_mentions_number(text: str, expected: float, ok: bool) -> None:
    assert mentions_number(text, expected) is ok
