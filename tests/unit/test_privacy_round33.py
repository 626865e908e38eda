"""Privacy classes blind33 showed missing, each in new wordings beside hard negatives: a pregnancy told by its
antenatal care or in the languages a rep's notes mix in; a device a person lives with, given as a value in a
record; a condition of "the user" of a ticket that names its requester; a calendar's name with a surname
initial as a person; a prosecution or summons for an offence, and a night held in custody or at a protest; a
run for a council and a volunteer's part in an election campaign; minority peoples of Europe and Central Asia by
name. And three that are about no one: made-up test data, a count out of a total ("3 of their 120 staff"), and
a card-carrying member of a fan club."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # pregnancy told by its antenatal care
    ("Blocked 9-11: Priyanka R. - antenatal scan, do not book.", "health"),
    ("Fatima is out Tuesday morning for a prenatal check-up.", "health"),
    ("10:00 Grace - prenatal bloods + midwife, hold the slot.", "health"),
    # pregnancy in the languages of a rep's notes
    ("Para el viaje a Lima: Carmen está embarazada, nada de vuelos largos.", "health"),
    ("Petra ist schwanger und fliegt bis Juni nicht mehr.", "health"),
    ("Sophie est enceinte, donc pas de salon à Francfort pour elle.", "health"),
    # a device as a value in a record row
    ("name,company,needs\nOlu Bakare,Vantix,\"insulin pump - needs fridge access\"", "health"),
    ("Attendee: Marta Sousa | access: hearing aids, front row please", "health"),
    # "the user" of a ticket that names its requester
    ("REQ-2210 | Requester: Omar Haddad | Standing desk\nCategory: Hardware\nNotes: the user has a "
     "herniated disc per the OH letter.", "health"),
    ("Caller: Beth Quinn\nSite: Leeds\nIssue: user had knee surgery and needs the VPN token posted home.", "health"),
    # prosecution or summons for an offence
    ("Dev can't make Monday: the store is prosecuting him for shoplifting.", "criminal_record"),
    ("Liam got a court summons for careless driving, so he's off the road for now.", "criminal_record"),
    # held in custody overnight or at a protest
    ("Keep it quiet: Ayse was detained overnight after the rally in Taksim.", "criminal_record"),
    ("Rafa spent the night in a cell after the match, he told me.", "criminal_record"),
    # a run for a council, an election campaign's volunteer
    ("Gerrit ran for the municipal council in Utrecht last spring.", "political_opinion"),
    ("Noor is standing for the regional assembly in May.", "political_opinion"),
    ("Kwame spent the 2020 campaign as a door-knocking volunteer in Accra.", "political_opinion"),
    ("Ines knocked on doors during the last election campaign, she told me.", "political_opinion"),
    # minority peoples by name
    ("Dmitri is Chuvash, and his grandmother only cooks the old recipes.", "ethnicity"),
    ("Olena's first language is Rusyn, so send her the English deck.", "ethnicity"),
])  # fmt: skip
def test_blind33_classes_are_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", [
    # antenatal care as a service or product, a midwife as a job
    "Their antenatal clinic software renewal is due in March.",
    "The hospital wants the midwife rota module added to the quote.",
    "Mariam is a midwife at the Whittington, a good contact for the maternity tender.",
    # a device as a product line, a venue offering
    "Sales of insulin pump kits rose 8% in Q3.",
    "Venue notes: hearing loop available, step-free access, quiet room.",
    # "the user" with no named requester, "users" as a group
    "FAQ: if the user has RSI, offer dictation software.",
    "Ticket 88 | Requester: Finance team | users report the dashboard is sick slow.",
    # prosecuting a case, a summons with no offence, a delay that detains no one
    "Our lawyers are prosecuting the claim for breach of contract against the supplier.",
    "Ben got a summons for jury service in March.",
    "The shipment was held overnight in customs at Rotterdam.",
    "Nadia was held overnight at the airport by the storm, so she missed the kickoff.",
    # a run that is no candidacy, a council as a customer, a marketing campaign
    "Jo ran for the bus and made the 9:15.",
    "We ran for the city council's procurement team a two-week pilot.",
    "Ines volunteered on the Movember campaign at work.",
    # a people's name as a place's or a product's
    "The Gagauz region tender closes on Friday.",
    "Bashkir honey is the hamper's best seller.",
    # calendar entries with a letter that are things
    "Plan B. Move the launch to Q3.",
])  # fmt: skip
def test_blind33_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == []


@pytest.mark.parametrize("text", [
    # made-up test data
    "The demo tenant holds 'John Smith, diabetic, type 1', which is dummy test data from the vendor.",
    "Load the mock data with 'Ana Test, HIV+' before the walkthrough; it's synthetic data only.",
    # a count out of a total
    "Their HR says about 4 of their 150 drivers are on long-term sick leave at any time.",
    "Roughly two in ten of the warehouse staff are union members, they said.",
    # a fan club's card-carrying member
    "Tom is a card-carrying member of the Python fan club, so he'll like the SDK.",
    "Priya's a paid-up member of the Taylor Swift appreciation society.",
])  # fmt: skip
def test_blind33_about_no_one_stays_quiet(text: str) -> None:
    assert detect(text).categories == []


@pytest.mark.parametrize(("text", "category"), [
    # a real person beside test data, a person inside a count, a party's card-carrying member
    ("Before the demo with the test data, note that Sam is on chemo.", "health"),
    ("Of the 120 staff, Ana is on long-term sick leave.", "health"),
    ("Gwen is a card-carrying member of the Green Party.", "political_opinion"),
])  # fmt: skip
def test_blind33_real_people_beside_them_stay_found(text: str, category: str) -> None:
    assert category in detect(text).categories
