"""Round 62 of the privacy detector: classes of wording the blind sets privacy_blind62, privacy_blind63 and
privacy_blind64 showed missing or wrongly flagged, each with invented positives (none of them the sets'
sentences) and hard negatives that must stay as they are."""

from __future__ import annotations

import pytest

from policies.privacy import detect


def _categories(text: str) -> list[str]:
    return detect(text).categories


# care for an illness of the mind: treatment for it, a mental illness that is someone's, a change of medicine,
# a note's shorthand for AA meetings
@pytest.mark.parametrize(
    "text",
    [
        "Heads up, Marisol has been getting treatment for anxiety since spring, so keep calls short.",
        "Kwame told me he's getting treatment for stress since May, mornings are hard for him.",
        "the buyer Tomasz is going thru a lot, his depression is back since the layoffs",
        "Ines said she was put on new meds last week and is a bit slow on email, be patient.",
        "fyi Raj - AA mtgs wed nights, dont book him for dinners midweek",
        "Our champion Elif is being treated for burnout and is out till the 20th.",
    ],
)
def test_care_for_an_illness_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Medzap sells a treatment for depression to 40 clinics; Ana wants the renewal quote.",
        "Jon says the region is in a depression in demand since Q2, expect lower volume.",
        "Priya is on new pricing sheets now, send her the updated meds list for the pharmacy tender.",
        "Order AA batteries for the scanners before Gina's site visit.",
        "Tim is on new medication pricing for the pharmacy chain since May.",
    ],
)
def test_a_treatment_sold_a_slump_and_a_list_are_not(text: str) -> None:
    assert _categories(text) == []


# a pregnancy told by when it is due, "expecting" with no baby after it
@pytest.mark.parametrize(
    "text",
    [
        "fyi shes expecting in june so loop in her deputy for the rollout",
        "Keisha is expecting around late September, she wants the training done before.",
        "Tom and his wife are expecting in the spring, he'll take leave then.",
        "pretty sure she's expecting, like, by april?? should we speed the close",
    ],
)
def test_expecting_by_a_month_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "She's expecting the PO by March, so chase legal now.",
        "Finance is expecting by March the revised numbers from Carla.",
        "Hana is expecting a decision in May from her board.",
        "Sarah is expecting in March the signed PO from procurement.",
    ],
)
def test_expecting_a_thing_is_not(text: str) -> None:
    assert _categories(text) == []


# a faith set down as an item of a note about someone
@pytest.mark.parametrize(
    "text",
    [
        "Per Zane's card on Tariq: 'no pork, Sikh, prefers mornings'. he wants that removed under GDPR.",
        "Contact notes for Beatriz - finance lead (Catholic), likes detailed decks.",
        "Milan's old profile line reads 'Mormon, no coffee at meetings' - does that stay?",
    ],
)
def test_a_faith_as_a_note_item_is_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "Hospitals on Greg's list (Methodist, Baptist Health, Mercy) all want a demo.",
        "Send the deck to the CFO (Christian) and to Maya before Friday.",
        "Ruth is pitching St Luke's (Catholic) hospital next week.",
        "Tom's shortlist: 'Catholic, Methodist, Baptist' for the Q3 outreach.",
    ],
)
def test_a_faith_as_a_bodys_name_or_a_given_name_is_not(text: str) -> None:
    assert _categories(text) == []


# a faith told by service at a house of worship, and by a church's mission
@pytest.mark.parametrize(
    "text",
    [
        "Harpreet does seva most weekends so weekend calls are out.",
        "Yusra volunteers at the mosque on Fridays, don't book her then.",
        "Caleb mentioned he served a two-year mission in Chile after high school, cool guy.",
        "our buyer Josh did an 18 month mission in Japan, speaks decent Japanese",
    ],
)
def test_service_and_a_mission_are_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "Rafael volunteered at the mosque to fix the cameras for the pilot.",
        "Dana went on a two-week trade mission to Brazil with the chamber.",
        "Lee did a 2-year mission to rebuild the data platform at his last job.",
        "Ann did a two-year mission in Kenya with the Peace Corps before joining us.",
    ],
)
def test_an_errand_and_a_trade_mission_are_not(text: str) -> None:
    assert _categories(text) == []


# an origin or a faith said with "hes"/"shes"
@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("dont send the Xinjiang slides to Ali, hes Uyghur and it'll go badly", ["ethnicity"]),
        ("Nia told me shes Somali, her family still lives near Hargeisa", ["ethnicity"]),
        ("pretty sure hes Sikh, skip the steakhouse for the close dinner", ["religion"]),
    ],
)
def test_hes_and_shes_carry_origin_and_faith(text: str, categories: list[str]) -> None:
    assert _categories(text) == categories


@pytest.mark.parametrize(
    "text",
    [
        "shes on the Asian market deal with Pete this quarter",
        "Amir washes the dishes after the team lunch, hes a legend",
    ],
)
def test_hes_and_shes_on_a_thing_are_not(text: str) -> None:
    assert _categories(text) == []


# a fundraiser for a politician named by party and office
@pytest.mark.parametrize(
    "text",
    [
        "Carmen threw a fundraiser for the Democratic senator last fall, avoid politics at lunch.",
        "fyi Ahmed went to a fundraising dinner for the Republican congresswoman in his town.",
        "Our champion hosted a campaign reception backing the Conservative mayor, keep it neutral.",
    ],
)
def test_a_fundraiser_for_a_party_politician_is_political(text: str) -> None:
    assert _categories(text) == ["political_opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Carmen hosted a fundraiser for the children's hospital, we sponsored a table.",
        "Bill met the governor at the trade fair and pitched the rollout.",
    ],
)
def test_a_charity_fundraiser_and_an_office_alone_are_not(text: str) -> None:
    assert _categories(text) == []


# people enrolled on a reader that knows them by their body
@pytest.mark.parametrize(
    "text",
    [
        "Two of their pickers, Lia Moretti and Sam Okoye, are enrolled on the face recognition clock-in now.",
        "Greta got enrolled in the palm-vein login yesterday, Hugo next week.",
        "IT registered Omar for the fingerprint scanner at the depot door; his print is bad.",
    ],
)
def test_enrolment_on_a_body_reader_is_biometric(text: str) -> None:
    assert _categories(text) == ["genetic_biometric"]


@pytest.mark.parametrize(
    "text",
    [
        "The fingerprint sign-in ships in v3; Tina wants the release notes.",
        "Jade enrolled on the sales course and the pension plan last week.",
    ],
)
def test_a_feature_and_a_course_are_not(text: str) -> None:
    assert _categories(text) == []


# health words in a figure or a denial
@pytest.mark.parametrize(
    "text",
    [
        "Honestly, Gareth's discounting is a cancer in the team, can you coach him?",
        "no, Priya isn't off sick - she's at the offsite in Leeds all week.",
        "Marco wasn't ill, his train was cancelled, so the demo moves to Friday.",
        "Kim says that legacy contract is like a cancer on our renewals, he wants it gone.",
    ],
)
def test_a_figure_and_a_denial_are_not_health(text: str) -> None:
    assert _categories(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gareth's mum found a cancer in her breast last month, he's distracted.",
        "Priya is off sick again, migraine, so push the demo.",
        "Marco was ill all week with the flu.",
    ],
)
def test_a_real_illness_stays_health(text: str) -> None:
    assert _categories(text) == ["health"]
