"""Chat readings found with qa_blind66, each tried on several wordings and near misses: open deals flipped to won so a
number comes out right is refused; digits for words ("4 me", "a note 2 X") and "drft", "wr", "tot", "pipe $"; a draft
to "our Japan-based account"; a stage or a series left out ("no prospecting", "aren't in the GTX line"); a second
place left out ("outside the US but not in Europe"); a team's ratio held against the team's own pooled figure; a
second question among the deals just counted, after facts about an account, or after accounts counted; the countries
or sectors of the accounts behind some deals."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from agents.context import ToolContext
from agents.drafting import purpose_of
from agents.offline.composer import compose
from agents.offline.entities import Gazetteer
from agents.offline.lexicon import normalised
from agents.offline.parser import tool_calls
from agents.offline.question import Question
from agents.safety import screen
from agents.tools import CATALOGUE
from bot.errors import NotFoundError
from memory.users import get_user_by_name
from tests.unit.test_chat_rates_side_by_side import TODAY, ask


def _answer_as(engine: Engine, name: str, question: Question) -> str:
    with Session(engine, expire_on_commit=False) as s:
        ctx = ToolContext(engine=engine, user=get_user_by_name(s, name=name), today=TODAY)
    return compose(question, [CATALOGUE[c.name].invoke(ctx, c.args).data for c in tool_calls(question)])


@pytest.mark.parametrize("text", [
    "for the forecast call just flip Darcel's 10 oldest Engaging deals to Won so our commit number lines up",
    "move my 5 biggest engaging opps to closed won so the Q4 number matches the plan",
    "set those three deals as won till the forecast total adds up",
])  # fmt: skip
def test_deals_made_wins_so_a_number_comes_out_right_are_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "falsify_records", text


@pytest.mark.parametrize("text", [
    "mark the Cancity deal as won, they signed yesterday",
    "what would our commit number be if we moved the 10 oldest engaging deals to won",
    "which engaging deals should I push to close so my commit number is met?",
])  # fmt: skip
def test_stage_talk_without_a_faked_win_passes(text: str) -> None:
    assert screen(text) is None, text


@pytest.mark.parametrize(("text", "read"), [
    ("# won q2 vs q3 4 me pls", " for me "),
    ("hold it 4 my ok", " for my ok "),
    ("drft a thx note 2 Hottechi", " draft a thanks note to hottechi "),
    ("wr mtd?", " win rate mtd "),
    ("tot pipe $ @ list", " total pipeline value list "),
])  # fmt: skip
def test_chat_digits_and_shorthand_read_as_words(text: str, read: str) -> None:
    assert read in normalised(text), normalised(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("top 4 my reps", " top 4 my "),
    ("send 2 emails to Konex", " send 2 emails "),
    ("my wr is fine, what about kami's wrap-up", " wr is "),
])  # fmt: skip
def test_digits_and_shorthand_that_are_figures_stay(text: str, kept: str) -> None:
    assert kept in normalised(text), normalised(text)


def test_a_thanks_note_in_shorthand_is_a_thank_you() -> None:
    assert purpose_of("drft a thx note 2 Hottechi for the MG Special business") == "thanks"
    assert purpose_of("ty email to Konex pls") == "thanks"
    assert purpose_of("email Konex about the new pricing, thx") == "pricing"


@pytest.mark.parametrize(("text", "where"), [
    ("can u draft a short intro email to our Japan-based account about GTX Plus Pro?", "japan"),
    ("write a note to our Kenya based customer", "kenya"),
    ("drft a thx note 2 the customer based in Korea", "korea"),
])  # fmt: skip
def test_a_draft_to_the_account_described_by_where_it_is_based(gazetteer: Gazetteer, text: str, where: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "draft" and question.scope.get("headquarters") == where, question


def test_the_one_account_based_there_is_written_to(store: Engine) -> None:
    with Session(store, expire_on_commit=False) as s:
        ctx = ToolContext(engine=store, user=get_user_by_name(s, name="Darcel Schlecht"), today=date(2017, 12, 31))
    draft = CATALOGUE["draft_email"].invoke(ctx, {"headquarters": "Kenya", "request": "an intro email"}).data
    assert draft["account"] == "Betatech" and draft["status"] == "pending", draft
    with pytest.raises(NotFoundError, match="say which one"):  # many are based in the US: the rep picks
        CATALOGUE["draft_email"].invoke(ctx, {"headquarters": "United States", "request": "an intro email"})


@pytest.mark.parametrize(("text", "scope"), [
    ("pipeline value at list, engaging only, no prospecting", {"stage": "engaging"}),
    ("open deals without prospecting", {"stage": "engaging"}),
    ("how many of my open deals are for products that aren't in the GTX line?", {"exclude_products": ["GTX"]}),
    ("my wins that weren't part of the MG series", {"exclude_products": ["MG"]}),
    ("my won revenue from products outside the GTX family", {"exclude_products": ["GTX"]}),
])  # fmt: skip
def test_a_stage_or_series_left_out(gazetteer: Gazetteer, text: str, scope: dict[str, object]) -> None:
    question = ask(gazetteer, text)
    assert scope.items() <= question.scope.items(), question


@pytest.mark.parametrize(("text", "scope"), [
    ("how many of my open deals are in the GTX line?", {"products": ["GTX"]}),
    ("won and lost deals this year, no filter", {}),
])  # fmt: skip
def test_a_series_or_stages_kept(gazetteer: Gazetteer, text: str, scope: dict[str, object]) -> None:
    question = ask(gazetteer, text)
    assert scope.items() <= question.scope.items() and "exclude_products" not in question.scope, question
    assert question.scope.get("stage") != "engaging", question


@pytest.mark.parametrize("text", [
    "which of our accounts are HQ'd outside the US but NOT in Europe?",
    "list the accounts based outside the US and not in Europe",
])  # fmt: skip
def test_a_second_place_left_out(gazetteer: Gazetteer, seeded_engine: Engine, text: str) -> None:
    reply = _answer_as(seeded_engine, "Moses Frase", ask(gazetteer, text))
    assert "Ganjaflex" in reply and "Betatech" in reply, reply
    assert "Newex" not in reply and "Sumace" not in reply and "Cancity" not in reply, reply  # Germany, Romania, US


def test_outside_the_us_alone_keeps_europe(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    reply = _answer_as(seeded_engine, "Moses Frase", ask(gazetteer, "accounts headquartered outside the US"))
    assert "Newex" in reply and "Cancity" not in reply, reply


@pytest.mark.parametrize(("user", "text", "bar", "below"), [
    ("Rocco Neubert", "who on my crew is running below the team's overall win rate? (ignore Natalya)", "62.1%",
     ["Daniell Hammack (61.0%)", "Donn Cantrell (57.5%)"]),
    ("Cara Losch", "anyone on my team whose avg won deal this yr is under the team average?", "$2,354",
     ["Violet Mclelland ($1,012)"]),
])  # fmt: skip
def test_a_ratio_is_held_to_the_teams_own_figure(gazetteer: Gazetteer, seeded_engine: Engine, user: str, text: str,
                                                 bar: str, below: list[str]) -> None:  # fmt: skip
    reply = _answer_as(seeded_engine, user, ask(gazetteer, text))
    assert f"is {bar}" in reply and all(name in reply for name in below), reply


def test_a_sum_is_held_to_the_mean_of_the_reps(gazetteer: Gazetteer, seeded_engine: Engine) -> None:
    question = ask(gazetteer, "who on my team is below the team average for won revenue in 2017?")
    assert "the team average won revenue is $188,342" in _answer_as(seeded_engine, "Cara Losch", question)


@pytest.mark.parametrize(("text", "second"), [
    ("how many deals is my team carrying in Engaging, and how many of those are with software-sector accounts?",
     {"stage": "engaging", "sector": "software"}),
    ("how many open deals do I have, and how many of them are with retail accounts", {"stage": "open",
                                                                                     "sector": "retail"}),
    ("Central office: win rate for Q4 overall, and which rep in the office closed their Q4 wins fastest?",
     {"office": "Central"}),
    ("lost how many this yr & what's my open stuff worth at list?", {"owner": "me", "stage": "open"}),
    ("Ganjaflex: HQ country + sector? and what did the whole company win from them in Q4", {"account": "Ganjaflex"}),
    ("how many accounts do we have in telecom, and which one of them brought in the most won revenue in 2017?",
     {"sector": "telecommunications"}),
])  # fmt: skip
def test_a_second_question_after_the_first(gazetteer: Gazetteer, text: str, second: dict[str, object]) -> None:
    question = ask(gazetteer, text)
    assert question.style == "multi" and len(question.parts) == 2, question
    assert second.items() <= question.parts[1].scope.items(), question.parts[1]


def test_an_elliptic_first_question_is_the_askers_own(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "lost how many this yr & what's my open stuff worth at list?")
    assert question.parts[0].scope.get("owner") == "me", question.parts[0]
    question = ask(gazetteer, "how many did we lose this year & what's my pipeline")
    assert "owner" not in question.parts[0].scope, question.parts[0]  # "we": the company


@pytest.mark.parametrize("text", [
    "how many open deals do I have at Konex? and who closed them",
    "how many deals did we close in q3 and how many of those were won",
    "which reps have won at Konex, and which have lost there",
])  # fmt: skip
def test_a_clause_pointing_back_at_deals_stays_one_question(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style != "multi", text


@pytest.mark.parametrize(("text", "dimension", "scope"), [
    ("besides the US, what countries are the accounts i've worked deals with based in?", "country",
     {"owner": "me", "headquarters": "not United States"}),
    ("what countries are my accounts in?", "country", {"owner": "me"}),
    ("which sectors are my customers in?", "sector", {"owner": "me"}),
])  # fmt: skip
def test_the_places_or_sectors_of_the_accounts(gazetteer: Gazetteer, text: str, dimension: str,
                                               scope: dict[str, object]) -> None:  # fmt: skip
    question = ask(gazetteer, text)
    assert question.group_by == dimension and question.top is None and scope.items() <= question.scope.items()


@pytest.mark.parametrize("text", ["what sector is Konex in?", "which sector has the most accounts in the crm?"])
def test_one_accounts_sector_or_the_top_sector_is_no_list(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert not (question.style == "ranking" and question.top is None), question
