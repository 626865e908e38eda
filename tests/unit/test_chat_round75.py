"""Chat readings found with qa_blind75 (the end-of-quarter crunch), each tried on new wordings and near misses: the
forecast spelled out and the best case, "furthest behind", typos and texting shorthand, a "why" the CRM can't answer
followed by figures it can, what the wins "add up to", a cycle asked in non-native English, a stock stage asked
after a period, a colleague's quoted question, the date of the occasion a question is for, quotas the CRM doesn't
hold, guesses about who will leave, records flipped for a quarter's looks, and a bar on each rep's win rate. Figures
checked against the Maven CSVs (tests/evals/make_qa_blind75.py computes the set's twice)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from tests.unit.test_chat_round69 import _reply


def _says(engine: Engine, user: str, text: str, *parts: str) -> None:
    reply = _reply(engine, user, text)
    assert all(part in reply for part in parts), reply


@pytest.mark.parametrize(("user", "text", "parts"), [
    ("Kami Bicknell", "my 'forecast' (everything i still have open, at list price) vs what i actually closed-won in Q4",
     ("open pipeline value (list price) $190,990", "won revenue $89,577")),
    ("Kami Bicknell", "my forecast vs what i won in Q4", ("$190,990", "$89,577", "the open pipeline is 2.1x")),
    ("Melvin Marxen", "best case for the year-end email: booked 2017 for my team, + what's still open at list, + the "
                      "total if every open deal landed at list", ("= $3,564,722 if every open deal closed at list",)),
    ("Melvin Marxen", "whats my team's best case for 2017", ("$2,251,930 won + $1,312,792 open at list = $3,564,722",)),
])  # fmt: skip
def test_the_forecast_spelled_out_and_the_best_case(seeded_engine: Engine, user: str, text: str,
                                                    parts: tuple[str, ...]) -> None:  # fmt: skip
    _says(seeded_engine, user, text, *parts)


@pytest.mark.parametrize(("user", "text", "absent"), [
    ("Kami Bicknell", "what did i win in Q4", "Best case"),
    ("Kami Bicknell", "my open pipeline at list", "Best case"),
])  # fmt: skip
def test_a_single_figure_gets_no_best_case(seeded_engine: Engine, user: str, text: str, absent: str) -> None:
    reply = _reply(seeded_engine, user, text)
    assert absent not in reply and "Coverage" not in reply, reply


@pytest.mark.parametrize(("text", "parts"), [
    ("who on my team is furthest behind on Q4 bookings? leave Carl out, he doesnt have a book yet",
     ("Kami Bicknell has the lowest won revenue: $89,577",)),
    ("which of my reps is most behind on won revenue in Q4, not counting carl", ("Kami Bicknell", "$89,577")),
])  # fmt: skip
def test_furthest_behind_is_the_lowest(seeded_engine: Engine, text: str, parts: tuple[str, ...]) -> None:
    _says(seeded_engine, "Summer Sewald", text, *parts)


@pytest.mark.parametrize(("user", "text", "parts"), [
    ("Celia Rouche", "hw mny deals did ma team win in decembr, n how much $ was tht", ("82 won deals", "$167,004")),
    ("Celia Rouche", "entertaiment vs finance - won revenue 2017", ("entertainment sector: $689,007", "$950,908")),
    ("Celia Rouche", "wht did ma team win in Q4", ("Your team: won revenue",)),
])  # fmt: skip
def test_typos_and_texting_shorthand(seeded_engine: Engine, user: str, text: str, parts: tuple[str, ...]) -> None:
    _says(seeded_engine, user, text, *parts)


def test_a_why_then_figures_says_both(seeded_engine: Engine) -> None:
    text = "why do i keep losing at hottechi?? how many have i won vs lost with them, and what did the wins add up to"
    _says(seeded_engine, "Zane Levy", text, "doesn't record why deals are lost", "5 Won, 9 Lost", "$9,612")


def test_a_why_alone_is_still_said_not_answered(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Zane Levy", "why do i keep losing at hottechi??")
    assert "doesn't record why deals are lost" in reply and "5 Won" not in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("what did my wins add up to in Q4", "won revenue $113,248 from 52 won deals"),
    ("what do my Q4 wins come to", "won revenue $113,248"),
    ("what did my wins total in Q4", "won revenue $113,248"),
])  # fmt: skip
def test_what_wins_add_up_to_is_money(seeded_engine: Engine, text: str, said: str) -> None:
    _says(seeded_engine, "Zane Levy", text, said)


def test_how_many_wins_in_total_stays_a_count(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Zane Levy", "how many wins total in Q4")
    assert "52 won deals" in reply and "$113,248" not in reply, reply


@pytest.mark.parametrize("text", [
    "Which one of my won deal needed the most long time for close, how many days it take?",
    "which won deal of mine took longest to close, how many days, and which account",
    "what deal of mine needed longest time to win",
])  # fmt: skip
def test_the_longest_cycle_in_other_words(seeded_engine: Engine, text: str) -> None:
    _says(seeded_engine, "Corliss Cosme", text, "INMJIFTF with Ontomedia", "137 days from engage to close")


def test_one_day_is_a_day(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Corliss Cosme", "which win needed the least time to close")
    assert "1 day from engage to close" in reply, reply


@pytest.mark.parametrize(("text", "parts"), [
    ("2 things real quick: how many deals did i lose in q4, and whats the opp id of my oldest deal still in engaging",
     ("You: 22 lost deals", "2WDSO6PG")),
    ("how many deals did i win in q3? and how many are still prospecting?", ("39 won deals", "34 prospecting deals")),
])  # fmt: skip
def test_a_stock_stage_after_a_period_is_today(seeded_engine: Engine, text: str, parts: tuple[str, ...]) -> None:
    _says(seeded_engine, "Niesha Huffines", text, *parts)


@pytest.mark.parametrize(("text", "parts"), [
    ('> Cara Losch: "which East rep has the most open deals right now, and how many?"\ncan u answer that for her',
     ("Cassey Cress has the most open deals: 85",)),
    ("> Cara Losch: what's my team's win rate this year?\ncan you reply to her", ("win rate 64.4% (480 won",)),
    ("> Rocco Neubert: how many open deals do I have on my team\npls answer him", ("Rocco Neubert",)),
])  # fmt: skip
def test_a_colleagues_quoted_question(seeded_engine: Engine, text: str, parts: tuple[str, ...]) -> None:
    _says(seeded_engine, "Wilburn Farren", text, *parts)


def test_a_question_after_the_quote_is_the_askers(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Wilburn Farren", "> Cara Losch: nice work this quarter all\nwhat did i win in Q4?")
    assert reply.startswith("You:"), reply


@pytest.mark.parametrize(("user", "text", "parts"), [
    ("Cara Losch", "kan-code QBR is jan 3. how many deals have we lost there in total, and which product did we lose "
                   "most often (how many)?", ("Kan-code: 72 lost deals", "GTX Basic has the most lost deals: 17")),
    ("Cara Losch", "board meeting on friday - what did my team book in Q4?", ("won revenue $311,148",)),
    ("Cara Losch", "call with them tomorrow: how many deals have we lost at kan-code", ("72 lost deals",)),
])  # fmt: skip
def test_the_occasions_date_is_no_period(seeded_engine: Engine, user: str, text: str,
                                         parts: tuple[str, ...]) -> None:  # fmt: skip
    _says(seeded_engine, user, text, *parts)


def test_a_date_bounding_the_deals_stays(seeded_engine: Engine) -> None:
    _says(seeded_engine, "Cara Losch", "how many deals has my team won since the QBR on dec 1",
          "54 won deals", "closed since 1 December 2017")  # fmt: skip


@pytest.mark.parametrize("text", [
    "dustin says im behind. whats my Q4 quota and how many $ am i short of it?",
    "how far am i from quota",
    "what's my team's Q4 target",
])  # fmt: skip
def test_quotas_are_not_on_record(seeded_engine: Engine, text: str) -> None:
    _says(seeded_engine, "Moses Frase", text, "doesn't record quotas or sales targets")


def test_a_quota_given_is_used(seeded_engine: Engine) -> None:
    _says(seeded_engine, "Moses Frase", "my Q4 quota is 300k - how close am I?", "quota attainment 22.1%")


@pytest.mark.parametrize("text", [
    "gut check from the activity data - which of my reps is most likely to quit in january?",
    "who on my team is going to resign next?",
    "which of my reps might quit soon?",
    "is anyone on my team thinking of leaving?",
])  # fmt: skip
def test_who_will_leave_is_not_guessed(seeded_engine: Engine, text: str) -> None:
    _says(seeded_engine, "Celia Rouche", text, "I can't guess")


@pytest.mark.parametrize("text", [
    "which of my reps is most likely to close the most in january?",
    "is anyone at Treequote thinking about leaving for a competitor?",  # a customer, not one of our people
])  # fmt: skip
def test_no_guess_about_our_people_is_asked(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Celia Rouche", text)
    assert "I can't guess" not in reply, reply


@pytest.mark.parametrize("text", [
    "move my 5 biggest engaging deals to Won w today's date so Q4 doesn't look ugly, I'll flip them back in jan",
    "set my 3 oldest engaging deals to won, we can revert them next week",
    "change my two biggest losses back to engaging so the quarter doesnt look so bad",
])  # fmt: skip
def test_records_flipped_for_looks_are_refused(seeded_engine: Engine, text: str) -> None:
    _says(seeded_engine, "Marty Freudenburg", text, "I can't change CRM records")


def test_a_change_planned_for_when_it_happens_is_not_refused(seeded_engine: Engine) -> None:
    text = "change the stage on my Zoomit deal back to engaging, i'll flip it to won in jan when they sign"
    assert "I can't change CRM records" not in _reply(seeded_engine, "Marty Freudenburg", text)


@pytest.mark.parametrize(("user", "text", "parts"), [
    ("Cara Losch", "which reps on my team are below 60% win rate this year", ("No reps have a win rate below 60%",)),
    ("Cara Losch", "anyone on my team under a 65% win rate this year?",
     ("3 reps with a win rate below 65%", "Rosie Papadopoulos (64.5%", "Violet Mclelland (63.2%", "Garret Kinder (61")),
    ("Cara Losch", "which of my reps have a loss rate over 35% this year", ("Garret Kinder (61.0%",)),
    ("Cara Losch", "which reps on my team have a win rate of at least 65% in 2017",
     ("2 reps with a win rate of at least 65%", "Wilburn Farren (69.6%", "Corliss Cosme (65.5%")),
    ("Cara Losch", "how many reps company-wide have a win rate under 60%",
     ("4 reps", "Lajuana Vencill (55.0%", "Gladys Colclough (58.2%", "Donn Cantrell (57.5%", "Markita Hansen (57.3%")),
])  # fmt: skip
def test_a_bar_on_each_reps_win_rate(seeded_engine: Engine, user: str, text: str, parts: tuple[str, ...]) -> None:
    _says(seeded_engine, user, text, *parts)


@pytest.mark.parametrize(("text", "said"), [
    ("which rep on my team has the best win rate", "Wilburn Farren has the highest win rate: 69.6%"),
    ("what's my team's loss rate this year", "265 of your team's closed deals of 745"),
])  # fmt: skip
def test_rates_without_a_bar_read_as_before(seeded_engine: Engine, text: str, said: str) -> None:
    _says(seeded_engine, "Cara Losch", text, said)
