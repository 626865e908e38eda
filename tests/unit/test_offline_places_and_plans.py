"""The offline parser on the blind8 classes of question: a place below the top ("my 3rd-largest win"), both ends of a
ranking at once, a colleague the asker is meeting (no scope), a period in a clause about what the asker will do next
(no filter), a pile of open deals ranked by how many, a move into Engaging dated by its engage date, open bounds on
an account's founding year, and years written "'16" or "the last quarter of 2016"."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.filters import account_bounds
from agents.offline.parser import Question, tool_calls
from agents.offline.positions import both_ends, ends, nth_deal, place
from agents.periods import find_period

TODAY = date(2017, 12, 31)


def ask(gazetteer: Gazetteer, text: str, today: date = TODAY) -> Question:
    return read_message(text, gazetteer, today)


@pytest.mark.parametrize(
    ("text", "n"),
    [(" which was my third-biggest deal ", 3), (" my 2nd largest win ", 2), (" who is runner-up on revenue ", 2),
     (" the second half of the year ", None), (" my biggest deal ", None)],
)  # fmt: skip
def test_a_place_is_an_ordinal_on_a_superlative(text: str, n: int | None) -> None:
    assert place(text) == n


def test_a_place_below_the_top_lists_down_to_it(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "not my top win, the 3rd-largest one - how much and with which company?")
    assert q.style == "list" and q.sort == "largest" and q.nth == 3
    assert tool_calls(q)[0].args["limit"] == 3


def test_the_answer_names_the_deal_at_that_place() -> None:
    q = Question("list", (), {}, sort="largest", nth=2)
    deals = [{"id": f"OPP{i}", "account": f"Acct{i}", "product": "GTK 500", "owner": "A Rep", "stage": "Won",
              "engage_date": "2017-01-02", "close_date": "2017-02-03", "value": v, "value_basis": "close value"}
             for i, v in enumerate((9000, 7000))]  # fmt: skip
    text = nth_deal(q, {"deals": deals, "scope": ["won deals"]}, "largest")
    assert text.startswith("The second-largest deal") and "OPP1 with Acct1" in text and "$7,000" in text


def test_a_runner_up_ranks_down_to_second(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "on our team who's the runner-up for won revenue?")
    assert q.style == "ranking" and q.group_by == "rep" and q.nth == 2 and q.top == 2


@pytest.mark.parametrize(
    "text",
    [" which office closes quickest and which one slowest ", " the best and the worst product by win rate ",
     " who has the most vs the fewest wins "],
)  # fmt: skip
def test_opposite_superlatives_ask_for_both_ends(text: str) -> None:
    assert both_ends(text)


def test_two_different_superlatives_are_not_both_ends() -> None:
    assert not both_ends(" which product has the most deals and the lowest win rate ")


def test_both_ends_rank_every_group(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "across the company, which office wins quickest and which one slowest on average?")
    assert q.style == "ranking" and q.group_by == "office" and q.ends and q.top is None
    assert q.measures[0] == "avg_cycle_days"


def test_both_ends_are_named_without_groups_lacking_the_figure() -> None:
    q = Question("ranking", ("win_rate",), {}, "rep", None, True, ends=True)
    groups = [{"group": "Nobody", "win_rate": None}, {"group": "Low", "win_rate": 40.0},
              {"group": "High", "win_rate": 70.0}]  # fmt: skip
    text = ends(q, {"groups": groups, "scope": []})
    assert "highest: High (70.0%)" in text and "lowest: Low (40.0%)" in text and "Nobody" not in text


@pytest.mark.parametrize(
    "text",
    ["prepping for my pipeline call with Summer: what's my win rate this year?",
     "before my one-on-one w/ Summer tomorrow, how many deals did I close in Q4?"],
)  # fmt: skip
def test_the_colleague_the_asker_meets_is_no_scope(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope["owner"] == "me"


def test_a_meeting_colleague_is_no_side_of_a_comparison(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "for my sync with Summer - my win rate on GTX Basic vs GTK 500?")
    assert q.style == "compare" and q.scope == {"owner": "me"}
    assert [s for s in q.sides] == [{"product": "GTX Basic"}, {"product": "GTK 500"}]


@pytest.mark.parametrize(
    "text",
    ["which of my MG Advanced deals are still open? planning to ring them all in march",
     "show my open GTX Basic opps so I can chase them in February"],
)  # fmt: skip
def test_a_period_in_what_the_asker_will_do_is_no_filter(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.scope.get("stage") == "open" and "period" not in q.scope


def test_a_period_in_the_question_itself_still_filters(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "I want to see how many deals I won in march. can you help?").scope["period"] == "march"


def test_a_pile_of_unearned_deals_is_ranked_by_count_with_its_total(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "how large is the engaging pile on my team right now, and which rep is sitting on the most?")
    assert q.style == "ranking" and q.measures == ("deals",) and q.scope["stage"] == "engaging"
    assert q.sides == ({},)  # the whole pile too


@pytest.mark.parametrize(
    "text",
    ["how many deals did my team move into the engaging stage in Q3, whatever they became later?",
     "count of opportunities I advanced to engaging during Q3"],
)  # fmt: skip
def test_a_move_into_engaging_is_dated_by_engage_date(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.scope["date_field"] == "engage" and "stage" not in q.scope


@pytest.mark.parametrize(
    ("text", "bound"),
    [("accounts founded in 2005 or later", ">=2005"), ("companies established in 1995 or earlier", "<=1995"),
     ("customers set up in 2012 onwards", ">=2012"), ("accounts founded in 2001", "2001-2001")],
)  # fmt: skip
def test_a_founding_year_with_an_open_tail(text: str, bound: str) -> None:
    assert account_bounds(text)[0]["founded"] == bound


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("wins from sep thru nov '16", date(2016, 9, 1), date(2016, 11, 30)),
     ("deals engaged in Q2 ’16", date(2016, 4, 1), date(2016, 6, 30)),
     ("the last quarter of 2016", date(2016, 10, 1), date(2016, 12, 31)),
     ("the final month of 2016", date(2016, 12, 1), date(2016, 12, 31)),
     ("last quarter", date(2017, 7, 1), date(2017, 9, 30))],
)  # fmt: skip
def test_years_written_short_or_after_an_edge_of_the_year(text: str, start: date, end: date) -> None:
    period = find_period(text, TODAY)
    assert period is not None and (period.start, period.end) == (start, end)


def test_a_decade_is_no_short_year() -> None:
    assert find_period("a company from the '90s", TODAY) is None
