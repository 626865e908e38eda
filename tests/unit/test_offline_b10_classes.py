"""Question classes from the tenth blind set, in new words: the asker's manager told as context, a stage left
out by name, a rate ranked without a stage filter, and reps held to a bar (the asker's or the company's)."""

from __future__ import annotations

from datetime import date

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.offline.parser import Question, tool_calls

TODAY = date(2017, 12, 31)


def ask(gazetteer: Gazetteer, text: str) -> Question:
    return read_message(text, gazetteer, TODAY)


def test_the_team_the_asker_joined_is_context(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "just moved to summer's team this month - how many open deals have I got?")
    assert q.scope.get("owner") == "me"
    q = ask(gazetteer, "I report to Rocco now; what have I won this year?")
    assert q.scope.get("owner") == "me"


def test_a_stage_left_out_by_name_is_no_filter(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "pipeline value of my prospecting deals only, keep the engaging ones out of it")
    assert q.scope.get("stage") == "prospecting"
    assert "pipeline_value" in q.measures


def test_ranking_on_a_win_rate_keeps_the_losses(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "among our retail customers, which account do we win most often at? give me the win rate")
    assert q.style == "ranking" and q.measures[0] == "win_rate"
    assert "stage" not in q.scope


def test_reps_held_to_the_company_figure(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "who on my team is below the company-wide win rate?")
    assert q.style == "against" and q.ascending and q.measures == ("win_rate",)
    baseline = tool_calls(q)[1].args
    assert "owner" not in baseline


def test_how_many_reps_beat_the_asker_on_a_named_measure(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "how many reps across the company have a higher win rate than me?")
    assert q.style == "against" and q.measures == ("win_rate",)
    assert q.sides[0]["owner"] == "me"


def test_a_message_opening_on_the_team(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "team's bookings in october vs september?")
    assert q.scope.get("owner") == "my team" and q.style == "compare"


def test_won_across_a_parent_and_its_subsidiaries(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "how much have we won from Sonron plus its subsidiaries this year?")
    assert q.scope.get("account_group") == "Sonron" and q.style == "figure"


def test_subsidiaries_ranked_on_their_own_facts(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "Sonron's subsidiaries: which one has the fewest employees?")
    assert q.style == "accounts" and q.scope == {"parent": "Sonron"} and q.sort == "employees" and q.ascending


def test_a_two_sided_comparison_states_the_relative_change() -> None:
    from agents.offline.comparison_answer import _change

    assert _change([("Q3", 200.0, ""), ("Q4", 250.0, "")]) == " From Q3 to Q4 that is a rise of 25.0%."
    assert _change([("Q3", 250.0, ""), ("Q4", 235.0, "")]) == " From Q3 to Q4 that is a fall of 6.0%."
    assert _change([("Q3", 250.0, ""), ("Q4", 250.0, "")]) == " From Q3 to Q4 that is no change (0.0%)."
    assert _change([("Q3", 0, ""), ("Q4", 250.0, "")]) == ""


def test_a_trend_between_two_periods_sets_them_side_by_side(gazetteer: Gazetteer) -> None:
    q = read_message("has my average deal size improved from Q1 to Q3?", gazetteer, date(2017, 9, 30))
    assert q.style == "compare" and len(q.sides) == 2


def test_the_biggest_chunk_of_it_is_by_money(gazetteer: Gazetteer) -> None:
    q = ask(
        gazetteer, "how many wins did I book in November, the total, and which account made up the biggest chunk of it?"
    )
    assert q.style == "ranking" and q.group_by == "account" and q.measures[0] == "won_revenue"


def test_asking_for_opportunity_ids_lists_the_deals(gazetteer: Gazetteer) -> None:
    q = ask(gazetteer, "give me the opp ids of my MG Advanced losses and who the customers were")
    assert q.style == "list" and q.scope.get("stage") == "lost"
