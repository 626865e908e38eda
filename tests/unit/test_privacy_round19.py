"""Round 19 of the privacy detector: surgery told by the body part it is on or the stay it was admitted for, a
scope put into the body, a mission served for a church, a local party body of one's own, and a protest that
takes a side. New wordings, and near misses that must stay quiet."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # surgery told by the body part it is on, or the stay it was admitted for
        ("Sorry for the delay, my daughter had surgery on her wrist on Friday.", "health"),
        ("Piotr went in for an operation last week and is resting at home.", "health"),
        ("Leona's father was rushed in for emergency surgery yesterday.", "health"),
        # a scope put into the body, whatever its name
        ("I have a laparoscopy on Thursday, so Gemma will cover the Halcyon call.", "health"),
        ("Ben is booked in for a bronchoscopy next week and will be offline.", "health"),
        ("She had a cystoscopy this morning and is taking the afternoon off.", "health"),
        # a mission served for a church, or one named by its faith
        ("Before sales, Josh served an eighteen-month mission for the LDS Church in Manila.", "religion"),
        ("Hannah is back from her Mormon mission and starts with us on Monday.", "religion"),
        ("Our new buyer did missionary work with the Baptist church in Malawi for two years.", "religion"),
        # one's own local party body, or a party's body below the national
        ("Can't make Thursday, I chair my Labour ward branch that night.", "political_opinion"),
        ("Nadia is at her Conservative constituency association dinner tonight.", "political_opinion"),
        ("Greg volunteers for the Democratic county committee on weekends.", "political_opinion"),
        # a protest that takes a side, wherever it is told from
        ("Nils got a caution after an anti-war demo in 2019.", "political_opinion"),
        ("She was filmed at the pro-choice vigil outside the courthouse.", "political_opinion"),
        ("Tomas is still hoarse from the counter-protest on Saturday.", "political_opinion"),
    ],
)
def test_new_wordings_are_found(text: str, category: str) -> None:
    categories = detect(text).categories
    assert category in categories, categories


@pytest.mark.parametrize(
    "text",
    [
        # a surgery or a scope that is a business's or a lab's
        "The clinic wants quotes for surgery on its second floor.",
        "Maria's lab runs electron microscopy and spectroscopy for the plant.",
        "We are in for a long operation with procurement on this one.",
        # a mission that is a trade's, a firm's or a charity's
        "Tom went on a trade mission for the Chamber of Commerce to Seoul.",
        "Jake completed a two-year mission with the Peace Corps.",
        "We sold 40 tablets to the Church of Jesus Christ of Latter-day Saints.",
        # a party that is a celebration
        "Sarah is on our Christmas Party committee this year.",
        "I'll be at the Holiday Party meeting with Raj tomorrow.",
        # a demo that is a product's
        "John showed the anti-fraud demo to the CFO.",
        "Maria ran the anti-virus demo at the expo on Friday.",
    ],
)
def test_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == []
