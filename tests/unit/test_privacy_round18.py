"""Round 18 of the privacy detector: a festival named as what the day is, an operation named by its body part,
a party's gathering named by its possessive, and a seat on a union's body with the union named by its trade.
New wordings, and near misses that must stay quiet."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a festival given as what the day is, beside the person it keeps away
        ("Magda can't do the 9th: it's Yom Kippur and she'll be fasting.", "religion"),
        ("Can we push the call? Friday is Eid and Omar will be with his family.", "religion"),
        ("Please avoid Tuesday for Priya, it's Diwali.", "religion"),
        ("Ravi asked for Monday off since it's the first day of Navratri.", "religion"),
        # an operation named by its body part, with whose it is
        ("Tom's knee operation went well; he's back Monday.", "health"),
        ("He is off for his eye surgery until the 3rd.", "health"),
        ("Ines postponed her shoulder reconstruction to after the renewal.", "health"),
        # a party's own gathering named by its possessive
        ("Gwen will be at the Lib Dems' autumn conference in Brighton as a delegate.", "political_opinion"),
        ("Sorry, Dan is at Labour's annual conference all week.", "political_opinion"),
        ("I'm speaking at the SNP's spring conference, so can we move the call?", "political_opinion"),
        # a seat on a union's body, the union named by its trade
        ("Piet sits on the teachers' union executive, so expect strike dates.", "trade_union"),
        ("She serves on the nurses' union negotiating team this year.", "trade_union"),
        ("He is on the local bus drivers union committee.", "trade_union"),
    ],
)
def test_new_wordings_are_found(text: str, category: str) -> None:
    categories = detect(text).categories
    assert category in categories, categories


@pytest.mark.parametrize(
    "text",
    [
        # a festival as a business's season
        "It's Diwali season, so the Mumbai warehouse is slow.",
        "It's Ramadan promo time at the grocery client.",
        # body words in business senses
        "His hand operation of the crane impressed the client.",
        "Our back office operation needs a revamp.",
        "Her back-end procedure is documented in Confluence.",
        # a firm's conference, a country's name
        "We have a booth at Oracle's annual conference.",
        "Ana is at Salesforce's annual conference in San Francisco.",
        # unions that are not trade unions
        "Rob sits on the local federal credit union board.",
        "She serves on the student union council.",
        "Lena sits on the European Union council working group.",
    ],
)
def test_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == []
