"""A company named with its legal suffix shortened or spelt out ("umbrella corp" for Umbrella Corporation, "bluth
co" for Bluth Company) is the account, and its facts are answered (the 25th blind set)."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer

TODAY = date(2017, 12, 31)


@pytest.mark.parametrize(("text", "account", "facts"), [
    ("seeing globex corp tomorrow, which industry are they in and how big are they", "Globex Corporation",
     ("sector", "employees")),
    ("where is acme corp headquartered?", "Acme Corporation", ("headquarters",)),
    ("bluth co - what line of business, and where are they located", "Bluth Company", ("sector", "headquarters")),
    ("what industry is Umbrella Corp in", "Umbrella Corporation", ("sector",)),
])  # fmt: skip
def test_a_shortened_company_suffix_names_the_account(
    gazetteer: Gazetteer, text: str, account: str, facts: tuple[str, ...]
) -> None:
    q = read_message(text, gazetteer, TODAY)
    assert q.style == "facts" and q.scope.get("account") == account and set(q.facts) == set(facts)


@pytest.mark.parametrize("text", [
    "what sector is umbrella in",  # "umbrella" alone is an ordinary word, no account
    "do we sell to any umbrella company",  # Umbrella Corporation is no "company"
    "how many employees does a corp need before it counts as enterprise",
])  # fmt: skip
def test_an_ordinary_word_before_a_suffix_names_no_account(gazetteer: Gazetteer, text: str) -> None:
    assert "account" not in read_message(text, gazetteer, TODAY).scope
