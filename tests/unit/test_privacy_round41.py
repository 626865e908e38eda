"""Privacy classes blind41 showed missing, each in new wordings beside hard negatives: an acute episode told by
whose it was and when ("since her heart attack", "following Tom's seizure") and what it left behind
("numbness in her left arm"); a bypass or stent named by its part or count after an article or whose it is
("who had the gastric bypass", "after her triple bypass"); and a health figure of speech said of a firm's
function ("their finance team is on crutches"), which is no one's health. Also three noticed earlier: going to
or belonging to a house of worship named by its faith ("attends the Methodist church"), the same house as a
firm's landlord or customer (no one's faith), and inherited metabolic disorders by name ("phenylketonuria")."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize("text", [
    # an acute episode owned by a person and placed in time
    "Reinhold has been working half days since his heart attack in August.",
    "Following Ingrid's seizure at the trade fair, we moved her sessions online.",
    "Marguerite is recovering from her stroke and won't be on the steering call.",
    # what an episode left behind in a named body part
    "Thaddeus still has numbness in his left arm, so he asked us to send the slides in advance.",
    "Since the accident Philippa has weakness in her right leg and avoids the stairs.",
    "Osvaldo has tingling in his fingers most mornings and types slowly.",
    # a bypass or stent named by its part or count, after an article or whose it is
    "It was Benedikt who had the gastric bypass in June, not his brother.",
    "Cordelia is back at work after her triple bypass, but keep meetings short.",
    "Evander is off until March following the coronary stent.",
])  # fmt: skip
def test_new_classes_are_flagged(text: str) -> None:
    assert "health" in detect(text).categories, text


@pytest.mark.parametrize("text", [
    # an episode word in another sense
    "After his stroke of genius with the pricing sheet, Lorcan closed the deal.",
    "Since her stroke play improved, Wilhelmina wins every charity golf day.",
    "Following the customs seizure of the pallets, Quentin rebooked the freight.",
    # a weakness that is no body's
    "Dagmar found a weakness in his argument about the rebate.",
    "The poker coach saw weakness in his hand and raised.",
    "Analysts see paralysis in their procurement process.",
    # a bypass that is a road, a workaround or a market
    "Lucian's crew resurfaced the ring road after the bypass opened in May.",
    "Since Hortensia's bypass of the approval step, invoices go straight to finance.",
    "We had the gastric bypass market sizing call with Bariatrix on Tuesday.",
    # a health figure said of a firm's function
    "Kestrin's procurement has been on crutches since the system change, so POs take a week.",
    "Their finance team is on life support until the new controller starts.",
    "Our warehouse was limping along after the flood.",
])  # fmt: skip
def test_hard_negatives_stay_unflagged(text: str) -> None:
    assert not detect(text).sensitive, (text, detect(text).findings)


@pytest.mark.parametrize("text", [
    # a person in a function stays a person
    "Raj from procurement has been on crutches since the ski trip.",
    "Our procurement director has been on crutches since March.",
])  # fmt: skip
def test_a_person_in_a_function_stays_health(text: str) -> None:
    assert "health" in detect(text).categories, text


@pytest.mark.parametrize(("text", "category"), [
    # going to, or belonging to, a house of worship named by its faith
    ("Leontyne attends the Methodist church near her flat.", "religion"),
    ("Every Sunday Torvald goes to the Pentecostal chapel in Dalston.", "religion"),
    ("Griselda belongs to the Greek Orthodox parish in Leeds.", "religion"),
    ("Casimir sings in the choir at the Lutheran cathedral in Turku.", "religion"),
    # an inherited metabolic disorder by name
    ("Anselm's son has phenylketonuria, so the team lunch needs a low-protein option.", "health"),
    ("Perpetua has Gaucher disease and tires easily on site visits.", "health"),
    ("Marek lives with homocystinuria and sees the clinic twice a year.", "health"),
])  # fmt: skip
def test_noticed_classes_are_flagged(text: str, category: str) -> None:
    assert category in detect(text).categories, text


@pytest.mark.parametrize("text", [
    # a faith-named church as a firm's landlord, owner or customer, or a job there
    "Vantorp Haulage rents its yard from a Catholic church in Antwerp.",
    "Quill & Sons sold forty pews to a Lutheran church last spring.",
    "Benedetta goes to the Anglican church to fit the new boiler on Friday.",
    "Fitzgerald attends the Baptist church board meeting as our auditor.",
    # a metabolic disorder as a market or as science
    "Our phenylketonuria screening programme goes live in three hospitals.",
    "Phenylketonuria is tested for at birth in most countries.",
    "Gaucher disease research funding rose in the last budget.",
])  # fmt: skip
def test_noticed_hard_negatives_stay_unflagged(text: str) -> None:
    assert not detect(text).sensitive, (text, detect(text).findings)


@pytest.mark.parametrize("text", [
    # an adherent stays one, church or not
    "Ewald is a devout Catholic church-goer.",
    "Rosamund is a Catholic and does the church flowers.",
    "Casimir sings in the choir at St Jude's Methodist chapel.",
])  # fmt: skip
def test_an_adherent_stays_religion(text: str) -> None:
    assert "religion" in detect(text).categories, text
