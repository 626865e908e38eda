"""Round 23 of the privacy detector: an infection named by its place in the body with a word before it, a side
taken on a nation's independence or unification, the writer's own congregation ("our church"), a voice or face
enrolled to identify someone, and an office held "as" a delegate or rep in a sentence naming a union. New
wordings, and near misses that must stay as they were."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an infection told by where in the body it is, whatever qualifies it
        ("Marek is off until Thursday with a horrible sinus infection.", "health"),
        ("Ines has been signed off with a double eye infection, so I'll cover her calls.", "health"),
        ("Bram picked up a bad chest infection on the flight home.", "health"),
        # a side taken on a nation's independence, unification or union
        ("Callum is a lifelong advocate of Scottish independence, so steer clear at the offsite.", "political_opinion"),
        ("Marta is a committed opponent of Catalan independence.", "political_opinion"),
        ("Heads-up: Declan is firmly in favour of a united Ireland and will say so.", "political_opinion"),
        # the writer's own congregation
        ("Can't do Sunday, I help run our mosque's food bank.", "religion"),
        ("I'm out Saturday for a youth weekend at our synagogue.", "religion"),
        ("I'll be late Friday, our parish is holding a vigil and I'm on the rota.", "religion"),
        # a voice or face enrolled, which makes it a template that identifies the person
        ("Kemal re-enrolled his face on the new door terminals after his beard grew back.", "genetic_biometric"),
        ("Lena recorded her voice for the bank's voice ID so she can skip the PIN.", "genetic_biometric"),
        ("Tomasz set up his face for facial recognition at the Hamburg site.", "genetic_biometric"),
        # an office held "as" a delegate or rep, a union named in the sentence
        ("I'll miss the stand-up, I'm sitting in on the Unite grievance hearing as a workplace rep.", "trade_union"),
        ("Ana is going to the union congress as our local's delegate.", "trade_union"),
        ("Jonas is off to Berlin as a shop-floor delegate to the IG Metall conference.", "trade_union"),
    ],
)
def test_new_wordings_are_found(text: str, category: str) -> None:
    categories = detect(text).categories
    assert category in categories, categories


@pytest.mark.parametrize(
    "text",
    [
        # an infection of a machine, or a rate at a hospital customer
        "The laptop has a nasty malware infection, so IT is re-imaging it.",
        "The wound infection rate at the hospital customer is falling.",
        # independence or a union that is no nation's
        "Greta is a big fan of financial independence and reads about it a lot.",
        "Priya is a keen advocate of the Hudson unification project.",
        # a church as a vendor's market
        "Our church customers love the new ticketing module.",
        "We sold the kiosks to our church accounts in Texas.",
        "Our parish council customer signed the renewal.",
        # a voice recorded for a video, a voice trained for singing, a product's enrolment
        "Lena recorded her voice for the product launch video.",
        "Omar trained his voice for the choir concert.",
        "Users enrol their face in the app settings.",
        # a delegate or rep at something that is no trade union
        "I sat in on the union meeting as a management rep.",
        "Tom flew to the European Union summit as a trade delegate.",
        "He joined the credit union board meeting as a delegate.",
        "Kai attended the trade show as a delegate.",
    ],
)
def test_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == []
