"""Chat readings behind qa_blind35's misses (written by someone who never saw the code), each tried on other wordings
and near misses: one win's usual worth; months chained with dashes; several reps added up; a pipeline called thin or
fat; a clause that leaves someone out before the dash; "its subsidiary"; one fact of two accounts; a message asked for
in a clause that looks like scene-setting; an answer routed to the rep for approval; what a correction or an answer
to the customer's question says."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.entities import Gazetteer
from agents.periods import read_period
from agents.tools.draft_points import points, subject_for
from tests.unit.test_chat_rates_side_by_side import ask


@pytest.mark.parametrize("text", [
    "when we win an MG Special deal, what is it usually worth?",
    "if I win a GTX Pro opp what's it normally worth",
    "mean of my won ones on GTX Basic",
])  # fmt: skip
def test_one_wins_usual_worth_is_the_mean_win(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).measures == ("avg_won_size",), ask(gazetteer, text)


@pytest.mark.parametrize("text", [
    "when I lose a deal what's it typically worth",
    "what are my won ones worth in total",
])  # fmt: skip
def test_no_mean_win_without_a_win_and_a_usual_worth(gazetteer: Gazetteer, text: str) -> None:
    assert "avg_won_size" not in ask(gazetteer, text).measures


@pytest.mark.parametrize(("text", "span"), [
    ("jan-feb-mar: how many did I win", ("2017-01-01", "2017-03-31")),
    ("won in jul – aug – sep", ("2017-07-01", "2017-09-30")),
])  # fmt: skip
def test_months_chained_with_dashes_are_each_counted(text: str, span: tuple[str, str]) -> None:
    period = read_period(text, date(2017, 12, 31))
    assert period is not None and (period.start.isoformat(), period.end.isoformat()) == span, period


def test_months_chained_apart_keep_their_gaps() -> None:
    period = read_period("wins in jan-mar-may", date(2017, 12, 31))
    assert period is not None and len(period.parts) == 3, period


def test_a_chain_of_other_words_is_no_period() -> None:
    assert read_period("the follow-ups-and-co-ops list", date(2017, 12, 31)) is None


@pytest.mark.parametrize("text", [
    "donn + cassey + reed - open opps added together?",
    "how many deals have anna and moses won this year, combined",
    "reed and donn's won revenue in total",
])  # fmt: skip
def test_reps_added_up_are_one_scope(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert len(question.scope.get("owners", [])) >= 2 and "owner" not in question.scope, question


@pytest.mark.parametrize("text", [
    "reed and cassey: how many open each",
    "reed vs donn on won revenue",
])  # fmt: skip
def test_reps_side_by_side_are_not_added_up(gazetteer: Gazetteer, text: str) -> None:
    assert "owners" not in ask(gazetteer, text).scope


def test_one_rep_named_is_no_group(gazetteer: Gazetteer) -> None:
    assert "owners" not in ask(gazetteer, "reed's open deals in total").scope


@pytest.mark.parametrize(("text", "ascending"), [
    ("whose open pipeline is slimmest on my team", True),
    ("who has the leanest pipe", True),
    ("who has the biggest open pipeline", False),
])  # fmt: skip
def test_a_pipeline_called_thin_or_big_ranks_reps_by_its_value(
    gazetteer: Gazetteer, text: str, ascending: bool
) -> None:
    question = ask(gazetteer, text)
    assert question.style == "ranking" and question.group_by == "rep", question
    assert question.measures == ("pipeline_value",) and question.ascending is ascending, question


def test_the_biggest_deal_in_a_pipeline_is_still_one_deal(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "what's the biggest deal in my pipeline")
    assert question.style == "list" and question.sort == "largest", question


def test_a_clause_that_leaves_someone_out_narrows_the_request(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "taking reed out since he just joined - who on my team has the most open deals?")
    assert question.scope.get("exclude_owners") == ["Reed Clapper"], question


def test_a_scene_before_the_dash_still_sets_no_filter(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "heading into my pipeline review with the team - who has the most open deals?")
    assert "exclude_owners" not in question.scope, question


@pytest.mark.parametrize("text", [
    "konex together with its subsidiary - how many have we won there?",
    "lost deals at hottechi + its subsidiary",
])  # fmt: skip
def test_its_one_subsidiary_widens_to_the_group(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert "account_group" in question.scope, question


@pytest.mark.parametrize("text", [
    "isdom or codehow - which has more employees?",
    "headquarters of konex and hottechi",
])  # fmt: skip
def test_one_fact_of_two_accounts_is_given_for_both(gazetteer: Gazetteer, text: str) -> None:
    question = ask(gazetteer, text)
    assert question.style == "multi" and len({p.scope.get("account") for p in question.parts}) == 2, question


def test_one_account_set_against_another_is_not_asked_about(gazetteer: Gazetteer) -> None:
    question = ask(gazetteer, "where is isdom headquartered, not codehow")
    assert question.style == "facts" and question.scope.get("account") == "Isdom", question


@pytest.mark.parametrize("text", [
    "on the train so excuse the typos.. write Konex a short thanks for the referral. I'll sign off later",
    "walking between meetings, pls draft Hatfan a note saying the demo moved to friday. will approve after",
])  # fmt: skip
def test_a_message_asked_for_in_a_scene_like_clause_is_drafted(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "draft"


@pytest.mark.parametrize("text", [
    "Konex asked whether MG Special has an API. it does. put a reply together and send it my way for review",
    "Hatfan's buyer wants to know about volume discounts - draft a response for my approval",
])  # fmt: skip
def test_an_answer_brought_to_the_rep_for_approval_is_a_draft(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "draft"


def test_an_answer_about_figures_is_no_draft(gazetteer: Gazetteer) -> None:
    assert ask(gazetteer, "put an answer together: how many deals did we win at Konex?").style != "draft"


@pytest.mark.parametrize(("request_text", "said"), [
    ("the order form had the wrong billing address, correct one is 12 Mill Lane. email them",
     "A quick correction: the billing address we gave you was wrong. The correct billing address is 12 Mill Lane."),
    ("we quoted the wrong start date, the right date is June 4. draft a fix",
     "A quick correction: the start date we gave you was wrong. The correct start date is June 4."),
])  # fmt: skip
def test_a_correction_carries_the_right_value(request_text: str, said: str) -> None:
    asked = points(request_text)
    assert asked == [said] and (subject_for(asked) or "").startswith("Correction: the "), asked


def test_a_mistake_already_fixed_is_no_correction() -> None:
    said = points("draft a thank-you to them for the call; we had the wrong contact on file but that's fixed")
    assert not [s for s in said if "correction" in s.lower()], said


def test_the_customers_question_answered_yes_is_said() -> None:
    said = points("their IT asked if MG Special supports SAML. it does. draft the reply")
    assert said == ["To answer your question: yes, MG Special supports SAML."], said


def test_a_question_left_open_is_not_answered_for_the_rep() -> None:
    assert points("their IT asked if MG Special supports SAML. not sure yet, draft a holding reply") == []
