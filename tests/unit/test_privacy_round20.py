"""Round 20 of the privacy detector: an origin named by "ethnically"/"racially" or "by ethnicity", a condition
told by the organ or body system it is in, a fine handed down by a court whatever the offence, and a shock told
as an acute episode nobody had. New wordings, and near misses that must stay as they were."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an origin named with the word that makes it one, whatever the people
        ("Dilnoza mentioned she's ethnically Uzbek, which helps with the Tashkent partners.", "ethnicity"),
        ("Marcus told the panel he is racially Black and grew up in Leeds.", "ethnicity"),
        ("Ilhan is Somali by heritage, so he offered to join the Mogadishu call.", "ethnicity"),
        ("Our new account manager is of Tatar ethnicity and speaks four languages.", "ethnicity"),
        # a condition told by the organ or body system it is in, with whose it is
        ("Rosa can't fly to the summit because of her lung condition.", "health"),
        ("Gustav has a thyroid problem and asked for the later slot.", "health"),
        ("Sorry, my liver trouble flared up again, so I'm working from home.", "health"),
        ("Kemal's chronic bowel disorder means he needs an aisle seat.", "health"),
        # a fine handed down by a court, whatever the offence
        ("Leon was fined in court for flying a drone over the airport.", "criminal_record"),
        ("Our supplier contact got fined by the magistrates for letting his dog foul the park.", "criminal_record"),
        ("The judge fined her two thousand euros in March, Anke said.", "criminal_record"),
    ],
)
def test_new_wordings_are_found(text: str, category: str) -> None:
    categories = detect(text).categories
    assert category in categories, categories


@pytest.mark.parametrize(
    "text",
    [
        # a shock told as an acute episode nobody had, whatever the episode
        "Greta almost had a stroke when the freight invoice arrived.",
        "Pavel said the new price list would give his boss a coronary.",
        "Honestly the outage nearly gave me a nervous breakdown, but it's fixed now.",
        "Ines practically had a seizure when the demo froze in front of the board.",
    ],
)
def test_figures_of_speech_stay_quiet(text: str) -> None:
    assert detect(text).categories == [], detect(text).categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # near misses: an ethnic mix of a place or team, a skill learnt by background
        ("Tom said the Almaty office is ethnically diverse.", []),
        ("Ana says the ethnically Russian districts of Narva are a good market.", []),
        ("She's Finance by background and will review the terms.", []),
        # organs in their business senses, and a condition as a market
        ("The library has back issues of the journal, Tom said.", []),
        ("Mark says we have a joint problem to solve with legal.", []),
        ("Priya leads their heart problem-solving workshop on Friday.", []),
        # a fine from a regulator or a league is no court's
        ("Tom was fined by the league for a late tackle.", []),
        ("Enron was fined by the regulator last year.", []),
        # an episode someone really had, or a harm that really came
        ("Petra had a stroke in May and is back part-time.", ["health"]),
        ("The stress gave her an ulcer, Tom said.", ["health"]),
    ],
)
def test_near_misses_stay_as_they_were(text: str, categories: list[str]) -> None:
    assert detect(text).categories == categories
