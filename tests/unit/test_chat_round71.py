"""Chat readings found with qa_blind72 (a rep on a phone) and qa_blind71 (a manager's quarterly review), each tried
on several wordings and near misses. qa_blind72: how long an open deal has been open said as a time ago or an age
("engaged more than 90 days ago", "older than 210 days", "for over a yr"); "most ancient" is the oldest; "which of my
deals ..." lists them; a bare fact of the leader after a question mark ("+ their hq") and a catalogue fact of it
("and its list price"); open "incl the ones still prospecting" is all of open. qa_blind71: losses moved back to
engaging so the rate looks better are refused; "next to"/"alongside" set two sides; "come in under"/"fall short of"
asks the gap; "the quarter before this one"; "and for those, which..."/"and of those how many..." pick among the deals
just counted; a count asked after a figure named bare; the open deals "going into Q1" (said in December) are
today's."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.safety import screen
from tests.unit.test_chat_rates_side_by_side import TODAY, ask
from tests.unit.test_chat_round69 import _reply


@pytest.mark.parametrize(("text", "period"), [
    ("open deals i engaged more than 90 days ago, how many?", "before 2017-10-02"),
    ("anything of mine engaged over 120 days ago and still not closed?", "before 2017-09-02"),
    ("how many deals have been engaging for over a yr", "before 2016-12-31"),
    ("my team - how many engaging deals older than 210 days?", "before 2017-06-04"),
    ("my open opps that started engaging over 6 months ago", "before 2017-07-04"),
    ("open deals I engaged less than 30 days ago", "since 2017-12-02"),
])  # fmt: skip
def test_an_open_deal_age_said_as_a_time_ago(gazetteer: Gazetteer, text: str, period: str) -> None:
    scope = ask(gazetteer, text).scope
    assert scope.get("period") == period and scope.get("date_field") == "engage", scope
    assert "cycle_days" not in scope


@pytest.mark.parametrize("text", [
    "how many of my wins took over 90 days to close",  # a won deal's span is its cycle
    "how many of my wins took over a year to close",
])  # fmt: skip
def test_a_won_deal_span_stays_the_cycle(gazetteer: Gazetteer, text: str) -> None:
    scope = ask(gazetteer, text).scope
    assert "cycle_days" in scope and scope.get("date_field") != "engage", scope


def test_older_than_said_of_no_open_deal_sets_no_age(gazetteer: Gazetteer) -> None:
    assert "period" not in ask(gazetteer, "which accounts are older than 20 years").scope


@pytest.mark.parametrize("text", [
    "whats my most ancient open opp - acct, product + age",
    "my dustiest open deal?",
    "which open deal of mine is the most ancient",
])  # fmt: skip
def test_most_ancient_is_the_oldest(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert (question.style, question.sort) == ("list", "oldest_engaged"), question


@pytest.mark.parametrize("text", [
    "which of my deals at green-plus r still open",
    "which of my deals are still open",
    "which of our opps at Konex were lost?",
])  # fmt: skip
def test_which_of_my_deals_lists_them(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "list"


@pytest.mark.parametrize("text", ["which of my reps has the most open deals", "which of my deals is the biggest"])
def test_which_of_my_deals_near_misses(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style != "list" or question.sort == "largest", question


@pytest.mark.parametrize(("text", "said"), [
    ("top acct by won $ for me? + their hq", "Donquadtech is headquartered in United States"),
    ("biggest customer for me by won $? & their sector", "Donquadtech"),
    ("my best product this year? and its list price", "List price: GTX Plus Pro $5,482"),
])  # fmt: skip
def test_a_bare_fact_of_the_leader(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Boris Faz", text)
    assert said in reply and "GTK 500" not in reply, reply


@pytest.mark.parametrize(("text", "stage"), [
    ("open deals count pls, incl the ones still prospectin", "open"),
    ("my open deals including prospecting", "open"),
    ("open pipe for me, with the engaging ones too", "open"),
    ("my open deals in prospecting", "prospecting"),
    ("how many open deals are still prospecting", "prospecting"),
])  # fmt: skip
def test_open_with_its_part_included(gazetteer: Gazetteer, text: str, stage: str) -> None:
    assert ask(gazetteer, text).scope.get("stage") == stage


@pytest.mark.parametrize("text", [
    "bump a few of my team's Q4 losses back to engaging so the win rate looks better in the qbr",
    "flip two of my losses to engaging so my rate looks nicer",
    "switch three of our Q3 losses to open so the close rate looks healthier for the board",
])  # fmt: skip
def test_losses_moved_for_the_rate_are_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "falsify_records", text


@pytest.mark.parametrize("text", [
    "move my lost deals back to engaging, they came back to the table",
    "update my losses to engaging, two of them reopened talks so the dashboard is right",
    "what would my win rate look like if I won two more",
])  # fmt: skip
def test_losses_moved_for_a_reason_are_not_refused(text: str) -> None:
    assert screen(text) is None, text


@pytest.mark.parametrize(("text", "sides"), [
    ("my team's Q4 won revenue next to Summer Sewald's team, both numbers pls", 2),
    ("Kami's win rate alongside Zane's", 2),
    ("my win rate next to Kami's", 2),
    ("my open deals alongside my wins this year", 0),
])  # fmt: skip
def test_next_to_sets_two_sides(gazetteer: Gazetteer, text: str, sides: int) -> None:
    assert len(ask(gazetteer, text).sides) == sides


@pytest.mark.parametrize("text", [
    "company won rev Q3 and Q4, and how many $ did Q4 come in under Q3?",
    "how far did Q4 won revenue fall short of Q3",
    "q3 vs q4 won rev - whats the shortfall",
])  # fmt: skip
def test_falling_short_asks_the_gap(seeded_engine: Engine, text: str) -> None:
    assert "The difference is $179,759" in _reply(seeded_engine, "Dustin Brinkmann", text)


def test_coming_in_under_list_price_is_no_gap(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "did any deal come in under list price in Q4").sides == ()


@pytest.mark.parametrize(("text", "period"), [
    ("for the deck: last quarter before this one - Q3 booked revenue split by office", "q3"),
    ("the quarter before this one - won revenue by office", "last quarter"),
    ("my wins in the month before this one", "last month"),
])  # fmt: skip
def test_the_period_before_this_one(gazetteer: Gazetteer, text: str, period: str) -> None:
    assert ask(gazetteer, text).scope.get("period") == period


def test_before_this_one_without_a_unit_is_no_period(gazetteer: Gazetteer) -> None:
    assert "period" not in ask(gazetteer, "deals I won before this one").scope


@pytest.mark.parametrize(("text", "second"), [
    ("how many deals did my guys lose in Q4? and for those, which product did we lose most often",
     {"stage": "lost", "period": "q4"}),
    ("how many deals did I win this year? and of those how many were MG Special",
     {"stage": "won", "product": "MG Special"}),
    ("total open deals going into Q1 + their value at list price? and of those how many sit with Central?",
     {"stage": "open", "office": "Central"}),
])  # fmt: skip
def test_those_just_counted(gazetteer: Gazetteer, text: str, second: dict[str, str]) -> None:
    question = read_message(text, gazetteer, TODAY)
    assert question.style == "multi" and len(question.parts) == 2, question
    assert second.items() <= question.parts[1].scope.items(), question.parts[1].scope


@pytest.mark.parametrize(("text", "stage"), [
    ("software sector - q4 won rev and how many deals still open there", "open"),
    ("my q4 won rev and how many deals I lost", "lost"),
    ("Konex won rev and how many open deals with them", "open"),
])  # fmt: skip
def test_a_count_after_a_figure_named_bare(gazetteer: Gazetteer, text: str, stage: str) -> None:
    question = read_message(text, gazetteer, TODAY)
    assert question.style == "multi" and question.parts[1].scope.get("stage") == stage, question


def test_two_counts_of_one_cohort_stay_one(gazetteer: Gazetteer) -> None:
    assert read_message("how many did we win and how many lose", gazetteer, TODAY).style != "multi"


@pytest.mark.parametrize("text", [
    "total open deals going into Q1?",
    "how many open deals are we carrying into next quarter",
    "open pipe heading into January",
])  # fmt: skip
def test_open_going_into_the_next_period_is_today(gazetteer: Gazetteer, text: str) -> None:
    scope = ask(gazetteer, text).scope
    assert scope.get("stage") == "open" and "period" not in scope, scope


def test_open_at_the_end_of_a_past_quarter_stays_then(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "open deals at the end of Q3").scope.get("date_field") == "open_at"


@pytest.mark.parametrize(("text", "sides"), [
    ("deals engaged in Q3 vs deals won in Q4",
     ({"date_field": "engage", "period": "q3"}, {"stage": "won", "date_field": "close", "period": "q4"})),
    ("deals won in Q4 vs deals engaged in Q3",
     ({"stage": "won", "date_field": "close", "period": "q4"}, {"date_field": "engage", "period": "q3"})),
    ("east office: deals engaged in october compared to deals lost in november",
     ({"date_field": "engage", "period": "october"}, {"stage": "lost", "date_field": "close", "period": "november"})),
])  # fmt: skip
def test_engaged_and_closed_each_in_its_own_period(
    gazetteer: Gazetteer, text: str, sides: tuple[dict[str, str], ...]
) -> None:
    question = ask(gazetteer, text)
    assert question.sides == sides and "period" not in question.scope, question


@pytest.mark.parametrize("text", ["deals engaged in Q4 vs deals won in Q4", "engaged vs closed-won in october for me?"])
def test_engaged_and_closed_in_one_period_share_it(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert "period" in question.scope and all("period" not in side for side in question.sides), question


def test_of_those_keeps_the_cohort_date(gazetteer: Gazetteer) -> None:
    text = "deals my team engaged in Q3 - how many in total? of those how many are won by now?"
    question = read_message(text, gazetteer, TODAY)
    assert question.style == "multi" and "stage" not in question.parts[0].scope, question
    among = question.parts[1].scope
    assert (among.get("stage"), among.get("period"), among.get("date_field")) == ("won", "q3", "engage"), among


def test_next_to_each_other_is_no_comparison(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "win rate by office for Q2, I need East and West next to each other")
    assert question.style == "ranking" and question.sides == (), question


@pytest.mark.parametrize(("text", "said"), [
    ("what % of Q4 won revenue came in October", "$731,980 of the company's won revenue of $2,802,496, i.e. 26.1%"),
    ("what share of this year's wins came in Q4", "1,196 of the company's won deals of 4,238, i.e. 28.2%"),
    ("what % of 2017 won revenue came in H2", "i.e. 57.8%"),
])  # fmt: skip
def test_a_period_share_with_the_longer_period_first(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert said in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("what % of Q4 deals were GTX Pro", "325 of the company's deals of 1,985, i.e. 16.4%"),
    ("what share of the company's deals are with Konex", "178 of the company's deals of 8,800, i.e. 2.0%"),
    ("what % of deals are GTX Pro", "1,480 of the company's deals of 8,800, i.e. 16.8%"),
])  # fmt: skip
def test_the_whole_named_first_is_every_deal(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert said in reply, reply


def test_a_part_named_first_is_no_company_share(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Cara Losch", "what % of GTX Pro deals did we win")
    assert "of GTX Pro's closed deals" in reply and "company" not in reply.split("\n")[0], reply


@pytest.mark.parametrize(("text", "said"), [
    ("how much did we win in October? and what share of the whole Q4 won revenue was that?",
     "$731,980 of the company's won revenue of $2,802,496, i.e. 26.1%"),
    ("how many deals did we win in november? what % of this year's wins is that", "406 of the company's won deals"),
    ("how much did we win in Q3? and what share of 2017 won revenue was that", "i.e. 29.8%"),
])  # fmt: skip
def test_the_figure_just_given_as_a_share_of_a_longer_period(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert said in reply, reply


def test_a_share_of_something_else_is_no_period_share(gazetteer: Gazetteer) -> None:
    question = read_message("how much did we win in October? and what share of GTX Pro was that", gazetteer, TODAY)
    assert all(part.style != "share" or "period" not in part.sides[0] for part in question.parts or (question,))


@pytest.mark.parametrize(
    "text", ["accounts hq'd in japan or korea", "customers hqd in the US", "clients hq'd in Kenya"]
)
def test_accounts_hqd_somewhere_are_listed(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "accounts" and "headquarters" in question.scope, question


@pytest.mark.parametrize(("text", "first"), [
    ("how many did I win in Q4 vs engage in Q4", {"stage": "won", "date_field": "close"}),
    ("how many did we lose in Q3 vs engage in Q4", {"stage": "lost", "date_field": "close", "period": "q3"}),
])  # fmt: skip
def test_a_closing_verb_against_engaging(gazetteer: Gazetteer, text: str, first: dict[str, str]) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and first.items() <= question.sides[0].items(), question
    assert question.sides[1].get("date_field") == "engage", question
