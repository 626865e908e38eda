"""Round 21 of the privacy detector: an illness told by what it does to a body, a person's part in a political
cause, a voter or backer of a referendum's side, and a firm's staff said to be union members as a group. New
wordings, and near misses that must stay as they were."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an illness told by what it does to a body
        ("Hannah was laid low by a nasty cold over the weekend, so she's moving the call.", "health"),
        ("Apologies, I've been flattened by a migraine since lunch and will reply tomorrow.", "health"),
        ("Ben is bedridden with the flu, so Dana will run the demo.", "health"),
        ("Raj has been knocked out by a chest infection all week.", "health"),
        # a person's part in a political cause: organising, leading, marching, campaigning for a side
        ("Bram led a rally against the pit closures last spring and still talks about it.", "political_opinion"),
        ("Jonas spoke at the pro-independence rally in Glasgow on Sunday.", "political_opinion"),
        ("Sofia told me about the climate vigil she co-organised outside parliament.", "political_opinion"),
        ("Mira spent the summer leafleting for independence before joining us.", "political_opinion"),
        ("He has been campaigning against fracking for years, Petra said.", "political_opinion"),
        # a voter or backer of a referendum's side
        ("Carla is firmly in the Remain camp, so skip the Brexit small talk.", "political_opinion"),
        ("Fergus was a Yes campaigner in the independence referendum.", "political_opinion"),
        ("Watch out, Tom's a proud Leaver and loves to argue.", "political_opinion"),
    ],
)
def test_new_wordings_are_found(text: str, category: str) -> None:
    categories = detect(text).categories
    assert category in categories, categories


@pytest.mark.parametrize(
    "text",
    [
        # a firm's staff said to be union members: a fact about a workforce
        "Ana says their warehouse staff are all union members, so expect a consultation.",
        "Heads up from Raj: the drivers at the Leeds depot are mostly in the union.",
        "Most of Zotware's nurses are union members, so Priya wants the rollout agreed with HR first.",
    ],
)
def test_a_workforce_stays_quiet(text: str) -> None:
    assert detect(text).categories == [], detect(text).categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # near misses: floored by a price, a bug in software, a server wiped out
        ("Raj was floored by the price on the renewal quote.", []),
        ("Ana was floored by the bug in the import tool.", []),
        ("Our mail server was wiped out by a virus, Raj says.", []),
        # near misses: a sales rally, a product's demo, a bid protest, a firm's leaver form, a board's vote
        ("Raj organised a rally for the sales team in March.", []),
        ("Ana ran the anti-fraud demo for the bank on Tuesday.", []),
        ("Priya led the protest against the contract award.", []),
        ("Please send the Leaver form for Tom by Friday.", []),
        ("Ana was the only No voter on the board resolution.", []),
        ("Jeff says the committee has started an ad campaign against Republicans in San Diego.", []),
        # still a person's: one person among a workforce, or a relative
        ("Ana and the other drivers are union members.", ["trade_union"]),
        ("His parents are union members, Raj said.", ["trade_union"]),
    ],
)
def test_near_misses_stay_as_they_were(text: str, categories: list[str]) -> None:
    assert detect(text).categories == categories
