"""Privacy classes blind34 showed missing, each in new wordings beside hard negatives: a pregnancy told by how
far along it is; probation for a named offence; a union delegate on a workplace body (Italian RSU/RSA); a
special-category value in a form or table that names its person (an ethnic group, union dues, a face-template
column); the Sabbath as the hours a person keeps free; Friday prayers in Malay and Indonesian, and the forms of
address those notes use; a Sikh's Amrit ceremony; a gene variant a person carries, said gene first; a candidacy
in other languages, and volunteering for a party at election time; a people's name opening a note's clause
before the upbringing; a named person "in recovery"; a replacement of a device a person lives with. And one
about no one: a condition named as a lab's gene panel."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # a pregnancy by how far along it is
    ("No long-haul for Priya next month, she's 28 weeks along.", "health"),
    ("Keep the stand shifts short for Hanna, she is nearly thirty-two weeks along.", "health"),
    ("Put Mei on the remote panel, Mei's about 20 weeks gone and tired.", "health"),
    # probation for an offence, glossed or in brackets
    ("Dmitri is on probation for shoplifting, so keep him off the cash desk.", "criminal_record"),
    ("Background: Colm Byrne, on probation (insider trading, 2020) - legal must clear him.", "criminal_record"),
    # a union delegate on a workplace body
    ("Luca Ferri è delegato RSA della UIL nello stabilimento di Torino.", "trade_union"),
    ("Chiara è delegata RSU, quindi è in assemblea tutto il giorno.", "trade_union"),
    # a value in a form that names its person
    ("ONBOARDING\nName: Kemi Adeyemi\nDepartment: Sales\nEthnicity: White and Black African\nShoe size: 6",
     "ethnicity"),
    ("Full name: Rhys Morgan\nStart: 1 June\nPension: auto-enrol\nUnion membership number: 55120", "trade_union"),
    # a face-template column in a table of named people
    ("visitor_id,name,fingerprint_template_hash,site\n77,Ada Okafor,9f3c11,Dock 4", "genetic_biometric"),
    ("badge,full_name,face_embedding_id\nB-12,Tariq Aziz,EMB-5530", "genetic_biometric"),
    # the Sabbath as the hours a person keeps free
    ("Shira Katz won't take calls from Friday sunset until Saturday nightfall, so demo on Sunday.", "religion"),
    ("Eli is offline Friday at dusk to Saturday after dark every week.", "religion"),
    # Friday prayers in Malay and Indonesian; their forms of address
    ("Pak Hendra tidak bisa rapat jam 12, dia sholat Jumat dulu.", "religion"),
    ("Puan Aishah kata Encik Rahman akan solat Jumaat, jadi mesyuarat pukul 3.", "religion"),
    # a Sikh's initiation
    ("Gurpreet is away Saturday for his Amrit ceremony at the gurdwara in Southall.", "religion"),
    ("Manjit's Amrit sanskar is this Sunday, so no alcohol at the client dinner.", "religion"),
    # a variant a person carries, gene first
    ("Lena mentioned the BRCA1 variant she carries, so she's doing extra screening.", "genetic_biometric"),
    ("The sickle cell gene that Kofi carries was picked up in the antenatal tests.", "genetic_biometric"),
    # a candidacy in other languages
    ("Jan Kowalski kandyduje do sejmiku, więc nie ma czasu w maju.", "political_opinion"),
    ("Frau Weber kandidiert für den Gemeinderat in Freiburg.", "political_opinion"),
    ("Lucía se presenta a concejal en Valencia, anda muy liada.", "political_opinion"),
    # volunteering for a party at election time
    ("Tavita volunteers for FAST every election, so no calls in October.", "political_opinion"),
    ("Priscila canvasses for Rede Sustentabilidade during the municipal elections.", "political_opinion"),
    # a people's name opening a note's clause before the upbringing
    ("Contact: Wari Condori, buyer at Andesol. Quechua, raised in Cusco; prefers WhatsApp.", "ethnicity"),
    ("Lee Vang, CTO. Hmong, grew up in St Paul. Loves the product.", "ethnicity"),
    # a named person in recovery
    ("Skip the bar crawl with Dana, she's doing well but Dana is in recovery.", "health"),
    ("Marcus has been in recovery for two years, so a dry venue please.", "health"),
    # a replacement of a device a person lives with
    ("Expense: Lloyds pharmacy, replacement inhaler for Tomasz, lost his on the train.", "health"),
    ("Noura asked for a spare EpiPen in her kit after the nut incident.", "health"),
])  # fmt: skip
def test_blind34_classes_are_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", [
    # weeks along with a piece of work
    "We're 12 weeks along in the rollout and the ERP cutover is next.",
    "Phoenix is six weeks along with the vendor, ahead of plan.",
    "The migration is 10 weeks along, per the PMO.",
    # probation as a new hire's first months
    "Kim is still on probation (first six months), so no bonus until July.",
    "Raj passed his probation for the sales role last week.",
    # RSU / RSA as other things
    "Giulia manages the RSU rollout for Brembo.",
    "Marco is the delegate from Bari at the RSA conference.",
    # a field declined or empty, a credit union, the field as schema
    "NEW HIRE\nName: Sam Otto\nEthnic group: prefer not to say\nLaptop: Mac",
    "Name: Jo Park\nCredit union subscription: $25 per month",
    "Name: Jo Park\nUnion subscription deduction: n/a",
    "The form asks for ethnic group and disability; both optional.",
    "Add a face_template_id column to the attendee schema before launch.",
    # hours of a shop or a maintenance window
    "The Leeds site is closed from Friday evening until Saturday night for the stocktake.",
    "Maintenance window: Friday 22:00 to Saturday 04:00, Ana will monitor.",
    # a prayer room as a facility, Amritsar the city
    "Hotel ada surau dan parkir, Pak Budi sudah cek.",
    "Harjit flies to Amritsar on Monday for the distributor meeting.",
    # what a product or a population carries
    "The panel carries 120 variants and ships next quarter.",
    "Most people who carry the mutation never notice, says the lab's brochure.",
    # a candidate for a job or a tender
    "Anna kandyduje na stanowisko dyrektora sprzedaży.",
    "Ottavia è candidata per la gara d'appalto di Milano.",
    # volunteering for a charity, a campaign that is marketing
    "Ben volunteers for Oxfam every Christmas campaign.",
    "Ivy volunteers for Shelter during the holiday season.",
    # a language or a market named the same way
    "Quechua, spoken in Cusco, is on our localisation list.",
    "Hispanic, Asian and Black shoppers make up 40% of the segment, per Nielsen.",
    # a place or a system recovering
    "Exchange is in recovery mode until the patch lands.",
    "Houston is in recovery after the storm, so ship from Dallas.",
    # a device as stock or a product line
    "Boots ordered replacement inhaler stock for the winter.",
    "Our spare EpiPen range ships to schools in May.",
    # a condition as a lab's gene panel
    "Genovia runs a hereditary-cancer gene panel lab and needs 40 seats.",
    "Helixa sells a cardiac gene panel to clinics across Ohio.",
])  # fmt: skip
def test_blind34_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == []
