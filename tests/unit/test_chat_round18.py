"""Chat classes from the eighteenth and nineteenth blind sets, in new words: an account called by its own name
without its company suffix ("Globex" for Globex Corporation), the current year, quarter or month "so far" with
"the" ("the year so far"), a stage asked of what the asker holds unnamed ("anything open under my name"), a later
"how many of those are still <stage>" (a part of the whole just counted, not a filter on it), a risk word in a
remark before a count question, and a stage count across "<account> + its subsidiaries" (the group's deals)."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer, find_mentions, tokens_of
from agents.offline.parser import Question
from agents.periods import read_period

TODAY = date(2017, 12, 31)


def ask(gazetteer: Gazetteer, text: str) -> Question:
    return read_message(text, gazetteer, TODAY)


@pytest.mark.parametrize(("text", "account"), [
    ("how many deals have we won at globex this year?", "Globex Corporation"),
    ("what's still open with Bluth?", "Bluth Company"),
    ("acme: won revenue in Q3", "Acme Corporation"),
    ("list my lost deals at Globex, opp ids pls", "Globex Corporation"),
])  # fmt: skip
def test_an_account_without_its_company_suffix_is_the_account(gazetteer: Gazetteer, text: str, account: str) -> None:
    assert ask(gazetteer, text).scope.get("account") == account


@pytest.mark.parametrize("text", [
    "do we sell umbrella insurance?",
    "is the corporation tax due this quarter",
])  # fmt: skip
def test_an_ordinary_word_left_of_a_suffix_names_no_account(gazetteer: Gazetteer, text: str) -> None:
    assert not [m for m in find_mentions(gazetteer, tokens_of(text)) if m.kind == "account"]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("my won revenue for the year so far", date(2017, 1, 1), date(2017, 9, 30)),
    ("how many wins for the quarter so far?", date(2017, 7, 1), date(2017, 9, 30)),
    ("deals lost so far in the year", date(2017, 1, 1), date(2017, 9, 30)),
    ("pipeline added the month so far", date(2017, 9, 1), date(2017, 9, 30)),
])  # fmt: skip
def test_the_current_unit_so_far_runs_to_today(text: str, start: date, end: date) -> None:
    period = read_period(text, date(2017, 9, 30))
    assert period is not None and (period.start, period.end) == (start, end)


@pytest.mark.parametrize(("text", "label"), [
    ("my wins so far", None),
    ("last month so far, how many wins", "August 2017"),
    ("the year before last", None),
])  # fmt: skip
def test_so_far_alone_or_after_another_period_changes_nothing(text: str, label: str | None) -> None:
    period = read_period(text, date(2017, 9, 30))
    assert (period.label if period else None) == label


@pytest.mark.parametrize(("text", "stage"), [
    ("is there anything still engaging under my name?", "engaging"),
    ("any of mine still open? just the count", "open"),
    ("how many are in prospecting with my name on them", "prospecting"),
    ("anything open on my books right now", "open"),
])  # fmt: skip
def test_a_stage_of_what_the_asker_holds_unnamed_is_their_deals(gazetteer: Gazetteer, text: str, stage: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "figure" and q.scope.get("owner") == "me" and q.scope.get("stage") == stage


@pytest.mark.parametrize("text", [
    "is my gym open tomorrow?",
    "is the pool open to anyone under my name",
    "is the cafe open for friends of mine",
])  # fmt: skip
def test_a_named_everyday_thing_stays_out_of_scope(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "out_of_scope"


@pytest.mark.parametrize("text", [
    "how many deals did I start engaging in November, and how many of those are still engaging?",
    # "deals my team engaged in Q3 - how many in total? of those how many are won by now?": two parts since round 71
    "count the deals my team first engaged in september - and how many of them we lost",
])  # fmt: skip
def test_a_stage_asked_of_those_just_counted_filters_nothing(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.style == "figure" and "stage" not in q.scope and q.scope.get("date_field") == "engage"


@pytest.mark.parametrize(("text", "stage"), [
    ("how many of those are still engaging?", "engaging"),
    ("how many engaging deals did I start in october?", "engaging"),
    ("how many deals did I lose in Q3 and how many of those were at Konex", "lost"),
])  # fmt: skip
def test_a_stage_of_the_whole_or_of_a_follow_up_stays(gazetteer: Gazetteer, text: str, stage: str) -> None:
    assert ask(gazetteer, text).scope.get("stage") == stage


@pytest.mark.parametrize("text", [
    "Konex keeps slipping away from me... how many deals have I lost there?",
    "my pipeline feels risky. how many open deals have I got?",
    "Cancity has gone quiet on me - how much have we won there this year?",
])  # fmt: skip
def test_a_risk_word_in_a_remark_before_a_count_asks_the_count(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "figure"


@pytest.mark.parametrize("text", [
    "is Cancity at risk? how many deals do we have there?",
    "Hatfan has gone quiet.. thoughts?",
    "which of my deals are slipping?",
])  # fmt: skip
def test_a_risk_asked_or_left_open_stays_a_risk_check(gazetteer: Gazetteer, text: str) -> None:
    assert ask(gazetteer, text).style == "risk"


@pytest.mark.parametrize(("text", "stage"), [
    ("Sonron + its subs: how many open deals across the lot?", "open"),
    ("how many deals are engaging at Sonron & all its subsidiaries", "engaging"),
    ("Sonron and their subsidiaries - which companies, and how many prospecting deals?", "prospecting"),
])  # fmt: skip
def test_a_stage_count_across_an_account_and_its_subsidiaries_is_the_group(
    gazetteer: Gazetteer, text: str, stage: str
) -> None:
    q = ask(gazetteer, text)
    assert q.scope.get("account_group") == "Sonron" and q.scope.get("stage") == stage


@pytest.mark.parametrize("text", [
    "how many open deals at Sonron?",
    "how many open deals does Sonron have, and what are its subsidiaries?",
])  # fmt: skip
def test_the_account_alone_or_its_subsidiaries_asked_apart_is_no_group(gazetteer: Gazetteer, text: str) -> None:
    q = ask(gazetteer, text)
    assert q.scope.get("account") == "Sonron" and "account_group" not in q.scope
