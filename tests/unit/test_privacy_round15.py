"""The kinds of input the blind15 privacy set showed the detector getting wrong, in new wording, each beside the
business, figurative or organisational sense that must stay quiet: a deal or project in a medical figure of
speech, a same-sex couple whose owner has a given name the lists lacked, and a visit to a specialist clinic as
a patient; plus a guard that the new and changed cues stay behind the prefilter."""

from __future__ import annotations

import pytest

from policies.privacy import detect
from policies.privacy.cues import CUES
from policies.privacy.persons import gender_of
from policies.privacy.prefilter import required_literals


def _cats(text: str) -> list[str]:
    return detect(text).categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # a deal, pipeline or project said to be in intensive care, on life support, in a coma
        ("Honestly the Acme renewal is on life support since their sponsor quit.", []),
        ("Our Q3 pipeline is basically in intensive care, says the VP.", []),
        ("The Stackline pilot is in the ICU: the sponsor went quiet and Tom has no reply.", []),
        ("This opportunity has been in a coma since March; Ana will try the CFO once more.", []),
        ("Tom's deal is in intensive care after the budget freeze.", []),
        ("The partnership with Finjob is in critical condition, he says.", []),
        # a person in the same state stays sensitive, whatever deal the sentence names
        ("Tom is in intensive care after the crash, so the Acme deal waits.", ["health"]),
        ("Her dad is on life support, so she is out until further notice.", ["health"]),
        ("The account manager is in intensive care after the accident.", ["health"]),
        ("The deal slipped because Priyam is in hospital.", ["health"]),
        ("Kofi has been in a coma since Friday.", ["health"]),
    ],
)
def test_medical_figures_of_speech(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize("name", ["Leonie", "Jess", "Becky", "Johanna", "Anouk", "Vicki", "Eleanor"])
def test_more_female_names_are_known(name: str) -> None:
    assert gender_of(name) == "f"


@pytest.mark.parametrize("name", ["Torsten", "Wolfgang", "Benoit", "Lukasz", "Vijay", "Alastair", "Darren"])
def test_more_male_names_are_known(name: str) -> None:
    assert gender_of(name) == "m"


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # an owner whose given name the lists lacked, with a partner of the same gender
        ("Johanna's wife Kim runs a bakery and may want a quote for the POS upgrade.", ["sexual_orientation"]),
        ("Torsten's husband is picking up the demo units on Friday.", ["sexual_orientation"]),
        ("Becky's girlfriend Maren is the new office manager at Cheers.", ["sexual_orientation"]),
        ("Wolfgang came to the launch with his boyfriend.", ["sexual_orientation"]),
        # the other gender, the firm's partner, a partner with no gender, a non-couple relative
        ("Johanna's husband Kim runs a bakery and may want a quote.", []),
        ("Torsten's wife is picking up the demo units on Friday.", []),
        ("Becky's partner firm Maren Ltd is the reseller for Cheers.", []),
        ("Leonie's sister Jess trains forklift drivers for a living.", []),
    ],
)
def test_couples_with_newly_known_names(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # a person seen at a specialist clinic, or an appointment of that kind
        ("Sorry for the delay, my consultation at the IVF clinic overran.", ["health"]),
        ("Ana's back from the pain clinic and will call you at 4.", ["health"]),
        ("Tom was seen at the memory clinic last week, so his daughter handles the paperwork.", ["health"]),
        ("Can't make 2pm, I have a fertility appointment.", ["health"]),
        ("Her follow-up at the sexual health clinic is on Friday, so she's offline.", ["health"]),
        ("Gabriel has an antenatal appointment with his wife on Monday morning.", ["health"]),
        # the clinic as a site of work, as an account or a market, or a meeting there
        ("We're at the fertility clinic to install the kiosks on Tuesday.", []),
        ("The fertility clinic account renewed for 40 seats, Ana says.", []),
        ("Meeting at the Bayside fertility clinic went well; their director wants a quote.", []),
        ("I have an appointment at the oncology unit for the demo.", []),
        ("Sven sells booking software to pain clinic networks in Bavaria.", []),
    ],
)
def test_clinic_visits(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Kenny, you belong in jail for what you did to the pension fund.", []),
        ("Honestly whoever priced this should be behind bars.", []),
        ("Tom spent a night in jail in 2009, per the background check.", ["criminal_record"]),
    ],
)
def test_a_wish_for_jail_is_no_record(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


def test_new_cues_are_prefiltered() -> None:
    changed = [
        cue.pattern
        for cue in CUES
        if any(word in cue.pattern.pattern for word in ("sexual health|", "life support", "_NOT_A_WISH", "belong "))
    ]
    assert len(changed) >= 3
    assert all(required_literals(pattern) is not None for pattern in changed)
