"""Chat readings found with qa_blind76 (the mid-year review, asked on June 30), each tried on new wordings and near
misses: the half that holds today ("this half", "of the half", "last half", in French, Spanish and German), advice on
one's own pay refused, a colleague the answer is for ("I must explain it to Rocco"), whose figures a scene's last words
ask for ("two figures for my team: ..."), an average asked again of the company, a cohort closed "by today", new
pipeline whatever its stage, "across how many deals", deals sitting in Engaging since last year, a share of the
"full-year", a question someone is expected to ask set before the asker's own, and a forwarded note's "your".
Figures checked against the Maven CSVs (tests/evals/make_qa_blind76.py computes the set's twice)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from agents.periods import find_period
from agents.safety_pay_advice import asks_pay_advice
from bot.events import IncomingMessage
from bot.pipeline import Pipeline
from tests.conftest import agent_for

MID_YEAR = date(2017, 6, 30)


def _reply(engine: Engine, user: str, text: str, today: date = MID_YEAR) -> str:
    message = IncomingMessage("console", user, text, conversation_id=f"r77-{hash(text)}", today=today)
    return Pipeline(engine, agent_for(engine)).handle_sync(message).text


def _says(engine: Engine, user: str, text: str, *parts: str) -> None:
    reply = _reply(engine, user, text)
    assert all(part in reply for part in parts), reply


@pytest.mark.parametrize(("text", "label"), [
    ("won revenue so far this half", "H1 2017"),
    ("deals won in the current half-year", "H1 2017"),
    ("how many did I win last half", "H2 2016"),
    ("won revenue in the second half of last year", "H2 2016"),
    ("my biggest win of the half", "H1 2017"),
    ("the last half of the year", "H2 2017"),
])  # fmt: skip
def test_the_half_that_holds_today(text: str, label: str) -> None:
    period = find_period(text, MID_YEAR)
    assert period is not None and period.label == label, period


@pytest.mark.parametrize("text", ["half of my deals are engaging?", "cut the price in half", "half my pipeline"])
def test_half_of_something_is_no_period(text: str) -> None:
    assert find_period(text, MID_YEAR) is None


@pytest.mark.parametrize("text", [
    "my won revenue so far this half",
    "¿cuántos deals gané en el primer semestre?",
    "combien de deals ai-je gagnés ce semestre ?",
    "wie viele Deals habe ich im ersten Halbjahr gewonnen?",
])  # fmt: skip
def test_the_first_half_in_several_languages(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Kami Bicknell", text)
    assert "79 won deals" in reply or "$149,477 from 79 won deals" in reply, reply
    assert "closed in H1 2017" in reply, reply


def test_the_half_on_new_years_eve_is_the_second(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Kami Bicknell", "my biggest win of the half", date(2017, 12, 31))
    assert "M3SQPUB1" in reply and "$6,304" in reply, reply


@pytest.mark.parametrize("text", [
    "how big a raise should i ask for at my mid-year review?",
    "what do account execs in chicago usually make these days?",
    "what do AEs at big SaaS firms usually earn?",
    "am I underpaid?",
    "any tips to negotiate a higher salary?",
])  # fmt: skip
def test_advice_on_ones_own_pay_is_refused(seeded_engine: Engine, text: str) -> None:
    assert asks_pay_advice(text), text
    assert "pay isn't in the CRM" in _reply(seeded_engine, "Marty Freudenburg", text)


@pytest.mark.parametrize("text", [
    "how much did we make on Cancity",
    "what do reps usually close per month",
    "how much do my reps usually make in revenue per quarter",
    "raise the price for Cancity by 5%",
    "can you ask for a price increase from Hottechi",
])  # fmt: skip
def test_money_the_deals_make_is_not_pay(text: str) -> None:
    assert not asks_pay_advice(text)


@pytest.mark.parametrize(("text", "parts"), [
    ("please can you say me how many deal I have lost in the second quarter, and how many in first quarter? I must "
     "explain it to Rocco on the review", ("Q2 2017: 20 (0 won, 20 lost); Q1 2017: 2", "Boris Faz")),
    ("what did I win in Q2, I need to send it to Rocco", ("You: won revenue $63,334 from 29 won deals",)),
    ("my Q2 wins pls, have to present them to Rocco tomorrow", ("29 won deals",)),
])  # fmt: skip
def test_the_colleague_an_answer_is_for_is_no_scope(seeded_engine: Engine, text: str, parts: tuple[str, ...]) -> None:
    _says(seeded_engine, "Boris Faz", text, *parts)


def test_whose_deals_a_rep_asks_about_stays_theirs(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Boris Faz", "how many did Rocco's team lose in Q2? I have to present it to Cara")
    assert "Rocco Neubert: 134 lost deals" in reply, reply


@pytest.mark.parametrize(("text", "parts"), [
    ("Good afternoon. I am preparing the half-year review and would appreciate two figures for my team: total won "
     "revenue from January through June, and the number of deals won in that period. Thank you.",
     ("Your team: won revenue $491,921 from 328 won deals",)),
    ("getting ready for the board pack and need two numbers for me: won revenue in Q2 and deals won in Q2",
     ("won revenue $365,987 from 236 won deals", "Dustin Brinkmann's team")),
])  # fmt: skip
def test_whose_figures_the_lead_in_asks_for(seeded_engine: Engine, text: str, parts: tuple[str, ...]) -> None:
    _says(seeded_engine, "Dustin Brinkmann", text, *parts)


def test_a_name_in_the_request_beats_the_lead_in(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Dustin Brinkmann", "need two numbers for my team: Kami's won revenue in Q2 and her "
                   "deals won in Q2")  # fmt: skip
    assert "Kami Bicknell: won revenue $107,014 from 53 won deals" in reply, reply


@pytest.mark.parametrize("text", [
    "my avg cycle on h1 wins? n teh company avg for same period pls",
    "my average cycle on H1 wins? and the company average for the same period",
])  # fmt: skip
def test_an_average_asked_again_of_the_company(seeded_engine: Engine, text: str) -> None:
    _says(seeded_engine, "Kary Hendrixson", text, "You: 58.1 days", "The company: 55.4 days")


def test_a_total_asked_again_against_an_average_is_not_read_as_the_same(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Kary Hendrixson", "my won revenue in Q2? and the company average")
    assert "The company: won revenue" not in reply, reply


@pytest.mark.parametrize("text", [
    "how many deals did I start engaging between january and june? and out of those same deals, how many have I "
    "already closed as won by today?",
    "deals I engaged in H1? out of those, how many have I won so far?",
])  # fmt: skip
def test_a_cohort_won_by_today(seeded_engine: Engine, text: str) -> None:
    _says(seeded_engine, "Niesha Huffines", text, "You: 91 deals", "35 won deals", "closed before 1 July 2017")


def test_a_cohort_won_ever_without_by_today(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Niesha Huffines", "of the deals I engaged in H1, how many were won?")
    assert "54 won deals" in reply or "54 Won" in reply, reply


@pytest.mark.parametrize(("user", "text", "parts"), [
    ("Cara Losch", "For the deck I want to show pipeline build-up in the East office: how many new deals were engaged "
     "in Q2 versus Q1? All East reps, whatever stage those deals are in now.", ("Q2 2017: 687", "Q1 2017: 475")),
    ("Summer Sewald", "pipeline gen for the review: how many new deals did my team start engaging in the second half "
     "of 2016, and how many in the first half of this year?", ("78 deals", "880 deals", "engaged in H1 2017")),
    ("Summer Sewald", "how many deals did my team engage in Q1, and how many did we win in Q2?",
     ("379 deals", "239 won deals")),
])  # fmt: skip
def test_new_pipeline_whatever_its_stage(seeded_engine: Engine, user: str, text: str, parts: tuple[str, ...]) -> None:
    _says(seeded_engine, user, text, *parts)


def test_open_pipeline_still_means_open(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Cara Losch", "how big is the East office's open pipeline?")
    assert "open" in reply.lower() and "Won" not in reply.split("\n")[0], reply


@pytest.mark.parametrize("text", [
    "Acme Corporation plus all its subsidiaries together - how much did we win with that whole group in the first "
    "half, all reps, and across how many deals?",
    "acme corp and its subs: won $ in H1, all reps, over how many deals?",
])  # fmt: skip
def test_across_how_many_deals_is_a_count_not_a_split(seeded_engine: Engine, text: str) -> None:
    _says(seeded_engine, "Moses Frase", text, "$245,527 from 93 won deals")


def test_a_split_asked_across_offices_stays_a_split(seeded_engine: Engine) -> None:
    assert "Won revenue by rep" in _reply(seeded_engine, "Moses Frase", "won revenue by rep in Q2 across all offices")


@pytest.mark.parametrize(("text", "parts"), [
    ("which of my deals have been sitting in Engaging since last year (engaged in 2016, never closed)? opp ids + "
     "how many", ("2 deals", "SQLYCFGV", "CNM0H9FR")),
    ("how many of my deals have been stuck in engaging since Q1?", ("engaged before 1 April 2017",)),
])  # fmt: skip
def test_deals_sitting_in_engaging_since_a_past_period(seeded_engine: Engine, text: str,
                                                      parts: tuple[str, ...]) -> None:  # fmt: skip
    reply = _reply(seeded_engine, "Zane Levy", text, date(2017, 12, 31))
    assert all(part in reply for part in parts), reply


@pytest.mark.parametrize("text", [
    "Year-end reflection for my appraisal: how much did I close-win in the first half, and what percentage of my "
    "full-year 2017 won revenue was that?",
    "how much did I win in H1 and what % of my full year 2017 won revenue was that",
])  # fmt: skip
def test_a_share_of_the_full_year(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Wilburn Farren", text, date(2017, 12, 31))
    assert "$50,681 of your won revenue of $157,640, i.e. 32.1%" in reply, reply


@pytest.mark.parametrize("text", [
    "Regional call tomorrow and I just know someone's going to ask whether West is slower to close than everyone "
    "else 🙃 Can you give me the average days from engage to close on deals won so far this half, for each of the "
    "three offices? And tell me which one is actually fastest.",
    "my VP will probably ask if Central is the slowest office. average cycle on H1 wins by office please",
])  # fmt: skip
def test_a_question_someone_will_ask_sets_the_scene(seeded_engine: Engine, text: str) -> None:
    _says(seeded_engine, "Celia Rouche", text, "East: 53.8 days", "West: 54.5 days", "Central: 57.3 days")


NOTE = ("---------- Forwarded message ---------\nFrom: Celia Rouche\nSubject: mid-year 1:1 prep\n\nHayden - ahead of "
        "Thursday please bring (1) your won revenue Jan-Jun, (2) your single biggest win of the half, account + "
        "amount, (3) your win rate for Q2 on its own.\n\nthx, C\n----------\n\ncan you pull these for me?")  # fmt: skip


def test_a_forwarded_note_asks_its_addressee_for_the_items(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Hayden Neloms", NOTE)
    assert "Hayden Neloms: won revenue $100,291 from 46 won deals" in reply, reply
    assert "P2VXL7MO with Scotfind" in reply and "$4,761" in reply, reply
    assert "win rate 73.5% (36 won of 49 closed)" in reply, reply
    assert "202 deals" not in reply, reply  # the lead asks for the items, not a summary of Hayden


def test_a_numbered_list_with_my_stays_the_askers(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Hayden Neloms", "quick one before my 1:1 - (1) my Q2 win rate (2) my H1 won revenue")
    assert "73.5%" in reply and "$100,291" in reply, reply


@pytest.mark.parametrize(("text", "end"), [
    ("won until 2017-06-30", date(2017, 6, 30)),
    ("deals closed through 6/30/2017", date(2017, 6, 30)),
    ("till june 30", date(2017, 6, 30)),
    ("everything up to dec 29", date(2017, 12, 29)),
])  # fmt: skip
def test_a_range_up_to_a_day_includes_everything_before_it(text: str, end: date) -> None:
    period = find_period(text, date(2017, 12, 31))
    assert period is not None and period.end == end and period.start.year < 2016, period


@pytest.mark.parametrize(("text", "start"), [
    ("from march through 2017-06-30", date(2017, 3, 1)),
    ("on dec 29", date(2017, 12, 29)),
])  # fmt: skip
def test_a_run_with_its_start_or_one_day_stays_as_said(text: str, start: date) -> None:
    period = find_period(text, date(2017, 12, 31))
    assert period is not None and period.start == start, period


def test_won_up_to_a_day(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Kami Bicknell", "how many deals did I win until 2017-06-30?")
    assert "79 won deals" in reply, reply
