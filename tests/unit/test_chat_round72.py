"""Chat readings found with qa_blind73 (a sales-ops analyst exploring accounts and products), each tried on several
wordings and near misses: how-to help for office software is refused ("how do i set up a vlookup in excel"); an
account's facts changed to keep it out of a report are refused; the parent's other subsidiaries asked without the
word "sister"; a group's combined headcount; accounts counted and ranked on a fact in one breath; accounts found
by their facts, then ranked by deals "of those"; a product's list price with a count of its deals."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from agents.safety import screen
from tests.unit.test_chat_rates_side_by_side import ask
from tests.unit.test_chat_round69 import _reply


@pytest.mark.parametrize("text", [
    "how do i set up a vlookup in excel to match my acct list against another sheet",
    "whats the excel formula to count duplicate account names",
    "What's the formula in Excel to split first and last names?",
    "walk me through making an outlook rule so Konex emails go in a folder",
    "can you show me how to do a mail merge in word for the Konex contacts",
    "how do I add a chart in powerpoint for the Q4 review deck",
])  # fmt: skip
def test_office_software_how_to_is_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "out_of_scope", text


@pytest.mark.parametrize("text", [
    "give me a pivot of won $ by sector",
    "export my open deals to excel",
    "how do i work out my win rate",
    "whats the formula for win rate",
    "how should i handle the pricing formula Konex asked about",
    "Konex uses excel macros for their forecasting, how do i pitch GTX Pro to them",
    "how do i add a new contact to the Konex account",
])  # fmt: skip
def test_sales_questions_near_office_words_pass(text: str) -> None:
    assert screen(text) is None, text


@pytest.mark.parametrize("text", [
    "change Ganjaflex's HQ to United States in the CRM so it stops showing in the intl report",
    "set Kan-code's sector to retail so it doesn't count in the software numbers",
    "switch the country on Hottechi to US to keep it off the APAC list",
    "update Konex headcount to 9,000 so they drop out of the enterprise report",
])  # fmt: skip
def test_account_facts_changed_to_leave_a_report_are_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "falsify_records", text


@pytest.mark.parametrize("text", [
    "change Ganjaflex HQ to United States, they moved head office to Austin in October",
    "why does Ganjaflex keep showing in the intl report?",
    "update the Kan-code deal stage to won so it shows in the Q4 report - they signed yesterday",
])  # fmt: skip
def test_corrections_and_questions_about_a_report_pass(text: str) -> None:
    assert screen(text) is None, text


@pytest.mark.parametrize("text", [
    "who's the parent co of Faxquote?? and what other accts sit under that same parent",
    "which accounts share a parent with Faxquote",
    "faxquote's parent - and the other cos under it?",
])  # fmt: skip
def test_the_other_accounts_under_the_same_parent(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Cassey Cress", text)
    assert "2 sister companies under Sonron: Gogozoom, Treequote" in reply, reply


@pytest.mark.parametrize(("text", "facts"), [
    ("what other accounts sit under Sonron", ("subsidiaries",)),  # the parent named: its own subsidiaries
    ("what accts sit under Faxquote", ("subsidiaries",)),
])  # fmt: skip
def test_accounts_under_a_named_parent_are_its_subsidiaries(gazetteer: Gazetteer, text: str, facts: tuple) -> None:
    assert ask(gazetteer, text).facts == facts


@pytest.mark.parametrize(("text", "said"), [
    ("which cos roll up under Inity, and whats the combined headcount of the whole group incl Inity itself?",
     "has 11,829 employees combined"),
    ("total employees across the Inity group", "has 11,829 employees combined"),
    ("Inity group headcount", "has 11,829 employees combined"),
    ("how many people work at Sonron and its subsidiaries combined", "has 19,485 employees combined"),
])  # fmt: skip
def test_a_groups_combined_headcount(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Melvin Marxen", text)
    assert said in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("how many people work at Inity", "Inity has 8,801 employees."),
    ("headcount at Inity and at Scottech", "Inity has 8,801 employees."),
])  # fmt: skip
def test_one_companys_own_headcount_stays_its_own(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Melvin Marxen", text)
    assert said in reply and "combined" not in reply, reply


@pytest.mark.parametrize(("text", "count", "leader"), [
    ("accts founded before 1985 - how many r there, and which one of them has the most employees?", "9 accounts",
     "Kan-code is the largest"),
    ("how many accounts are in retail and which is the largest by headcount", "17 accounts",
     "Ganjaflex is the largest"),
])  # fmt: skip
def test_accounts_counted_and_ranked_together(seeded_engine: Engine, text: str, count: str, leader: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert count in reply and leader in reply, reply


def test_which_account_alone_gives_only_the_leader(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Cara Losch", "which account founded before 1985 has the most employees")
    assert "Kan-code is the largest" in reply and "9 accounts" not in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("which accts have 10k+ employees? and which of those have i personally won the most $ with",
     "Zotware has the highest won revenue: $32,832"),
    ("accounts with 10k+ staff? and which account have i won the most with", "Zotware has the highest won revenue"),
    ("which accounts have over 15,000 employees, and which of them have I won the most from",
     "Ganjaflex has the highest won revenue: $11,728"),
    ("how many accounts in telecom, and which one of them won most", "Treequote has the highest won revenue"),
])  # fmt: skip
def test_a_ranking_among_the_accounts_just_found(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Boris Faz", text)
    assert said in reply, reply


def test_a_ranking_over_all_accounts_is_not_narrowed(seeded_engine: Engine) -> None:
    text = "which accounts have 10k+ employees? and which account have I won the most with overall"
    reply = _reply(seeded_engine, "Boris Faz", text)
    assert "Donquadtech has the highest won revenue" in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("list price of the GTK 500? and how many of those r open right now company-wide + what's that worth at list",
     ("$26,768", "$401,520", "15 open")),
    ("list price of the GTK 500? and how many are open", ("$26,768", "15 open deals")),
    ("what does MG Special list at, and how many have we won", ("$55", "793 won deals")),
])  # fmt: skip
def test_a_list_price_with_a_count_of_its_deals(seeded_engine: Engine, text: str, said: tuple[str, ...]) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert all(s in reply for s in said), reply


def test_a_list_price_then_another_products_count(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Cara Losch", "list price of the GTK 500? and how many GTX Pro deals are open")
    assert "$26,768" in reply and "GTX Pro: 333 open deals" in reply, reply


@pytest.mark.parametrize(("text", "where"), [
    ("count of japanese accounts + the one with the most staff", "japan"),
    ("how much have we won from korean customers this year", "korea"),
    ("list our german companies", "germany"),
])  # fmt: skip
def test_companies_named_by_their_peoples_name(gazetteer: Gazetteer, text: str, where: str) -> None:
    question = ask(gazetteer, text)
    scopes = [question.scope, *(p.scope for p in question.parts)]
    assert any(str(s.get("headquarters", "")).lower() == where for s in scopes), question


@pytest.mark.parametrize("text", [
    "polish accounts list before the QBR, how many do I have",  # a verb
    "which reps speak japanese",
])  # fmt: skip
def test_a_peoples_name_not_before_companies_sets_no_place(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert all("headquarters" not in s for s in [question.scope, *(p.scope for p in question.parts)]), question


@pytest.mark.parametrize(("text", "said"), [
    ("how many employees does the biggest retail account have", "Ganjaflex is the largest account by headcount"),
    ("headcount of our smallest software customer?", "Dalttechnology is the smallest account by headcount"),
    ("how many people work at the largest company in japan", "Ganjaflex is the largest account by headcount"),
])  # fmt: skip
def test_the_headcount_of_the_biggest_company(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert said in reply, reply


@pytest.mark.parametrize("text", [
    "how many deals does our biggest account have",  # biggest by what we do with it, not its staff
    "biggest retail deal this year - how many employees does that customer have",
])  # fmt: skip
def test_the_biggest_deal_is_no_headcount_ranking(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert "by headcount" not in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("how many deals does our biggest account have", "Kan-code: 196 deals"),
    ("whats the win rate at our largest customer", "Kan-code: win rate 61.5%"),
    ("our biggest account - how many open deals do we have with them", "Kan-code: 9 open deals"),
    ("what's our biggest customer's won revenue this year", "Kan-code: won revenue $341,455"),
])  # fmt: skip
def test_a_figure_of_our_biggest_customer(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert "Kan-code has the highest won revenue" in reply and said in reply, reply


@pytest.mark.parametrize(("text", "style"), [
    ("our biggest account?", "ranking"),
    ("what was our biggest account deal this year", "list"),  # a deal
    ("our biggest account by headcount", "accounts"),  # the company's own size
])  # fmt: skip
def test_our_biggest_account_alone(gazetteer: Gazetteer, text: str, style: str) -> None:
    assert ask(gazetteer, text).style == style


def test_who_is_our_biggest_customer_asks_only_the_leader(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "who is our biggest customer")
    assert (question.style, question.group_by, question.top) == ("ranking", "account", 1), question


@pytest.mark.parametrize(("text", "said"), [
    ("top account by won revenue in Q4? whats the win rate there", "Kan-code: win rate 49.2%"),
    ("our largest customer: what's the win rate there", "Kan-code: win rate 61.5%"),
    ("top customer by won $ in Q4? how much is still open there", "Kan-code"),
])  # fmt: skip
def test_there_points_at_the_account_found(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert said in reply and "The company: win rate" not in reply, reply


def test_there_inside_a_clause_points_at_nothing(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Cara Losch", "top account by won revenue in Q4? is there anything still open")
    assert "Kan-code has the highest won revenue" in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("how many reps does the East office have", "East office has 12 reps"),
    ("best office by won rev this year? and how many reps does it have", "West office has 12 reps"),
    ("how many sellers does the central office have", "Central office has"),
])  # fmt: skip
def test_how_many_reps_an_office_has(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert said in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("how many deals does the East office have", "East office: 2,291 deals"),
    ("best office by won rev this year? how many open deals does it have", "West office: 748 open deals"),
])  # fmt: skip
def test_how_many_deals_an_office_has_is_no_roster(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert said in reply and " reps:" not in reply, reply


@pytest.mark.parametrize(("text", "period"), [
    ("how many deals did we win over 90 days ago", "before 2017-10-02"),
    ("my losses from more than 6 months ago", "before 2017-07-04"),
    ("deals I closed less than 30 days ago, how many", "since 2017-12-02"),
    ("wins signed at least two weeks ago for GTX Pro", "before 2017-12-18"),
])  # fmt: skip
def test_a_close_date_said_as_a_time_ago(gazetteer: Gazetteer, text: str, period: str) -> None:
    scope = ask(gazetteer, text).scope
    assert (scope.get("period"), scope.get("date_field")) == (period, "close"), scope


@pytest.mark.parametrize(("text", "field"), [
    ("open deals i engaged more than 90 days ago, how many?", "engage"),  # the engage date: open_age's
    ("how many of my wins took over 90 days to close", None),  # a cycle, no period
    ("how many did i win in the last 90 days", "close"),
])  # fmt: skip
def test_other_spans_stay_as_they_were(gazetteer: Gazetteer, text: str, field: str | None) -> None:
    scope = ask(gazetteer, text).scope
    assert scope.get("date_field") == field, scope


def test_a_count_of_wins_a_span_ago(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Cara Losch", "how many deals did we win over 90 days ago")
    assert "3,050 won deals" in reply, reply


@pytest.mark.parametrize(("text", "empty"), [
    ("how did we do vs last year", "2016"),
    ("q4 2016 vs q4 2017 won revenue", "Q4 2016"),
    ("won deals in 2016 compared with 2017?", "2016"),
])  # fmt: skip
def test_a_period_with_nothing_on_record_gives_no_change(seeded_engine: Engine, text: str, empty: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert f"no such deals on record for {empty}" in reply and "is ahead" not in reply, reply


@pytest.mark.parametrize("text", ["q3 vs q4 won revenue", "won revenue this week vs last week"])
def test_two_periods_with_deals_still_give_the_change(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert "is ahead on won revenue" in reply and "on record for" not in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("total headcount of accounts in the software sector", "Together they have 79,950 employees."),
    ("how many employees do our japanese accounts have combined", "Together they have 17,479 employees."),
    ("combined headcount of all our accounts", "Together they have 396,170 employees."),
])  # fmt: skip
def test_the_headcount_of_accounts_added_up(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert said in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("Inity group headcount", "has 11,829 employees combined"),  # one group: its members
    ("how many employees does Kan-code have", "Kan-code has 34,288 employees."),
])  # fmt: skip
def test_one_companys_headcount_is_not_added_up(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert said in reply and "Together they have" not in reply, reply
