"""Round 64 of the privacy detector: classes of wording the blind set privacy_blind66 (account plans and
stakeholder maps) showed missing, each with invented positives (none of them the set's sentences) and hard
negatives that must stay as they are."""

from __future__ import annotations

import pytest

from policies.privacy import detect


def _categories(text: str) -> list[str]:
    return detect(text).categories


# a medical device a person wears or lives with, named in German, Spanish, French, Italian, Portuguese or Dutch
# (lexicon_devices_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Kontakt: Jürgen Maas | CFO | trägt seit Jahren Hörgeräte, bitte im Meeting laut und deutlich sprechen.",
        "Frau Albers sitzt seit dem Unfall im Rollstuhl, Raum im Erdgeschoss buchen.",
        "Herr Brandt hat einen Herzschrittmacher, keine Sicherheitsschleuse am Eingang.",
        "Herr Vogel schläft mit einem CPAP-Gerät, deshalb Einzelzimmer im Hotel.",
        "Lucía lleva desde marzo una bomba de insulina, así que el almuerzo a su hora.",
        "Chloé porte un appareil auditif, elle préfère la visio avec sous-titres.",
        "Giulia ha un microinfusore per l'insulina, pranzo puntuale per favore.",
        "Pieter draagt sinds kort een gehoorapparaat.",
    ],
)
def test_a_device_named_abroad_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Newex verkauft Insulinpumpen an Kliniken in ganz Bayern, sagt Jürgen.",
        "Die Hörgeräte-Sparte von Newex wächst, meint Frau Albers.",
        "Jürgen sagt, die Pumpe an der Fertigungslinie 3 ist wieder defekt.",
        "Der Eingang hat eine Rollstuhlrampe, meint Herr Brandt.",
        "Lucía tiene una línea de bombas de insulina en su catálogo.",
        "Marisol siempre usa audífonos en la oficina para las llamadas.",
        "Gerhard says the pump on the factory line failed again, he's furious.",
    ],
)
def test_a_device_as_a_product_or_a_pump_is_not(text: str) -> None:
    assert _categories(text) == []


# a biometric template given as a field's value in a contact or HR record (lexicon_biometric_fields)
@pytest.mark.parametrize(
    "text",
    [
        "Name: Hugo Brandt\nAccount: Cancity\nVoice biometric: enrolled 03/02/2017 for the IVR line",
        "Employee: Ruth Ames\nBadge access: fingerprint template enrolled 12/03/2017",
        "Name: Priya Nair\nAuth: face template on file since March",
        "Face ID enrolment completed for Maria Lopez on 2017-03-02.",
        "Contact: Omar Haddad\nSecurity: palm-vein template registered at the Leeds kiosk, ref PV-00871",
    ],
)
def test_a_template_in_a_record_field_is_biometric(text: str) -> None:
    assert _categories(text) == ["genetic_biometric"]


@pytest.mark.parametrize(
    "text",
    [
        "Name: Hugo Brandt\nFingerprint login: enabled",
        "Name: Hugo Brandt\nVoiceprint: not enrolled",
        "Name: Hugo Brandt\nFace template: none",
        "Name: Hugo Brandt\nNotes: voice of the customer survey completed 2017-11-02",
        "Our app supports voiceprint authentication for all callers.",
        "The vendor's voiceprint engine registered 2,000 callers last month.",
        "Name: Hugo Brandt\nQuestion: can the kiosk keep a face template captured for him at the gates?",
    ],
)
def test_a_feature_or_an_empty_field_is_not(text: str) -> None:
    assert _categories(text) == []


# Mass or a house of worship gone to by habit, and belief with an intensifier, in Spanish, Portuguese, Italian,
# French, German or Dutch (lexicon_worship_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Rocío (compras): va a misa todos los domingos, no proponer reuniones ese día.",
        "Jean-Marc va à la mosquée le vendredi midi, éviter les appels à cette heure.",
        "Herr Kaiser geht jeden Sonntag in die Kirche, also kein Termin am Sonntagmorgen.",
        "Matteo va a messa ogni mattina prima dell'ufficio.",
        "João vai à missa todos os domingos com a família.",
        "Beatriz, directora de TI: muy creyente, no se pierde la misa del domingo.",
        "Amélie est très pratiquante, on évite le vendredi soir.",
    ],
)
def test_worship_by_habit_abroad_is_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "Lo que dice Rocío va a misa, el presupuesto está aprobado.",
        "Rocío va a la iglesia de San Juan para la boda de su hermana.",
        "Rocío es muy religiosa con la puntualidad de las reuniones.",
        "Amélie est très pratique, elle prépare tout à l'avance.",
        "La misa de inauguración del hotel fue el lunes, dice Rocío.",
        "Rocío wants a mass rollout to all 40 branches before Easter.",
    ],
)
def test_the_idiom_a_one_off_visit_and_meticulous_are_not(text: str) -> None:
    assert _categories(text) == []


# fertility treatment told in Spanish, Portuguese, Italian, French or German (lexicon_fertility_abroad)
@pytest.mark.parametrize(
    "text",
    [
        "Ojo: Lucía empezó un tratamiento de reproducción asistida, a veces cancela tarde.",
        "Chloé fait une FIV en ce moment, elle a des rendez-vous le matin.",
        "Giulia sta facendo la PMA, meglio non fissare trasferte.",
        "Frau Albers ist in Kinderwunschbehandlung, Termine bitte flexibel halten.",
        "A Ana está a fazer tratamento de fertilidade desde janeiro.",
    ],
)
def test_fertility_treatment_abroad_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Lucía vende equipos a clínicas de reproducción asistida en Madrid.",
        "El cliente es una clínica de fertilidad, dice Lucía.",
        "La fertilidad del suelo preocupa a Lucía en el proyecto agrícola.",
        "Jim said the PMA meeting moved to Tuesday.",
    ],
)
def test_fertility_as_a_business_or_soil_is_not(text: str) -> None:
    assert _categories(text) == []


# an arrest told by the night it cost, the booking or the charges after it (lexicon_nights_held)
@pytest.mark.parametrize(
    "text",
    [
        "fyi Dale spent friday nite in a cell in Tulsa, wont be on the call monday",
        "Dale woke up in a cell downtown on sunday after the game, he told Pam.",
        "Dale was held overnight by the cops after the tailgate, so he missed the demo.",
        "Dale got booked at the station after the brawl, his wife picked him up.",
        "Dale got into a scuffle at the bar and the charges were dismissed a week later.",
        "The charges against him were dropped on Monday, Dale says.",
        "Dale spent the weekend in lockup, back Tuesday.",
    ],
)
def test_a_night_held_or_a_booking_is_a_criminal_record(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "Dale parked the total in a cell of the spreadsheet, column F.",
        "Dale spent friday night in a cell of the forecast sheet fixing formulas.",
        "Dale spent the morning in the robot cell on the line.",
        "Dale's flight was held overnight in Denver.",
        "Anna was booked into the station hotel for two nights.",
        "The late charges on her invoice were dropped after the fight with billing.",
    ],
)
def test_cells_of_a_sheet_delays_and_bank_charges_are_not(text: str) -> None:
    assert _categories(text) == []


# a person's raised risk of a named disease (lexicon_disease_risk: DISEASE_RISK), and the gene copies they carry
# (GENE_COPIES)
@pytest.mark.parametrize(
    "text",
    [
        "Hana mentioned she has an elevated breast-cancer risk, so she's cutting travel.",
        "Tomas's stroke risk is high, he said, so short meetings only.",
        "Per Ines she has a raised Parkinson's risk from her family history.",
    ],
)
def test_a_persons_raised_disease_risk_is_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas inherited one copy of APOE4 from his dad.",
        "Hana is homozygous for the HFE variant, she told me.",
        "Ines carries two copies of APOE4.",
    ],
)
def test_gene_copies_a_person_carries_are_genetic(text: str) -> None:
    assert _categories(text) == ["genetic_biometric"]


def test_a_gene_result_and_the_risk_it_tells_are_both() -> None:
    text = "Hana said her DNA screening showed two copies of APOE4, which means a high dementia risk for her."
    assert _categories(text) == ["health", "genetic_biometric"]


@pytest.mark.parametrize(
    "text",
    [
        "There's a high churn risk at Opentech, Hana says.",
        "Our Alzheimer's risk model is live at Opentech, Tomas confirmed.",
        "The high dementia risk in over-65s drives demand, per Ines.",
        "Tomas sent two copies of the contract to legal.",
        "Hana says there's a high cancer risk across the region's farmers.",
    ],
)
def test_business_risks_population_risks_and_copies_of_papers_are_not(text: str) -> None:
    assert _categories(text) == []
