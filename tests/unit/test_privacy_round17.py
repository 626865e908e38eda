"""Round 17 of the privacy detector: a party body named with its level, time served in any tense, worship at a
faith's house, and a one-word firm under investigation. New wordings, and near misses that must stay quiet."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a seat on a party body with its level or place before the party
        ("Marta sits on the county Democratic committee, so avoid the election talk.", "political_opinion"),
        ("He was elected to the state Republican executive last spring.", "political_opinion"),
        ("Owen serves on the Leeds Labour executive in his spare time.", "political_opinion"),
        ("She was co-opted onto the ward Green Party committee.", "political_opinion"),
        # time done, in any tense
        ("Her son is doing three years for fraud, so she's been distracted.", "criminal_record"),
        ("Dev's cousin is serving eighteen months for assault.", "criminal_record"),
        ("My uncle is serving a life sentence, which is why I flew to Ohio.", "criminal_record"),
        ("He spent two years behind bars before joining us.", "criminal_record"),
        ("Raj has been spending time in jail since March.", "criminal_record"),
        # worship or practice at a faith's house
        ("Ines worships at the gurdwara on Sundays, so book Monday.", "religion"),
        ("Tom meditates at the Tibetan Buddhist centre every Thursday evening.", "religion"),
        ("Call Leah after six; she prays at the synagogue on Friday evenings.", "religion"),
        ("The Greek Orthodox church where she worships is two streets away.", "religion"),
        ("Hana is away on a week-long retreat at a Zen monastery.", "religion"),
        ("Pedro is at the Catholic abbey where he studies until the 12th.", "religion"),
    ],
)
def test_new_wordings_are_found(text: str, category: str) -> None:
    categories = detect(text).categories
    assert category in categories, categories


@pytest.mark.parametrize(
    "text",
    [
        # party words with no party body, or a firm's board
        "Gloria sits on the county planning committee and the state board.",
        "He was elected to the city council's finance committee.",
        # time without a sentence
        "He spent time with the client going over the quote.",
        "She is doing two years of night school alongside the job.",
        "We've been serving two years for the same customer without a complaint.",
        "Raj spent two years in Jakarta before joining us.",
        # a faith's house as a site, a customer or a figure of speech
        "We delivered the kiosks to the Sikh temple on Tuesday.",
        "The Catholic church where he installed the servers paid late.",
        "She worships at the altar of quarterly growth.",
        "Ana booked the team offsite at a converted abbey.",
        "He has band practice at the church hall tonight.",
        # a firm under investigation
        "The rumour that Zotware is under investigation for fraud turned out to be about another vendor.",
        "Ganjatech is under investigation for price fixing, per the news.",
        "Scottechnology was under investigation for fraud last year; carry on with the renewal.",
    ],
)
def test_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == []


def test_a_person_beside_a_firm_is_still_found() -> None:
    assert detect("Zotware told us Maria is under investigation for fraud.").categories == ["criminal_record"]
