"""Chat readings found with qa_blind74 (a new VP of sales asking through managers and reps), each tried on several
wordings and near misses: an office named by one of its own reps or managers is the office's figures, not the
asker's; an office or product set against the whole company; each manager's share of their office; the asker's
figure against "the rest of" a team or the company, the asker left out of that side only; a speaker who talks to
"us"; "not just my guys" and "(prospecting counts)" as asides."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from agents.offline.entities import Gazetteer
from tests.unit.test_chat_rates_side_by_side import ask
from tests.unit.test_chat_round69 import _reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Daniell Hammack", "vp pinged: 'send me East's Q4 bookings + how many wins'. whats the number so i can reply",
     "East office: won revenue $824,853 from 312 won deals"),
    ("Daniell Hammack", "what are the west office's Q3 wins? need it so i can answer celia", "West office: 396 won"),
    ("Dustin Brinkmann", "how many open opps in central, not just my guys", "Central office: 908 open deals"),
    ("Dustin Brinkmann", "VP wants the whole Central office, not my team - open deals (prospecting counts) at list?",
     "open pipeline value (list price) $1,898,408 across 908 open deals"),
])  # fmt: skip
def test_an_office_named_by_its_own_people_is_the_offices(seeded_engine: Engine, user: str, text: str,
                                                          said: str) -> None:  # fmt: skip
    reply = _reply(seeded_engine, user, text)
    assert said in reply, reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Daniell Hammack", "my open deals in the east office pls so i can plan my week", "You: 72 open deals"),
    ("Darcel Schlecht", "only mine, not the rest of the team's: open deals", "You: 194 open deals"),
    ("Dustin Brinkmann", "how many prospecting deals do my guys have", "Your team: 204 prospecting deals"),
])  # fmt: skip
def test_the_askers_own_figures_stay_theirs(seeded_engine: Engine, user: str, text: str, said: str) -> None:
    reply = _reply(seeded_engine, user, text)
    assert said in reply, reply


def test_a_later_clause_naming_an_office_is_the_whole_office(seeded_engine: Engine) -> None:
    text = "who on my team has the fattest open pipe at list, how much, and whats the east office total at list"
    reply = _reply(seeded_engine, "Cara Losch", text)
    assert "Corliss Cosme has the highest open pipeline value (list price): $216,840" in reply, reply
    assert "East office: open pipeline value (list price) $1,069,586" in reply, reply


@pytest.mark.parametrize(("text", "sides"), [
    ("avg days engage->won for the East office vs the whole co?", ({"office": "East"}, {})),
    ("win rate east vs company average", ({"office": "East"}, {})),
    ("GTK 500 win rate vs the company", ({"product": "GTK 500"}, {})),
    ("the company's avg deal size vs the software sector", ({}, {"sector": "software"})),
])  # fmt: skip
def test_one_set_against_the_whole_company(gazetteer: Gazetteer, text: str, sides: tuple[dict, ...]) -> None:
    question = ask(gazetteer, text)
    assert question.style == "compare" and question.sides == sides, question


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Corliss Cosme", "cara says the VP will grill us on cycle time. avg days engage->won for East vs the whole co?",
     "East office: 50.6 days (1,171 won); The company: 51.8 days"),
    ("Corliss Cosme", "cara wants us to push the GTK 500. how many open GTK 500 deals do we have",
     "GTK 500: 15 open deals"),
    ("Corliss Cosme", "darcel says we closed more than anyone in Q4 - how many did he win?",
     "Darcel Schlecht: 94 won deals"),
])  # fmt: skip
def test_a_speaker_talking_to_us_is_not_whose_deals(seeded_engine: Engine, user: str, text: str, said: str) -> None:
    reply = _reply(seeded_engine, user, text)
    assert said in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("what % of the east office's 2017 won rev came from rocco's team vs cara's?",
     ("Rocco Neubert's team: $1,960,545 of East office's won revenue of $3,090,594, i.e. 63.4%",
      "Cara Losch's team: $1,130,049 of East office's won revenue of $3,090,594, i.e. 36.6%")),
    ("share of west won revenue: celia's team and summer's team", ("i.e. 44.9%", "i.e. 55.1%")),
])  # fmt: skip
def test_each_managers_share_of_their_office(seeded_engine: Engine, text: str, said: tuple[str, ...]) -> None:
    reply = _reply(seeded_engine, "Cassey Cress", text)
    assert all(s in reply for s in said), reply


def test_one_reps_share_of_an_office_stays_one(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Cassey Cress", "what share of east's open pipe is boris's")
    assert "Boris Faz: $143,456 of East office's open pipeline value" in reply and "team:" not in reply, reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Jonathan Berthelot", "my win rate this yr vs the rest of melvin's team (leave me out of theirs)?",
     "You: 64.8% (171 won, 93 lost); Melvin Marxen's team: 61.6% (711 won, 443 lost)"),
    ("Darcel Schlecht", "my avg deal size vs the rest of the team",
     "You: $3,304 (349 won, 204 lost); The rest of your team: $2,061 (533 won, 332 lost)"),
    ("Darcel Schlecht", "my win rate vs the rest of the company", "Everyone else: 63.2% (3,889 won, 2,269 lost)"),
])  # fmt: skip
def test_the_asker_against_the_rest(seeded_engine: Engine, user: str, text: str, said: str) -> None:
    reply = _reply(seeded_engine, user, text)
    assert said in reply, reply


def test_the_asker_against_the_whole_team_keeps_the_asker_in_it(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Darcel Schlecht", "my win rate vs the team")
    assert "Your team: 62.2% (882 won, 536 lost)" in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("vp asked who actually sells the GTK 500. # of GTK 500 wins per regional office?",
     "1. West: 15\n2. Central: 0\n3. East: 0"),
    ("my manager wants to know how we're doing in retail. how many retail deals did we win in Q4?",
     "retail sector: 246 won deals"),
])  # fmt: skip
def test_someone_elses_question_reported_before_the_askers_own(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Wilburn Farren", text)
    assert said in reply, reply


def test_a_reported_question_with_nothing_asked_after_it_is_the_question(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "the VP asked who sells the most GTK 500. can you tell me?")
    assert question.group_by == "rep" and question.scope.get("product") == "GTK 500", question


def test_the_top_office_alone_lists_no_zeros(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Wilburn Farren", "which office won the most GTK 500 deals")
    assert "West has the most won deals: 15" in reply and "Central: 0" not in reply, reply


@pytest.mark.parametrize("text", [
    "in central how many reps sit under me vs under dustin?",
    "team sizes in central",
    "how many reps report to me vs dustin",
])  # fmt: skip
def test_two_teams_sizes_side_by_side(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Melvin Marxen", text)
    assert "Reps by manager:" in reply and "Melvin Marxen 6" in reply and "Dustin Brinkmann 5" in reply, reply


def test_team_sizes_then_deal_figures_for_each_team(seeded_engine: Engine) -> None:
    text = "org chart. in central how many reps sit under me vs under dustin? and open deal count for each team"
    reply = _reply(seeded_engine, "Melvin Marxen", text)
    assert "Melvin Marxen 6, Dustin Brinkmann 5" in reply, reply
    assert "1. Melvin Marxen: 511\n2. Dustin Brinkmann: 397" in reply, reply


def test_deal_figures_of_two_teams_are_no_team_sizes(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Melvin Marxen", "how many deals do reps under me have vs dustin's team")
    assert "Dustin Brinkmann's team: 1,583" in reply and "Reps by manager" not in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("before my 1:1 w the VP - which of my reps have literally no deals in the system, any stage? and my team's "
     "total won rev for 2017", ("No deals at all: Natalya Ivanova", "Your team: won revenue $1,960,545")),
    ("who has the most open deals on my team, and my team's total pipeline",
     ("Cassey Cress has the most open deals: 85", "Your team: open pipeline value (list price) $573,636")),
])  # fmt: skip
def test_the_teams_own_figure_asked_after_and(seeded_engine: Engine, text: str, said: tuple[str, ...]) -> None:
    reply = _reply(seeded_engine, "Rocco Neubert", text)
    assert all(s in reply for s in said), reply


@pytest.mark.parametrize(("text", "said"), [
    ("central's #1 customer by 2017 won rev, how much - and how much of that came from dustin's team specifically",
     ("Treequote has the highest won revenue: $176,751",
      "Dustin Brinkmann's team: $42,918 of Treequote's won revenue of $176,751, i.e. 24.3%")),
    ("what % of Treequote's won revenue came from dustin's team",
     ("Dustin Brinkmann's team: $42,918 of Treequote's won revenue of $176,751",)),
    ("our biggest customer this year by won revenue, and how much of that came from my team",
     ("Kan-code has the highest won revenue: $341,455", "$0 of Kan-code's won revenue of $341,455")),
])  # fmt: skip
def test_a_teams_part_of_what_came_from_an_account(seeded_engine: Engine, text: str, said: tuple[str, ...]) -> None:
    reply = _reply(seeded_engine, "Moses Frase", text)
    assert all(s in reply for s in said), reply


@pytest.mark.parametrize(("text", "said"), [
    ("what share of dustin's team's won revenue came from Treequote", "$42,918 of Dustin Brinkmann's won revenue"),
    ("what % of my won revenue came from Treequote", "Account Treequote: $4,138 of your won revenue of $207,182"),
])  # fmt: skip
def test_an_accounts_part_of_a_teams_figure_stays_so(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Moses Frase", text)
    assert said in reply, reply


@pytest.mark.parametrize(("text", "account"), [
    ("VP wants us to reach out to our #1 acct (by won $, all time). draft me a check-in to mine abt next yr, hold it",
     "Warephase"),
    ("draft a check-in email to my #1 account by won revenue", "Warephase"),
    ("can you send a quick thank-you to our biggest client", "Kan-code"),
])  # fmt: skip
def test_a_draft_to_an_account_known_by_its_rank(seeded_engine: Engine, text: str, account: str) -> None:
    reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert "I drafted an email to" in reply and f"at {account} for your approval" in reply, reply


@pytest.mark.parametrize("text", [
    "my top account by won revenue - who should i email there?",
    "how many open deals does my top account have",
])  # fmt: skip
def test_no_draft_unless_one_is_asked(seeded_engine: Engine, text: str) -> None:
    reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert "I drafted" not in reply, reply


@pytest.mark.parametrize(("user", "text", "said"), [
    ("Dustin Brinkmann", "new reps asked what my team doesn't sell at all: which products have we never won a deal on?",
     "2 products with no won deals: GTK 500, GTX Pro. (Scope: Dustin Brinkmann's team"),
    ("Elease Gluck", "a customer asked what people pay for MG Advanced. what's our average won deal on it company-wide",
     "MG Advanced: average won deal size $3,389"),
])  # fmt: skip
def test_a_reported_question_that_says_whose_or_what_stays_read(seeded_engine: Engine, user: str, text: str,
                                                               said: str) -> None:  # fmt: skip
    reply = _reply(seeded_engine, user, text)
    assert said in reply, reply


def test_our_total_after_a_groups_members_stays_one_question(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "Sonron + its subsidiaries - which companies are those, and our total won revenue in Q4?")
    assert question.scope.get("account_group") == "Sonron", question


@pytest.mark.parametrize(("text", "missing"), [
    ("which reps speak japanese", "which languages reps speak"),
    ("anyone on the team fluent in spanish? got a madrid lead", "which languages reps speak"),
    ("who's the newest rep", "when reps joined"),
    ("how long has Boris been here", "when reps joined"),
    ("who joined most recently on my team", "when reps joined"),
    ("when did boris join?", "when reps joined"),
])  # fmt: skip
def test_what_the_crm_does_not_record_is_said(seeded_engine: Engine, text: str, missing: str) -> None:
    reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert f"the CRM doesn't record {missing}" in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("how long has the Kan-code deal been open", "since engaging"),
    ("which japanese accounts have open deals", "The company: 1 account with open deals: Ganjaflex"),
    ("when did I start engaging Kan-code", "account Kan-code"),
    ("who's my newest account", "the youngest is Condax (founded 2017)"),
])  # fmt: skip
def test_deal_questions_near_those_words_are_answered(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Darcel Schlecht", text)
    assert "doesn't record" not in reply and said in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("accounts with more than $5bn annual revenue",
     "8 accounts (accounts with annual revenue over 5,000 (in $M)): Ganjaflex, Hottechi, Initech, Kan-code"),
    ("customers founded before 1985", "9 accounts (accounts founded before 1985): Dontechi"),
    ("accounts with more than $5bn annual revenue - how much have we won from them",
     "Won revenue from them: $1,527,788 from 597 won deals"),
    ("list accounts with more than $5bn annual revenue; which of those did I win the most with",
     "Treequote has the highest won revenue: $133,833"),
])  # fmt: skip
def test_accounts_named_by_their_own_size_or_age(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Melvin Marxen", text)
    assert said in reply, reply


def test_accounts_with_deals_are_deal_figures(seeded_engine: Engine) -> None:
    reply = _reply(seeded_engine, "Melvin Marxen", "accounts with open deals")
    assert "2,089 open deals" in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("what % of GTX Pro deals closed in Q4",
     "Closed in Q4 2017 (2017-10-01 to 2017-12-31): 325 of GTX Pro's deals of 1,480, i.e. 22.0%"),
    ("GTX Pro deals - what % of them closed in Q4", "325 of GTX Pro's deals of 1,480"),
    ("what share of Kan-code's deals were won in H2",
     "Won in H2 2017 (2017-07-01 to 2017-12-31): 72 of Kan-code's deals of 196, i.e. 36.7%"),
    ("Kan-code deals: what share of those were won in Q3?", "43 of Kan-code's deals of 196"),
])  # fmt: skip
def test_a_sets_deals_closed_in_a_period(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Melvin Marxen", text)
    assert said in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("what % of Q4 deals were GTX Pro", "GTX Pro: 325 of the company's deals of 1,985"),
    ("what % of Q4 closed deals were GTX Pro", "GTX Pro: 325 of the company's closed deals of 1,985"),
])  # fmt: skip
def test_a_periods_deals_as_the_whole_stay_so(seeded_engine: Engine, text: str, said: str) -> None:
    reply = _reply(seeded_engine, "Melvin Marxen", text)
    assert said in reply, reply
