"""A clause that names a group again ("across bubba gump + those subs") is a question of its own, though it says
"those": the group it points at is named in the same clause (the 23rd blind set). The accounts under one parent
asked with a figure in one sentence are both answered (the 24th)."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer

TODAY = date(2017, 12, 31)


@pytest.mark.parametrize("text", [
    "which accounts are subsidiaries of bubba gump? and whats our total won rev across bubba gump + those subs",
    "who are Acme Corporation's subs? how many deals did we win at Acme Corporation and its subsidiaries",
    "which companies roll up to Bubba Gump? and what's the win rate for bubba gump plus their subs",
])  # fmt: skip
def test_a_group_named_again_with_those_subs_is_its_own_question(gazetteer: Gazetteer, text: str) -> None:
    q = read_message(text, gazetteer, TODAY)
    assert q.style == "multi" and len(q.parts) == 2 and "account_group" in q.parts[1].scope


@pytest.mark.parametrize("text", [
    "which accounts are subsidiaries of bubba gump? and what did those subs win",
    "my biggest win this year? and who owns it",
])  # fmt: skip
def test_a_pronoun_with_nothing_named_still_leans_on_the_first(gazetteer: Gazetteer, text: str) -> None:
    assert read_message(text, gazetteer, TODAY).style != "multi"


@pytest.mark.parametrize("text", [
    "warephase - which accounts sit under them, and how much have we won across warephase + subs this year?",
    "which accounts are subsidiaries of Acme Corporation, and how much have we won across acme + its subsidiaries?",
])  # fmt: skip
def test_a_groups_accounts_and_a_figure_in_one_sentence_are_both_answered(gazetteer: Gazetteer, text: str) -> None:
    """Round 24's miss: the accounts under one parent (not every subsidiary) and the group's figure."""
    q = read_message(text, gazetteer, TODAY)
    listing, figure = q.parts
    assert q.style == "multi" and listing.facts == ("subsidiaries",) and "account" in listing.scope
    assert figure.measures == ("won_revenue",) and "account_group" in figure.scope


@pytest.mark.parametrize(("text", "style"), [
    ("which accounts are subsidiaries?", "accounts"),
    ("which companies roll up to Acme Corporation", "facts"),
])  # fmt: skip
def test_a_list_of_accounts_alone_stays_one_question(gazetteer: Gazetteer, text: str, style: str) -> None:
    assert read_message(text, gazetteer, TODAY).style == style
