"""A people's word that opens a firm's or a place's name is not a person's origin (an Enron lease mail named
"CounterParty is Black Hills Trucking, Inc"); the same word before a nationality still is."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(
    "text",
    [
        "Detail on the site lease agreement:  CounterParty is Black Hills Trucking, Inc Initial 1 year term",
        "Their freight vendor is Asian Pacific Logistics Ltd.",
        "The landlord is Cherokee Realty Partners, per the lease.",
    ],
)
def test_a_name_that_opens_with_a_peoples_word_is_quiet(text: str) -> None:
    assert detect(text).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Our new contact Dana is Black British and very sharp.",
        "The buyer, Ana, is Hispanic American, so pitch the Spanish deck.",
        "Marcus is Black. He mentioned it at lunch.",
        "Tala is a Navajo Nation member and is out for the Nation's fair week.",
        "Dana is Black, so keep that in mind for the panel.",
    ],
)
def test_a_person_of_a_people_is_still_found(text: str) -> None:
    assert {f.category for f in detect(text).findings} == {"ethnicity"}
