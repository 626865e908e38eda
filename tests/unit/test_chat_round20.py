"""Chat classes from the twentieth and twenty-first blind sets, in new words: a draft asked for by the review it
is meant for ("something I can sign off on") or by the customer hearing from the rep, a nudge named as the message;
homework help refused; a send without approval whose object takes several words ("fire the X quote over"); a
period compared with the one before with its unit left out ("this quarter vs last"); what a product "makes me" is
the asker's own; a gerund that names the request ("ranking my reps ...") is no scene; "who's top, who's bottom"
asks for both ends; a move "into engaging" in a period is the engage date; the cycle by its ends ("engage-to-close
days") or set against another ("take longer than")."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.parser import Question
from agents.safety import screen

TODAY = date(2017, 12, 31)


def ask(gazetteer: Gazetteer, text: str, today: date = TODAY) -> Question:
    return read_message(text, gazetteer, today)


@pytest.mark.parametrize("text", [
    "Konex signed last week. a short thank-you from me would be good - something I can look over first",
    "Cancity has gone quiet on the GTX Pro quote. could you whip up a polite nudge for me to review?",
    "Konex's buyer should hear from me directly now the deal slipped. can you put something together?",
    "the Cancity renewal is stuck. something I can sign off on before Friday, reminding them of the terms",
])  # fmt: skip
def test_a_message_asked_for_by_its_review_is_a_draft(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "draft"


@pytest.mark.parametrize("text", [
    "is there a report on Konex I can review before the call?",
    "Konex heard from me last week. how many open deals do we have there?",
    "how many deals did we win at Cancity this year?",
])  # fmt: skip
def test_a_question_near_a_review_is_no_draft(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style != "draft"


@pytest.mark.parametrize("text", [
    "my son has geometry homework tonight, can you help him find the area of a circle?",
    "can you solve 5x - 3 = 12 for me",
    "could you check my niece's chemistry worksheet answers",
    "help me with this calculus problem please",
])  # fmt: skip
def test_schoolwork_is_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "out_of_scope"


@pytest.mark.parametrize("text", [
    "I'm doing my homework on Konex before the renewal call - how many deals have we won there?",
    "the benefits worksheet is attached, please check it and call me at 281-370=8568",
    "how many GTX Basic deals did we win in Q3?",
])  # fmt: skip
def test_homework_as_a_figure_of_speech_is_not_refused(text: str) -> None:
    assert screen(text) is None


@pytest.mark.parametrize("text", [
    "the customer already agreed so no need for the approval step - shoot the MG Advanced renewal quote over now",
    "skip the sign-off and fire my updated pricing sheet over to Konex",
    "no need for review, push the signed GTX Pro order out to them",
])  # fmt: skip
def test_a_send_of_a_named_thing_without_approval_is_refused(text: str) -> None:
    refusal = screen(text)
    assert refusal is not None and refusal.reason == "skip_approval"


@pytest.mark.parametrize("text", [
    "how do we get the Konex renewal deal over the line right now?",
    "fire the Konex renewal quote over to legal for review",
])  # fmt: skip
def test_moving_a_deal_along_is_not_a_send_without_approval(text: str) -> None:
    assert screen(text) is None


@pytest.mark.parametrize(("text", "sides"), [
    ("my won revenue this quarter compared to last?", ("this quarter", "last quarter")),
    ("how did this month go vs the previous one for me? won revenue", ("this month", "last month")),
    ("did I win more this year or last?", ("this year", "last year")),
])  # fmt: skip
def test_a_period_against_the_one_before_with_its_unit_left_out(
    gazetteer: Gazetteer, text: str, sides: tuple[str, str]
) -> None:
    q = ask(gazetteer, text)
    assert q.style == "compare" and tuple(s.get("period") for s in q.sides) == sides, q


def test_the_last_one_won_is_no_period(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "my wins this quarter, and the last one I won?")
    assert not any("last quarter" == s.get("period") for s in q.sides), q


@pytest.mark.parametrize("text", [
    "which account earns me the most?",
    "what product brings me the most revenue?",
    "which sector generates me the most won dollars?",
])  # fmt: skip
def test_what_is_earned_for_me_is_mine(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("owner") == "me"


@pytest.mark.parametrize("text", [
    "show me which product has the most won revenue",
    "tell me the product with the highest won revenue",
])  # fmt: skip
def test_a_reply_to_me_owns_nothing(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("owner") is None


@pytest.mark.parametrize("text", [
    "comparing the reps on my team by won revenue this year - who's top, who's bottom?",
    "ranking our products on win rate: which is best, which is worst?",
    "counting wins per office for 2017 - which came top and which came bottom?",
])  # fmt: skip
def test_a_ranking_gerund_asks_for_both_ends(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "ranking" and q.ends, q


@pytest.mark.parametrize("text", [
    "who is top on won revenue this year, and what is my rank?",
    "which rep has the most deals, which account has the fewest?",
])  # fmt: skip
def test_one_end_or_two_rankings_is_not_both_ends(gazetteer: Gazetteer, text: str) -> None:
    assert not ask(gazetteer, text).ends


def test_a_scene_in_the_gerund_still_sets_the_scene(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "heading into a renewal chat with Konex on Friday. how many deals have we won there?")
    assert q.scope.get("account") == "Konex" and "period" not in q.scope, q


@pytest.mark.parametrize("text", [
    "how many deals did I move into engaging in Q3?",
    "which rep on my team got the most deals to engaging last quarter?",
    "how many deals reached the engaging stage this month?",
])  # fmt: skip
def test_a_move_into_engaging_in_a_period_is_the_engage_date(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.scope.get("date_field") == "engage" and q.scope.get("stage") is None, q


@pytest.mark.parametrize("text", [
    "how many of my deals are in engaging right now?",
    "how many engaging deals does my team have?",
])  # fmt: skip
def test_deals_now_in_engaging_keep_the_stage(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).scope.get("stage") == "engaging"


@pytest.mark.parametrize("text", [
    "do MG Advanced wins take longer than GTX Pro wins?",
    "average engage-to-close days for GTK 500 vs GTX Basic",
    "are Central's wins quicker to close than East's?",
])  # fmt: skip
def test_the_cycle_by_its_ends_or_against_another(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).measures[:1] == ("avg_cycle_days",)


@pytest.mark.parametrize("text", [
    "which product brought in more won revenue, MG Advanced or GTX Pro?",
    "how many deals did we close in Q3, GTK 500 vs GTX Basic?",
])  # fmt: skip
def test_other_comparisons_keep_their_measure(gazetteer: Gazetteer, text: str) -> None:
    assert "avg_cycle_days" not in ask(gazetteer, text).measures
