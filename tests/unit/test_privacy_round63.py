"""Round 63 of the privacy detector: classes of wording the blind set privacy_blind65 (notes after customer
events, dinners and trade shows) showed missing, each with invented positives (none of them the set's
sentences) and hard negatives that must stay as they are."""

from __future__ import annotations

import pytest

from policies.privacy import detect


def _categories(text: str) -> list[str]:
    return detect(text).categories


# a faith seen in a practice: the Ash Wednesday mark, a place or an hour sought to pray, a fast kept to sunset
# (lexicon_practice_signs)
@pytest.mark.parametrize(
    "text",
    [
        "Heads up: Diego turned up to the 9am with an ash cross still on his forehead, so go easy on the lunch plans.",
        "mtg w/ Teresa ok, she still had the ash cross on her forehead, very nice lady",
        "Kofi's forehead was smudged with ash when he came in this morning.",
        "At the offsite Idris asked the hotel staff if there was a quiet room where he could pray before the keynote.",
        "Samira asked if there's anywhere she can pray around 1pm, pls check with the venue.",
        "Yusuf excused himself for his afternoon prayers and came back 15 min later.",
        "Rashid prayed at sunset in the hotel lobby, then rejoined us for the dessert.",
        "Farid unrolled his prayer rug behind the booth at dusk.",
        "Nour is fasting until sunset this month so lets do the call at 9am not over lunch.",
        "Imran breaks his fast at sunset, so dinner after 8pm pls.",
    ],
)
def test_a_practice_of_faith_is_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "We can only pray the deal closes before quarter end.",
        "Let's all pray that legal signs off by Friday lol.",
        "The venue has a prayer room on level 2 for guests.",
        "The ashes of the old warehouse were cleared by Monday, Jin says.",
        "Maria's team needs a quiet room where they can present the demo.",
        "Jon is on an intermittent fast until noon, so no breakfast.",
        "The sunset cruise for the Acme team is booked, Carla approved.",
    ],
)
def test_prayer_as_a_figure_and_a_venue_are_not(text: str) -> None:
    assert _categories(text) == []


def test_a_fast_before_a_blood_test_is_health_not_religion() -> None:
    assert _categories("Piotr is fasting before his blood test tomorrow, so no breakfast meeting.") == ["health"]


# a people's own dress worn, and their language spoken with family under a dialect's name (lexicon_ethnic_dress,
# lexicon_home_tongue)
@pytest.mark.parametrize(
    "text",
    [
        "Aslak showed up at the Tromsø launch in his gákti, proud as anything.",
        "Elle wore her gakti for the award ceremony, looked amazing.",
        "Our contact Wiremu came to the gala in his korowai.",
        "Tama's dad danced in his powwow regalia at the opening.",
        "he speaks Northern Sami with his grandmother every sunday, lovely to hear",
        "Nils speaks Lule Sami with his parents at home.",
    ],
)
def test_a_peoples_dress_and_tongue_are_ethnicity(text: str) -> None:
    assert _categories(text) == ["ethnicity"]


@pytest.mark.parametrize(
    "text",
    [
        "The museum shop sells a gákti for 900 euro, Kari says the Oslo office wants one for the lobby.",
        "Ingrid liked the gákti-inspired pattern on our new packaging.",
        "The Northern Sámi localisation is done, Nils will review.",
        "Nils is learning Northern Sámi on Duolingo.",
        "Astrid wore her bunad to the 17 May breakfast.",
        "We had dinner with his parents in Tibetan restaurant near the venue.",
    ],
)
def test_a_dress_sold_and_a_language_shipped_are_not(text: str) -> None:
    assert _categories(text) == []


# a seat held for a union on a body, in German, French, Spanish and English (lexicon_union_seats)
@pytest.mark.parametrize(
    "text",
    [
        "Bernd sitzt in der Tarifkommission der IG Metall.",
        "Sabine ist für ver.di in der Verhandlungskommission, deshalb keine Termine diese Woche.",
        "Uwe sitzt seit 2019 für die IG BCE im Betriebsrat.",
        "Sabine wurde letztes Jahr in die Tarifkommission gewählt, she is very busy now.",
        "Claire siège au CSE pour la CGT depuis trois ans.",
        "Pablo está en la mesa negociadora por CCOO, so no calls Thursday.",
        "Our contact Dave sits for Unite on the pay negotiating committee.",
        "Ken was elected to the union negotiating committee last spring, so he's slammed.",
    ],
)
def test_a_seat_for_a_union_is_trade_union(text: str) -> None:
    assert _categories(text) == ["trade_union"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Tarifkommission der IG Metall hat das Angebot abgelehnt.",
        "Uwe sitzt im Betriebsrat.",
        "Tom sits on the works council at Plexzap, they need to approve the scanners.",
        "Die IG Metall fordert acht Prozent.",
        "Ken was elected to the board of the golf club last spring.",
        "The works council has to sign the Betriebsvereinbarung first.",
        "Omar has a union of two teams to manage now, sales and CS.",
    ],
)
def test_a_union_as_a_body_and_a_works_council_are_not(text: str) -> None:
    assert _categories(text) == []


# what a DNA kit found about someone's family, and the kit of a name with an accent (lexicon_kinship_findings);
# biometric templates held for the people enrolled at an event (lexicon_held_templates)
@pytest.mark.parametrize(
    "text",
    [
        "Zoë's DNA kit says she's related to half of Cork, she was thrilled.",
        "The DNA kit his wife got him for his birthday showed his dad was not his biological father.",
        "apparently her 23andMe turned up a half-brother in Texas she never knew about",
        "Jörg did one of those spit DNA kits and it told him he was adopted.",
        "the enrollment templates of the five volunteers we scanned at the booth are still on the kiosk - Maria "
        "Lopez and Jin Park among them",
        "Please wipe the face scans of the 12 attendees we enrolled on stage (list: Aisha Bello, Tom Reyes).",
        "their fingerprint templates for the 4 testers from the pilot, including Omar Haddad, are still on the "
        "demo tablet",
    ],
)
def test_a_kit_finding_and_held_templates_are_genetic_biometric(text: str) -> None:
    assert _categories(text) == ["genetic_biometric"]


@pytest.mark.parametrize(
    "text",
    [
        "Customer obsession is in the DNA of the company, says Zoë.",
        "We sell DNA kits to pharmacies, Renée wants the price list.",
        "The 23andMe account renewal is with José this quarter.",
        "Ravi asked where templates would be stored for the visitors if they buy the face-match option.",
        "Send Ana the email templates for the 3 visitors from Acme.",
        "Can the kiosk keep face templates for all visitors? Luis asked.",
        "Her biological father lives in Porto, Inês mentioned at lunch.",
    ],
)
def test_company_dna_and_templates_as_a_feature_are_not(text: str) -> None:
    assert _categories(text) == []


# probation, parole or supervised release told by the travel they bar (lexicon_probation_terms)
@pytest.mark.parametrize(
    "text",
    [
        "Gary says he cant leave Texas until next summer because of his probation, so no Cancun trip.",
        "Rob can't travel abroad, terms of his probation, so we demo remote.",
        "Under the terms of his parole Andre can't leave the state, so meet him in Ohio.",
        "her probation wont let her fly out of state till june",
        "Luis is on supervised release until 2026, keep the visit local.",
        "Dale mentioned the conditions of his parole mean no overnight stays away.",
        "Kyle can't leave the country while on probation, so the Toronto trip is out.",
    ],
)
def test_a_sentence_served_outside_is_criminal_record(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "Nina is on probation in her new job until March.",
        "Ben's probation period ends in June, then he gets the bonus.",
        "Under the terms of her probation at the bank she can't approve deals over 5k.",
        "Priya can't leave Ohio till the audit is done, so we go to her.",
        "New hires can't take annual leave during their probation.",
        "Tina does community service at the food bank every Saturday.",
        "Marta is on probation in her new role till March, so no big decisions from her.",
        "Nina can't travel to Dallas while on probation at her new job.",
        "Nina can't fly with us to the kickoff, she is on probation.",
    ],
)
def test_probation_at_work_and_a_volunteer_day_are_not(text: str) -> None:
    assert _categories(text) == []


# at a direct action of a political movement, or doing what its activists do (lexicon_movement_actions)
@pytest.mark.parametrize(
    "text",
    [
        "Jonas was detained at a Just Stop Oil roadblock on the M25 last week.",
        "Mara spent Saturday at the XR slow march in Bristol, came back sunburnt.",
        "Lena glued herself to the road with Last Generation in Berlin, she's fine.",
        "Our buyer Tom chained himself to the gates of the coal plant in 2019 lol.",
        "Pieter was at yesterday's Schiphol blockade with Extinction Rebellion again.",
    ],
)
def test_a_movements_action_is_political_opinion(text: str) -> None:
    assert _categories(text) == ["political_opinion"]


def test_an_arrest_at_a_movements_blockade_is_both() -> None:
    text = "Sanne got picked up by police at the Rotterdam port blockade with Extinction Rebellion on Sunday."
    assert _categories(text) == ["political_opinion", "criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "The A12 was closed all day by a blockade with Extinction Rebellion, so our delivery was late.",
        "Priya loved the XR demo at the booth, wants a quote.",
        "Our partner's XR demo drew a crowd at the booth, Jonas wants the deck.",
        "Jonas got stuck at a police roadblock on the M25.",
        "Sam chained himself to his desk all weekend to finish the RFP.",
        "Ana watched the XR action on the news.",
    ],
)
def test_a_blockade_as_traffic_and_xr_as_a_headset_are_not(text: str) -> None:
    assert _categories(text) == []
