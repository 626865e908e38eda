"""Privacy classes blind52 showed missing, each in new wordings beside hard negatives: a mental-health episode
with how bad it was, a baby someone has due, "agnostic" as a buyer's indifference, a Japanese arrest or referral
to prosecutors, a romance told from one side and a partner in Taglish, "ethnic X" and the hill peoples of
north-east India, a biometric template captured for a named person, and a seat in a campaigning group."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # a mental-health episode with how bad it was
    ("Tobias from Quarrow is off until March after a severe psychotic episode, his deputy covers.", "health"),
    ("Lena had a mild hypomanic episode over the holidays, so keep the renewal call short.", "health"),
    # a baby someone has due
    ("Marek has a baby due in April, so he wants the rollout signed before then.", "health"),
    ("Sofia (Orvell finance) has her second baby due next month; loop in her backup.", "health"),
    # a Japanese arrest, referral to prosecutors or indictment, said of a person by honorific or title
    ("ホルン社の鈴木課長は先週、横領の疑いで逮捕されたとのことです。", "criminal_record"),
    ("高橋さんが昨年、傷害事件で書類送検されたので、契約の窓口を変えてください。", "criminal_record"),
    # a romance told from one side, and a partner in Taglish
    ("Funny thing, Oliver used to date my old colleague James, so go easy on the small talk.", "sexual_orientation"),
    ("Heads up: Chloe has been dating Sophie for a while, both are coming to the dinner.", "sexual_orientation"),
    ("Si Ma'am Grace, kasama daw yung girlfriend niya si Anna sa launch. Pakireserve ng dalawang upuan.",
     "sexual_orientation"),
    # "ethnic X" said of a person, and the hill peoples of north-east India
    ("Their CFO Mr Tan is ethnic Hakka, his family left Guangdong in the sixties.", "ethnicity"),
    ("Mr Zothan - ethnic Mizo, from Lunglei - asked that the deck avoid calling the region Burma.", "ethnicity"),
    ("Ms Chanu is Meitei and prefers we not schedule calls during Ningol Chakouba.", "ethnicity"),
    # a biometric template captured or enrolled for a named person
    ("The palm-vein template the kiosk enrolled for Priya Shah needs deleting before the pilot ends.",
     "genetic_biometric"),
    ("Orvell wants the face template captured for Marek Novak linked to his CRM contact.", "genetic_biometric"),
    # a seat in, or membership of, a campaigning group
    ("Their founder serves on the national council of the Campaign Against Arms Trade, Priya says.",
     "political_opinion"),
    ("Heads up, Oliver chairs Stop the War's steering committee, so skip the defence case study.",
     "political_opinion"),
])  # fmt: skip
def test_round52_classes_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", [
    # an episode of a show, and a bad episode of a deal
    "Tobias said the latest episode of the podcast was a severe letdown.",
    "Lena called the pricing saga a bad episode for everyone at Quarrow.",
    # a payment due, and a product named Baby
    "Marek has a balance due in April, so chase the invoice.",
    "Sofia has the Baby Grand order due next month for the showroom.",
    # "agnostic" on a choice, and a product that is
    "Oliver is agnostic on cloud provider, AWS or Azure both work for him.",
    "Chloe says she's agnostic about the rollout date as long as training is done.",
    "Priya wants a vendor-agnostic setup, so keep the connectors generic.",
    # a firm referred to prosecutors, and a denial
    "ホルン社が法人として書類送検されたと報道されています。",
    "鈴木課長は逮捕されていません、誤報です。",
    # a romance across genders, and a name that owns something
    "Funny thing, Oliver used to date my old colleague Emma, so go easy on the small talk.",
    "Chloe has been dating Sophie's brother for a while, both are coming to the dinner.",
    "Si Sir Ben, kasama daw yung girlfriend niya si Anna sa launch.",
    # "ethnic X" of a place or a firm, and a people's word as a thing
    "Mr Tan says the ethnic Chinese community in Penang is a big market for us.",
    "Ms Chanu sells to ethnic Korean-owned shops in the suburbs.",
    "The Mizo Hills tender closes Friday, Mr Zothan says.",
    # a template made for a firm or for everyone, with no one named
    "Can the kiosk hold face templates captured for Orvell Logistics gates?",
    "Does the timeclock support hand-scan templates captured for each worker at the gate?",
    # a campaigning group as an organisation, reported on
    "Priya said CND's national council published its annual report yesterday.",
    "Oliver sits on the national council of the Law Society.",
])  # fmt: skip
def test_round52_hard_negatives(text: str) -> None:
    assert detect(text).categories == []
