"""Round 22 of the privacy detector: an office held in a part of a union or a party, the body named after the
part, and a mixed or compound heritage. New wordings, and near misses that must stay as they were."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an office in a union's branch, local or chapter, the union named after it
        ("Priya is secretary of the Leeds branch of Unite, so she'll want the rota in writing.", "trade_union"),
        ("Owen sits on the committee of the local branch of the GMB these days.", "trade_union"),
        ("Marta has led the nurses' chapter of the union at St Anne's for two years.", "trade_union"),
        ("Dev is treasurer for the night-shift section of the dockers' union, so mornings are better.", "trade_union"),
        # the same office in a party's branch, wing or chapter
        ("Yusuf is treasurer of the youth wing of the CDU and is busy at weekends.", "political_opinion"),
        ("Helen chairs the Ohio chapter of the Libertarians, so avoid the tax chat.", "political_opinion"),
        ("Dieter heads the Munich branch of the Greens and is away on Friday.", "political_opinion"),
        ("Nia was elected to the executive of the Cardiff branch of Plaid Cymru last month.", "political_opinion"),
        # a compound or mixed heritage, whatever the two nationalities
        ("Rosa said she's half Nigerian on her dad's side, which came up over lunch.", "ethnicity"),
        ("Arjun is Anglo-Indian, born in Kolkata and raised in Leicester.", "ethnicity"),
        ("Mei told me she's part Malaysian, part Scottish.", "ethnicity"),
        ("Our new contact is a Sino-Peruvian engineer who used to be at Claro.", "ethnicity"),
        ("Greta is Swiss-Ghanaian and moved to Zurich last year.", "ethnicity"),
    ],
)
def test_new_wordings_are_found(text: str, category: str) -> None:
    categories = detect(text).categories
    assert category in categories, categories


@pytest.mark.parametrize(
    "text",
    [
        # a branch of a bank, a firm or a state; a meeting with a branch; a visit to one
        "Marta heads the Leeds branch of Union Bank and signed the renewal.",
        "Tom runs the Bristol branch of the credit union, which banks with us.",
        "Sara chairs the call with the Leeds branch of Unite on Tuesday.",
        "Kim visited the local branch of the union to drop off brochures.",
        "Jan leads the Kinshasa branch of the Democratic Republic of Congo's trade office.",
        "Ravi heads the London branch of the Green Investment Bank.",
        "Ben served on the executive branch of the Republican administration in 2005.",
        # a pair of nationalities that is a deal's, a border's, a firm's or a team's
        "The Anglo-Dutch merger closes in May, says Pieter.",
        "Franco-German relations are tense, Anna said.",
        "The team is half German, half Dutch, so meetings are in English.",
        "Laura says our Korean-Brazilian customers want Portuguese manuals.",
        "The company is Anglo-Dutch and listed in London, Pieter said.",
        "Tom's order is part Japanese stock, part Korean.",
        "Paula is half an hour late.",
    ],
)
def test_near_misses_stay_quiet(text: str) -> None:
    assert not detect(text).sensitive, detect(text).categories
