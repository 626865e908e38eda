"""Round 61 of the privacy detector: classes of wording the blind set privacy_blind61 showed missing, each with
invented positives (none of them the set's sentences) and hard negatives that must stay quiet."""

from __future__ import annotations

import pytest

from policies.privacy import detect


def _categories(text: str) -> list[str]:
    return detect(text).categories


# a pregnancy told as the birth to come ("is having her first baby")
@pytest.mark.parametrize(
    "text",
    [
        "Our controller Mia is having her first baby in March, so Q1 sign-off goes to her deputy.",
        "Omar mentioned his wife is having twins, so he'll be on leave from June.",
        "Jonas said he and his partner are about to have their second child, expect slower replies.",
        "Heads up: Bea's having a baby in the spring and wants the rollout done before then.",
    ],
)
def test_a_birth_to_come_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Mia is having a baby shower for her sister on Saturday, so she's out that afternoon.",
        "The retailer is having a baby-gear sale next week and wants extra kiosks.",
        "Leo said the platform is having a child process crash every night since the upgrade.",
    ],
)
def test_a_babys_goods_and_a_things_child_are_not(text: str) -> None:
    assert _categories(text) == []


# a long illness named by its abbreviation and told as a fight
@pytest.mark.parametrize(
    "text",
    [
        "Tom's dad lost his battle with MND last spring, so Tom took a few weeks off.",
        "Greta has been battling COPD for years, so no site walks for her.",
        "She mentioned her long struggle with PCOS when we talked about the travel schedule.",
        "Kofi's mum passed after a brave fight with ALS; send flowers from the team.",
    ],
)
def test_a_fight_with_an_abbreviated_illness_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "We had a long fight with ALS Logistics over invoices last year.",
        "Ravi spent all morning battling MS Teams and lost the recording.",
        "Karl's fight with MS over licences dragged on into Q3.",
        "Ana is struggling with COPD data in the new dashboard export.",
    ],
)
def test_a_fight_with_a_firm_of_the_same_initials_is_not(text: str) -> None:
    assert _categories(text) == []


# time off told with how long before the illness, and procedures a person keeps having or is away for
@pytest.mark.parametrize(
    "text",
    [
        "Nina has been off since last Monday with burnout, so we're waiting on her sign-off.",
        "Raj is out for a few days with the flu, back next week.",
        "Lena was signed off for two weeks with stress; Ola covers her accounts.",
        "Pia is doing monthly infusions, so Tuesdays are out for calls with her.",
        "Ben is out Friday for an endoscopy and will reply Monday.",
        "Hugo does routine mammograms? no, Hugo's wife does annual mammograms, he's driving her.",
    ],
)
def test_a_spell_off_or_a_procedure_kept_up_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Marta said the server was out for a week with a virus after the patch.",
        "Sam's off for a bit with the new intern, showing her round the warehouse.",
        "The clinic does yearly colonoscopies for 4,000 patients and wants the scheduling module.",
        "Dr Ola's team is out Friday for an MRI suite install at the new site.",
    ],
)
def test_a_machine_a_clinic_or_a_tour_is_not(text: str) -> None:
    assert _categories(text) == []


# services attended with no faith or house named before them
@pytest.mark.parametrize(
    "text",
    [
        "Pedro attends Mass every Sunday, so no weekend demos.",
        "Jess is now attending church with her in-laws most weekends.",
        "Yusuf has stopped attending synagogue since the move, he told me.",
    ],
)
def test_services_attended_are_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "Ken is attending church-run job fairs for the recruiting push.",
        "Lisa is attending mass adoption webinars all week.",
        "Ali is attending the church council meeting to pitch the HVAC deal.",
    ],
)
def test_a_churchs_events_and_a_mass_market_are_not(text: str) -> None:
    assert _categories(text) == []


# an illness a deal or a forecast "has" is a figure of speech
@pytest.mark.parametrize(
    "text",
    [
        "Tim said the Zoomit renewal has cancer, we need a new angle.",
        "Sara said this pipeline has got the flu and needs a healthier top of funnel.",
        "Dev joked that our forecast has a chronic illness after the Q2 review.",
    ],
)
def test_an_illness_a_deal_has_is_not_a_persons(text: str) -> None:
    assert _categories(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Karl said our account manager has a terminal illness.",
        "The deal slipped because Priya has the flu.",
        "Ana on the account has the flu this week.",
    ],
)
def test_a_person_with_the_illness_is_still_health(text: str) -> None:
    assert _categories(text) == ["health"]
