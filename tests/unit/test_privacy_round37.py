"""Privacy classes blind37 showed missing, each in new wordings beside hard negatives: an organ taken out, told
the everyday way; a fever given by its temperature, in English or the languages notes mix in; training for a
union office; a Crown prosecution cited by its case name with its offence or listing; an operation named by its
body part and kind with no article; a people of China said of a named person; a person said to be halal or
kosher."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # an organ taken out
    ("Marta's gallbladder was removed on Tuesday, so she's remote this week.", "health"),
    ("Tomasz says they finally took his appendix out on Sunday, so the demo moves.", "health"),
    # a fever by its temperature
    ("Scusa Paolo, ho 38,5 di febbre, rimandiamo la call con Brightwell?", "health"),
    ("Lena texted: running a 39-degree fever, can Omar cover the Acme pitch?", "health"),
    ("Lucía está en casa con 38 de fiebre, movemos la demo.", "health"),
    # training for a union office
    ("Auto-reply: Declan is on a Unite workplace-rep training course until the 4th.", "trade_union"),
    ("Heads up, Marie is off on a shop-steward refresher course today.", "trade_union"),
    # a Crown prosecution cited by its case name
    ("Noticed R v Okonkwo (fraud) on Friday's crown court list, that's Emeka from Brightwell.", "criminal_record"),
    ("FYI R v Lindqvist, listed for a plea hearing 3 March — Anders, their CFO.", "criminal_record"),
    # an operation named by part and kind
    ("Kemal is off until June, shoulder cartilage repair surgery on Monday.", "health"),
    ("Dev's dad is recovering from heart valve replacement surgery, so Dev is on half days.", "health"),
    # a people of China said of a named person
    ("Mei Zhou (Brightwell Kunming) is Naxi, she'd love the Lijiang venue.", "ethnicity"),
    ("Mei Lin (Treequote Harbin) is Tujia, so ask her about the Enshi trip.", "ethnicity"),
    # a person said to be halal or kosher
    ("Omar is strictly halal, so pick the Lebanese place.", "religion"),
    ("Order the fish platter, Yosef's kosher.", "religion"),
])  # fmt: skip
def test_blind37_classes_are_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", [
    # a document's appendix moved
    "Priya took the appendix out of the deck before sending it to Acme.",
    "Dana had her appendix removed from the RFP draft, it was too long.",
    # fever as a product, a figure or a count
    "Jonas ordered 40 of the Fever-Tree tonics for the launch party.",
    "Giulia dice che la febbre dell'oro del 1849 è il tema dello stand.",
    "Spring Fever sale: Marco says 39 of our SKUs are discounted.",
    # a union course sold or about stewards
    "Ines sold a shop-steward training course package to SIPTU last quarter.",
    "Tom is on a management course about working with shop stewards.",
    # a judicial review, a precedent
    "Kate's memo cites R v Secretary of State, about the licensing rules.",
    "As Ravi noted, R v Brown [1994] is the leading case on consent.",
    # an operation as a market or a product, surgery as a figure
    "Sven is building the knee reconstruction surgery module for OrthoCo.",
    "Amy says the hip replacement surgery market grew 4% last year.",
    # a given name, a Māori meeting, a people's name on a thing
    "Our new contact at Treequote is Hui, she starts Monday.",
    "Anna said Wei is Hui Zhang's manager now.",
    "Aroha says the iwi have called a hui at the marae on Friday.",
    "Mei bought Miao embroidery for the Kunming office.",
    # a venue or a menu said to be halal
    "Priya checked: the whole menu is halal.",
    "The Nando's on Soho Road is halal, Omar says.",
    "Sara says the chicken is halal-certified.",
])  # fmt: skip
def test_blind37_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == []
