"""Round 24 of the privacy detector: a people the writer glosses as a minority, an ethnic group or a people,
whatever its name; a plea entered to a charge other than guilty or not guilty; and an offence whose kind is
hyphened onto it ("a wire-fraud charge"). New wordings, and near misses that must stay as they were."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a people glossed for the reader, its name in no table
        ("Turns out Ivan is Gagauz, a Turkic people living mostly in southern Moldova.", "ethnicity"),
        ("Kasia mentioned she is Kashubian — a small ethnic group on the Baltic coast.", "ethnicity"),
        ("Lukas told me he's Sorbian, one of the minorities Germany officially recognises.", "ethnicity"),
        ("Our host Petro is Rusyn, a minority the census in Uzhhorod barely counts.", "ethnicity"),
        # a plea other than guilty or not guilty
        ("Heads-up: the new CFO, Dale Marsh, pled nolo contendere to a securities charge in 2011.", "criminal_record"),
        ("Background check shows Erin Voss entered an Alford plea on an assault count.", "criminal_record"),
        ("Their treasurer Kyle Benn pleaded no contest to embezzlement back in 2016.", "criminal_record"),
        # an offence whose kind is hyphened onto it
        ("Compliance noted that Ray Dunn is facing a mail-fraud charge in Ohio.", "criminal_record"),
        ("Their founder, Mira Olsen, was convicted of identity-theft in 2012.", "criminal_record"),
        ("Sam Reyes has two wire-fraud charges pending, per the diligence memo.", "criminal_record"),
    ],
)
def test_new_wordings_are_found(text: str, category: str) -> None:
    categories = detect(text).categories
    assert category in categories, categories


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minority that is a stake, a people that is a manager's, a people named without a gloss
        ("Our partner is Lumen, a minority shareholder in the JV.", []),
        ("Sara is Senior, a people manager on the Leeds team.", []),
        ("Their new logo is Aurora, a people-first brand refresh.", []),
        # a faith or a party glossed as a minority is that, not an ethnic origin
        ("Tom is Catholic, a minority in this town.", ["religion"]),
        ("He's Republican, a minority in this office.", ["political_opinion"]),
        # a plea and a fraud that are no one's offence
        ("I plead no contest on the pizza order, you choose.", []),
        ("The anti-fraud charges on the card were refunded by the bank.", []),
        ("Our anti-fraud team flagged a card-fraud pattern in the Q3 data.", []),
    ],
)
def test_near_misses_stay_as_they_were(text: str, expected: list[str]) -> None:
    assert detect(text).categories == expected
