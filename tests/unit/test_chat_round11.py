"""Chat classes from the eleventh blind set, in new words: figures worked out from others (wins per loss, the
average open deal, a total per rep), periods to date and relative to another, misspelt months and sales words,
Spanish questions, an office's deals beyond the asker's, a forwarded question, both sides of list price, the
open deals past a stage, terse chase commands, personal money advice and a draft addressed by first name."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.parser import Question, tool_calls
from agents.offline.spanish import in_english
from agents.period_words import misspelt_month
from agents.periods import parse_period
from agents.safety import screen
from agents.tools.addressee import named_addressee
from agents.tools.promises import promised

TODAY = date(2017, 12, 31)


def ask(gazetteer: Gazetteer, text: str, today: date = TODAY) -> Question:
    return read_message(text, gazetteer, today)


@pytest.mark.parametrize("text", ["what's my wins-to-losses ratio this year?",
                                  "win/loss ratio for Q3, for me please",
                                  "for every one we lost in Q2, how many did my team win?"])  # fmt: skip
def test_wins_per_loss_is_its_own_figure(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "figure" and q.measures == ("won_lost_ratio",)


def test_a_win_rate_is_still_a_win_rate(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "what's my win ratio this year?").measures == ("win_rate",)


def test_the_average_open_deal_at_list(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "on my team, what's the average open opp worth at list price?")
    assert q.measures == ("avg_open_value",)
    assert ask(gazetteer, "what's my average won deal size?").measures == ("avg_won_size",)


def test_a_total_shared_out_per_rep(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "West office open pipeline in total, and the average per rep?")
    assert q.style == "ranking" and q.per_group and q.measures == ("pipeline_value",) and q.group_by == "rep"
    assert tool_calls(q)[0].args["include_empty"] is True  # a rep with nothing still counts as a head
    split = ask(gazetteer, "won revenue per rep on my team this year")
    assert split.style == "ranking" and not split.per_group


@pytest.mark.parametrize(("text", "start", "end"), [
    ("quarter-to-date wins", date(2017, 7, 1), date(2017, 8, 20)),
    ("what have I booked mtd", date(2017, 8, 1), date(2017, 8, 20)),
    ("losses since the start of the quarter", date(2017, 7, 1), date(2017, 8, 20)),
    ("this month so far", date(2017, 8, 1), date(2017, 8, 20)),
])  # fmt: skip
def test_periods_to_date(text: str, start: date, end: date) -> None:
    period = parse_period(text, date(2017, 8, 20))
    assert period is not None and (period.start, period.end) == (start, end)


def test_the_quarter_started_is_no_engage_date(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "how many deals have I lost since the quarter started?", date(2017, 11, 14))
    assert q.scope.get("date_field") == "close" and q.scope.get("stage") == "lost"


def test_the_month_before_the_one_named(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "my won revenue in October vs the month before that")
    assert q.style == "compare"
    assert [side["period"] for side in q.sides] == ["september 2017", "october"]


@pytest.mark.parametrize(("word", "month"), [("septmber", "september"), ("feburary", "february"),
                                             ("novmeber", "november"), ("decembr", "december")])  # fmt: skip
def test_misspelt_long_months(word: str, month: str) -> None:
    assert misspelt_month(word) == month


@pytest.mark.parametrize("word", ["marco", "augusta", "octopus", "junes", "august"])
def test_words_near_months_stay(word: str) -> None:
    assert misspelt_month(word) is None


def test_mistyped_sales_words(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "hw many deels did we loose in septmber?")
    assert q.style == "figure" and q.scope.get("stage") == "lost" and q.scope.get("period")
    assert ask(gazetteer, "tie up the loose ends with Konex this week").scope.get("stage") != "lost"


def test_a_spanish_question(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "¿cuántos deals perdí este trimestre?")
    assert q.style == "figure" and q.scope.get("owner") == "me" and q.scope.get("stage") == "lost"
    assert q.scope.get("period") == "this quarter"


def test_english_with_a_stray_spanish_word_is_untouched() -> None:
    assert in_english("what did el jefe say about my total?") == "what did el jefe say about my total?"


def test_an_office_beyond_the_askers_deals(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "how many MG Special deals did the East office win in Q3? everyone in East, not just me")
    assert q.scope.get("office") == "East" and "owner" not in q.scope


def test_a_forwarded_question_is_not_about_its_sender(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "question from Rocco: how many open deals does the West office have right now?")
    assert q.scope.get("office") == "West" and "owner" not in q.scope


def test_both_sides_of_list_price(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "how many of my wins closed over list and how many under it?")
    assert q.style == "compare" and [s["vs_list"] for s in q.sides] == ["above", "below"]
    assert q.scope.get("stage") == "won"
    one = ask(gazetteer, "how many of my wins closed below list price?")
    assert one.scope.get("vs_list") == "below" and one.style == "figure"


def test_the_open_deals_past_a_stage(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "of all the deals my team has open, what share has made it past prospecting?")
    assert q.style == "share" and q.sides == ({"stage": "engaging"},) and q.scope.get("stage") == "open"
    q = ask(gazetteer, "of everything we have open, what % is still stuck in prospecting?")
    assert q.sides == ({"stage": "prospecting"},)


@pytest.mark.parametrize("text", ["pls chase up Konex on the GTX Pro renewal",
                                  "drop Isdom a quick line about the MG Advanced demo next week"])  # fmt: skip
def test_terse_chase_and_send_idioms_are_drafts(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "draft"


def test_asking_which_deals_to_chase_is_no_draft(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "which of my deals should I chase first this week?").style != "draft"


def test_personal_money_advice_is_refused() -> None:
    refusal = screen("got my tax refund today - should I pay off my student loan or save it? what would you do")
    assert refusal is not None and refusal.reason == "out_of_scope"


def test_a_deal_question_with_what_would_you_do_is_not_refused() -> None:
    assert screen("Konex wants to pay the GTX Pro licence in two parts - what would you do?") is None


def test_a_draft_addressed_by_first_name() -> None:
    assert named_addressee("write a thank-you email to Priya at Konex", "Konex", ["Rocco Neubert"]) == "Priya"
    assert named_addressee("email to Rocco about Konex", "Konex", ["Rocco Neubert"]) is None  # a colleague
    assert named_addressee("send a note to Konex about the demo", "Konex", []) is None  # the account itself
    assert named_addressee("reply to them by Friday", "Konex", []) is None


def test_every_deal_lost_is_a_list_not_a_ratio(gazetteer: Gazetteer) -> None:
    assert "won_lost_ratio" not in ask(gazetteer, "show me every deal I lost in Q3").measures


def test_a_bare_numbers_request_is_the_askers_own(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "mtd stats pls - wins and $ so far?", date(2017, 8, 20)).scope.get("owner") == "me"
    assert "owner" not in ask(gazetteer, "stats pls: how many open deals company-wide?").scope
    assert "owner" not in ask(gazetteer, "who booked more in q3, central or east? need both numbers").scope


def test_how_many_stale_deals_is_a_count(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "how many of my engaging opps have been sitting there since before 1 June?")
    assert q.style == "figure" and q.measures[0] == "deals"
    assert ask(gazetteer, "which is my oldest engaging deal that's been sitting there?").style == "list"


def test_what_the_rep_promised_on_a_pasted_call() -> None:
    call = (
        "[call - Konex - 14:30]\nPriya (CTO): can we see the pricing tiers?\nDana: sure, I'll send you the GTX Pro "
        "pricing tiers by Friday\nPriya (CTO): and the reference list too please\nDana: of course\n\n"
        "write up what I promised on that call as an email to Priya"
    )
    assert promised(call, "Dana Smith") == [
        "As promised on our call, I'll send you the GTX Pro pricing tiers and the reference list by Friday."
    ]
    assert promised("Dana: I'll send you the deck\n\nemail Konex about the demo", "Dana Smith") == []  # not asked
