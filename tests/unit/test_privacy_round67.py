"""Round 67 of the privacy detector: classes of wording the blind set privacy_blind69 (renewal and support call
transcripts and CRM call notes in English with some German, French and Italian) showed missing, each with invented
positives (none of them the set's sentences) and hard negatives that must stay as they are."""

from __future__ import annotations

import pytest

from policies.privacy import detect
from policies.privacy.speaker import writer_at


def _categories(text: str) -> list[str]:
    return detect(text).categories


# a union office as speech-to-text writes it (lexicon_unions)
@pytest.mark.parametrize(
    "text",
    [
        "[00:12:40] Customer: Priya's our shop stewart at the Hull site, so loop her in on the pick-rate screens.",
        "Kev has been shop stuart for the GMB lads since 2019, he'll ask about the tracking.",
        "um, Gareth, he's, uh, the shop stewart at the depot, he wants the data retention terms",
    ],
)
def test_a_misheard_shop_steward_is_trade_union(text: str) -> None:
    assert _categories(text) == ["trade_union"]


@pytest.mark.parametrize(
    "text",
    [
        "Stewart from the shop floor team asked for the rollout plan.",
        "The shop Stuart manages in Leeds wants ten more handhelds.",
    ],
)
def test_a_shop_and_a_stewart_are_not(text: str) -> None:
    assert _categories(text) == []


# a transcript turn labelled by its side, the speaker's name in brackets, tells who says "I" (speaker)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[10:02] Customer (Ilse Vermeulen, Dunmore): my wife is picking me up at four", "Ilse Vermeulen"),
        ("Rep (Tom): thanks, and how is your husband doing?", "Tom"),
        ("[00:01:10] Agent (Nadia): let me check that for you", "Nadia"),
    ],
)
def test_the_name_in_a_side_label_is_the_speaker(text: str, name: str) -> None:
    assert writer_at(text, len(text) - 1) == name


@pytest.mark.parametrize(
    "text",
    [
        "[10:02] Customer (Ilse Vermeulen, Dunmore): sorry, my wife and I have the kids this week, can we do Friday?",
        "[00:14:31] Customer (Lorenzo Ricci): I'll be at my husband's parents in Bari, so no calls Monday.",
        "Client (Carla Mendes): my girlfriend works at a reseller, so I should declare that.",
        "[02:10] Caller (Fabrizio Galli): yeah my boyfriend set up the router, I'll ask him.",
    ],
)
def test_a_same_sex_partner_of_a_bracketed_speaker_is_orientation(text: str) -> None:
    assert _categories(text) == ["sexual_orientation"]


@pytest.mark.parametrize(
    "text",
    [
        "[10:02] Customer (Carla Mendes, Dunmore): my husband and I are away that week, can we do Friday?",
        "[00:14:31] Customer (Lorenzo Ricci): I'll be at my wife's parents in Bari, so no calls Monday.",
        "Rep (Anna): my husband's cousin works there, Lorenzo, so I know the site.",
    ],
)
def test_an_opposite_sex_partner_of_a_bracketed_speaker_is_not(text: str) -> None:
    assert _categories(text) == []


# a family's people or faith told in German, with the verb last in a clause (lexicon_german_families)
@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Herr Demir meinte, dass seine Eltern Jesiden sind.", ["religion"]),
        ("Frau Aksoy erzählte, ihre Familie ist alevitisch.", ["religion"]),
        ("Herr Baran ist kurdischer Herkunft, daher der Urlaub in Diyarbakır.", ["ethnicity"]),
        ("Frau Petrosyan stammt aus einer armenischen Familie in Aleppo.", ["ethnicity"]),
        ("Herr Aydin sagte, dass seine ganze Familie kurdische Muslime sind.", ["religion", "ethnicity"]),
    ],
)
def test_a_german_familys_people_or_faith(text: str, categories: list[str]) -> None:
    assert _categories(text) == categories


@pytest.mark.parametrize(
    "text",
    [
        "Herr Demir sagt, ihre Familie kennt viele Kurden in Köln.",
        "Frau Aksoy meinte, seine Familie ist türkisch und wohnt in Izmir.",
        "Herr Roth ist einfacher Herkunft und stolz darauf.",
        "Die kurdische Gemeinde in Köln ist seit 2022 Kunde bei uns.",
    ],
)
def test_a_people_met_a_nationality_or_a_class_is_not(text: str) -> None:
    assert _categories(text) == []


# a fast broken at a house of worship, or left for at sundown (lexicon_practice_signs)
@pytest.mark.parametrize(
    "text",
    [
        "Yusuf can't do the 7pm demo, he breaks his fast at the masjid with his brothers.",
        "Aisha has to be out by sundown to break her fast, so keep the QBR short.",
        "Tariq said he'd break the fast at the mosque and dial in after.",
    ],
)
def test_a_fast_broken_at_a_mosque_or_sundown_is_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "Yusuf's team booked the break-the-fast dinner at the hotel for the partner event.",
        "Aisha will break the fast-track pilot into two phases.",
    ],
)
def test_a_break_the_fast_event_or_a_fast_track_is_not(text: str) -> None:
    assert _categories(text) == []


# an offence before its verb in German, and "Herrn" as a title (lexicon_probes_abroad, persons)
@pytest.mark.parametrize(
    "text",
    [
        "Gegen Herrn Vogt wird wegen Untreue ermittelt, er ist beurlaubt.",
        "Frau Lang sagte, dass Herr Brandt wegen Betrugs angeklagt wurde.",
        "Laut Presse wird gegen Herrn Maier wegen des Verdachts der Bestechung ermittelt.",
    ],
)
def test_a_german_inquiry_told_verb_last_is_criminal(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "Herr Vogt hat wegen des Streiks keine Lieferzeiten ermittelt.",
        "Gegen die Firma wird wegen Preisabsprachen ermittelt, sagt Herr Maier.",
    ],
)
def test_a_reason_or_a_firms_inquiry_is_not(text: str) -> None:
    assert _categories(text) == []


# lower-case Romance titles name a person (persons), so a template or trait after them is someone's
@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Il signor Ferri ha registrato la sua impronta digitale per il badge.", ["genetic_biometric"]),
        ("La signora Esposito ha registrato la sua impronta vocale ieri.", ["genetic_biometric"]),
        ("Nota: la signora Greco ha il suo campione vocale registrato nel centralino.", ["genetic_biometric"]),
    ],
)
def test_a_template_after_a_lower_case_title_is_someones(text: str, categories: list[str]) -> None:
    assert _categories(text) == categories


# hard of hearing or sightless in French and German (lexicon_disability)
@pytest.mark.parametrize(
    "text",
    [
        "Mme Lefort est malentendante, prévoir les sous-titres pour la démo.",
        "Frau Busch ist sehgeschädigt, bitte das PDF barrierefrei schicken.",
        "Herr Wagner ist hörgeschädigt, bitte Untertitel im Webinar.",
        "M. Garnier est non-voyant et utilise un lecteur d'écran.",
    ],
)
def test_a_hearing_or_sight_loss_abroad_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


# deaf or blind to something is a figure, of a thing or a judgement (lexicon_disability)
@pytest.mark.parametrize(
    "text",
    [
        "Ticket: the parser is blind to PDFs with scanned pages, Ravi logged it.",
        "Honestly Greg is deaf to any pushback on the renewal price.",
        "Our CFO has been blind to the churn numbers all quarter, per Maria.",
    ],
)
def test_blind_or_deaf_to_something_is_not(text: str) -> None:
    assert _categories(text) == []


def test_blind_said_of_a_person_still_is() -> None:
    assert _categories("Heads up: Maria is blind, so send the deck as accessible text.") == ["health"]


# a criminal record check as a product's or a process's names nobody's record (lexicon_criminal)
@pytest.mark.parametrize(
    "text",
    [
        "Hugo asked whether the HR module runs criminal record checks for contractors.",
        "[00:11:02] Customer (Anna, Finjob HR): can the criminal history screening run from the onboarding flow?",
        "Priya wants the criminal record check provider listed in the DPA.",
    ],
)
def test_a_criminal_record_check_as_a_feature_is_not(text: str) -> None:
    assert _categories(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hugo mentioned his new warehouse lead has a criminal record, so no keyholder role yet.",
        "Priya's background check came back with a 2018 fraud conviction.",
    ],
)
def test_a_record_had_or_found_still_is(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


# a language of a people within a state, spoken at home or with family (lexicon_home_tongue)
@pytest.mark.parametrize(
    "text",
    [
        "Harpreet mentioned she speaks Punjabi with her grandparents on Sundays.",
        "Tunde only speaks Yoruba at home, his kids are learning it too.",
        "Mei said she grew up speaking Hokkien, so the Penang office feels like home.",
    ],
)
def test_a_peoples_home_language_is_ethnicity(text: str) -> None:
    assert _categories(text) == ["ethnicity"]


@pytest.mark.parametrize(
    "text",
    [
        "Ravi asked if we can localise the portal into Punjabi and Tamil for the Leicester stores.",
        "Tunde is learning Yoruba on Duolingo before the Lagos trip.",
    ],
)
def test_a_language_sold_or_learnt_is_not(text: str) -> None:
    assert _categories(text) == []
