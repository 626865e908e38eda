"""Round 27 of the privacy detector: a biometric template made from or for a named person; life-stage
conditions and the lower-case "im" of chat; the ground work of a campaign done for a party; dues paid to a
union and a seat on its committee (names in their own language too); a stance held as a creed; an operation
named by the part it rebuilds; a specialist named by the body part; accented names. Also: "a card-carrying
member of the X club" and other figures stay quiet. New wordings, and near misses that must stay as they were."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a biometric template made from or for a named person
        ("Rahul's passport photo was converted into a facial template for the lounge gates.", "genetic_biometric"),
        ("The bank generated a voiceprint from Greta's voice notes, so she now skips the PIN.", "genetic_biometric"),
        ("They set Priya up with a new face template after her haircut, and she loves it.", "genetic_biometric"),
        ("A fingerprint template was registered for Jonas on his first shift.", "genetic_biometric"),
        ("Security made Farid a voice profile so he can phone in without a code.", "genetic_biometric"),
        # life-stage conditions; chat's lower-case first person
        ("Katrin is perimenopausal and asked for a cooler meeting room.", "health"),
        ("Joanne gets hot flashes in the afternoon, so book the morning slot.", "health"),
        ("honestly im struggling, the menopause insomnia is brutal. will send the PO tomorrow", "health"),
        # the ground work of a campaign for a party
        ("Tomasz spent every evening in May phonebanking for the Civic Coalition.", "political_opinion"),
        ("Bridget was door knocking for Plaid Cymru all weekend, hence the slow replies.", "political_opinion"),
        ("Amir ran a street stall for the Greens last Saturday.", "political_opinion"),
        ("Nicole has been stuffing envelopes for the Lib Dems since the election was called.", "political_opinion"),
        # dues paid to a union, a seat on its committee
        ("Tane pays his subs to E Tu and chairs nothing, but he votes in every ballot.", "trade_union"),
        ("Rosa keeps up her monthly dues to the GMB even on leave.", "trade_union"),
        ("Ines was elected to the Unison regional council last spring.", "trade_union"),
        ("Kofi joined Unite in 2019 and now sits on its branch committee.", "trade_union"),
        ("Mateo serves on the national executive of the RMT.", "trade_union"),
        # a stance held as a creed
        ("Lena is vehemently anti-fascist, so leave the flag jokes out.", "political_opinion"),
        ("Grandpa Wu is a staunch monarchist and will ask about the coronation.", "political_opinion"),
        ("Pavel is fiercely anti-Soviet after what happened to his family.", "political_opinion"),
        # an operation named by the part it rebuilds; a specialist by the part
        ("Yusuf's wife is recovering from a shoulder reconstruction, so he is remote this week.", "health"),
        ("Chloe is booked in for a hip resurfacing in June.", "health"),
        ("Hana is seeing a kidney specialist on Monday, move the demo.", "health"),
        ("Oskar has an appointment with a sleep consultant tomorrow.", "health"),
    ],
)
def test_new_wordings_are_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize(
    "text",
    [
        # figures and clubs, not parties
        "Their CFO is a card-carrying member of the spreadsheets-forever club, so send the XLSX.",
        "Jo is a paid-up member of the golf club and wants the offsite near a course.",
        # dues paid figuratively; a credit union; a firm named like a union; a firm's committee
        "Raj has paid his dues in enterprise sales and wants the bigger territory.",
        "Move the payroll so dues are paid to the credit union on the 1st.",
        "Nadia sits on the board of Unite Group, the student housing firm.",
        "Kemal joined Acme last year and sits on its audit committee.",
        # campaign ground work for no party, and business that looks like it
        "Tom made calls for the Labour market survey all week.",
        "Sam volunteered for the hackathon committee again.",
        "Our SDRs are phone banking leads for the Q3 push.",
        # biometric products, not a person's template
        "Each visitor's selfie is turned into a face template at the gate.",
        "The kiosk turns a selfie into a face template in two seconds.",
        "We built a voiceprint from the demo recordings for the Acme pitch.",
        # a market, a change programme, a rebuild of a thing
        "Their app targets menopausal women across the EU.",
        "The whole team is going through the change programme this quarter.",
        "Finance needs a ledger reconstruction after the audit, Jo said.",
        "We're seeing a tax specialist about the VAT filing.",
        "Jo is seeing a security consultant about the audit findings.",
        "Ana has an appointment with a management consultant on Monday.",
        # a stance held on a price, not on politics
        "Use a conservative estimate for Q3, Jo said.",
        "Bo's pitch is a staunch conservative approach to pricing.",
        # a platform in a medical figure of speech; list markers and German "im"
        "Their CTO said the old platform is on life support and they must migrate.",
        "See section (i) re the flu vaccine contract.",
        "Die Abteilung ist im Krankenhaus-Projekt, flu season is busy.",
    ],
)
def test_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == []


def test_an_accented_name_is_a_person() -> None:
    # "Zsófia" as much a name as "Sofia": the cue needs someone to be about
    assert detect("Dorottya spent April canvassing for Momentum Mozgalom.").categories == []  # no known party
    assert detect("Zsófia spent April door-knocking for Fidesz.").categories == ["political_opinion"]
    assert detect("Łukasz is perimenopausal? no: Łukasz had a knee reconstruction.").categories == ["health"]
